import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configSchema, rules } from '@smslint/core';

/**
 * The schema's rule list must match the registry. When they drift, this test fails and
 * prints the ids; run it with SMSLINT_UPDATE_SCHEMA=1 to rewrite the schema's `rules`:
 *   SMSLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema-sync.test.ts
 */
const schemaFile = fileURLToPath(new URL('../../packages/core/schema/smslint.config.schema.json', import.meta.url));
const docsFile = fileURLToPath(new URL('../../docs/configuration.md', import.meta.url));
const mirrorFile = fileURLToPath(new URL('../../packages/core/src/config/schema-data.ts', import.meta.url));

/** The TypeScript mirror of the schema (so bundled builds need no file read at runtime). */
function mirrorSource(schema: unknown): string {
  return [
    '// Generated from packages/core/schema/smslint.config.schema.json — do not edit.',
    '// Regenerate: SMSLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema-sync.test.ts',
    `export const schemaData: Record<string, unknown> = ${JSON.stringify(schema, null, 2)};`,
    '',
  ].join('\n');
}

type SchemaNode = { properties: Record<string, { description?: string; $ref?: string }> };

/** A rule's entry: a plain setting, or with its options schema when the rule takes options. */
function ruleProperty(rule: (typeof rules)[number]) {
  if (!rule.meta.schema) return { $ref: '#/definitions/ruleSetting', description: rule.meta.description };
  return {
    description: rule.meta.description,
    oneOf: [
      { $ref: '#/definitions/severity' },
      {
        type: 'array',
        items: [{ $ref: '#/definitions/severity' }, rule.meta.schema],
        minItems: 1,
        maxItems: 2,
        additionalItems: false,
      },
    ],
  };
}

function expectedRuleProperties() {
  return Object.fromEntries(
    [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((rule) => [rule.meta.id, ruleProperty(rule)]),
  );
}

describe('config schema', () => {
  it('lists exactly the registry rule ids, with their descriptions', () => {
    const expected = expectedRuleProperties();
    if (process.env.SMSLINT_UPDATE_SCHEMA === '1') {
      const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
      schema.properties.rules.properties = expected;
      writeFileSync(schemaFile, `${JSON.stringify(schema, null, 2)}\n`);
      writeFileSync(mirrorFile, mirrorSource(schema));
      return;
    }
    const ruleProperties = (configSchema.properties as Record<string, SchemaNode>).rules.properties;
    const missing = Object.keys(expected).filter((id) => !(id in ruleProperties));
    const stale = Object.keys(ruleProperties).filter((id) => !(id in expected));
    expect(
      { missing, stale },
      'schema rules drifted from the registry: run SMSLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema-sync.test.ts',
    ).toEqual({ missing: [], stale: [] });
    expect(ruleProperties).toEqual(expected);
  });

  it('the TypeScript mirror equals the shipped JSON file', () => {
    const json = JSON.parse(readFileSync(schemaFile, 'utf8'));
    expect(configSchema).toEqual(json);
    expect(readFileSync(mirrorFile, 'utf8')).toBe(mirrorSource(json));
  });

  it('is draft-07 with an $id and a description on every top-level property', () => {
    expect(configSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(typeof configSchema.$id).toBe('string');
    for (const [name, node] of Object.entries(configSchema.properties as Record<string, { description?: string }>)) {
      expect(node.description, name).toBeTruthy();
    }
  });

  it('every schema property is documented in docs/configuration.md', () => {
    const docs = readFileSync(docsFile, 'utf8');
    const properties = Object.keys(configSchema.properties as object);
    const variableSpec = Object.keys(
      ((configSchema.definitions as Record<string, SchemaNode>).variableSpec).properties,
    );
    const textSpeak = Object.keys((configSchema.properties as Record<string, SchemaNode>).textSpeak.properties);
    const undocumented = [...properties, ...variableSpec, ...textSpeak].filter((name) => !docs.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
