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

type SchemaNode = { properties: Record<string, { description?: string; $ref?: string }> };

function expectedRuleProperties() {
  return Object.fromEntries(
    [...rules]
      .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
      .map((rule) => [rule.meta.id, { $ref: '#/definitions/ruleSetting', description: rule.meta.description }]),
  );
}

describe('config schema', () => {
  it('lists exactly the registry rule ids, with their descriptions', () => {
    const ruleProperties = (configSchema.properties as Record<string, SchemaNode>).rules.properties;
    const expected = expectedRuleProperties();
    if (process.env.SMSLINT_UPDATE_SCHEMA === '1') {
      const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
      schema.properties.rules.properties = expected;
      writeFileSync(schemaFile, `${JSON.stringify(schema, null, 2)}\n`);
      return;
    }
    const missing = Object.keys(expected).filter((id) => !(id in ruleProperties));
    const stale = Object.keys(ruleProperties).filter((id) => !(id in expected));
    expect(
      { missing, stale },
      'schema rules drifted from the registry: run SMSLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema-sync.test.ts',
    ).toEqual({ missing: [], stale: [] });
    expect(ruleProperties).toEqual(expected);
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
