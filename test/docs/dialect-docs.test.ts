/**
 * docs/template-format.md has a section per placeholder dialect with an example catalog;
 * each example is read in its dialect (no parse problem, at least one variable) and every
 * registered dialect is documented. (docs-examples.test.ts lints them for errors.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIALECT_IDS, DIALECTS, parseTemplateFile, type BodyNode } from '@smslint/core';

const doc = readFileSync(new URL('../../docs/template-format.md', import.meta.url), 'utf8');

function hasVariable(nodes: readonly BodyNode[]): boolean {
  return nodes.some((n) => n.type === 'variable' || (n.type === 'block' && (hasVariable(n.program) || hasVariable(n.inverse ?? []))));
}

/** GitHub's heading anchor: "Rails (Ruby I18n)" → "rails-ruby-i18n". */
const anchor = (heading: string) => heading.toLowerCase().replace(/[^\w\s-]/g, '').replace(/\s/g, '-');

/** The `md` example blocks of the `###` section whose anchor is `id`. */
function examples(id: string): string[] {
  const sections = doc.split(/^### /m).slice(1);
  const section = sections.find((text) => anchor(text.slice(0, text.indexOf('\n'))) === id);
  if (!section) return [];
  // Up to the next `###`; the last dialect section is followed by sections without md examples.
  return [...section.matchAll(/^```md\n([\s\S]*?)^```/gm)].map((m) => m[1]);
}

describe('placeholder dialect docs', () => {
  it('documents every dialect in the table', () => {
    for (const id of DIALECT_IDS) expect(doc, id).toContain(`| \`${id}\` |`);
  });

  it.each(DIALECT_IDS.filter((id) => id !== 'handlebars'))('%s: the example parses in that dialect', (id) => {
    const blocks = examples(DIALECTS[id].docsAnchor);
    expect(blocks.length, DIALECTS[id].title).toBeGreaterThan(0);
    for (const block of blocks) {
      const file = parseTemplateFile(block, 'example.sms.md');
      expect(file.problems).toEqual([]);
      for (const template of file.templates) {
        expect(template.body.dialect).toBe(id);
        expect(template.problems).toEqual([]);
        expect(hasVariable(template.body.nodes)).toBe(true);
      }
    }
  });
});
