import { describe, expect, it } from 'vitest';
import { fixText, lintText } from '@smslint/core';

/** These tests exercise engine mechanics on plain support text; multichannel-redirect would flag every such reply, leftover-bracket the 'x' filler. */
const base = { filePath: 'c.sms.md', config: { sources: [], rules: { 'multichannel-redirect': 'off' as const, 'leftover-bracket': 'off' as const } } };

const lint = (text: string, inlineConfig?: boolean) =>
  lintText(text, { ...base, inlineConfig }).findings.map((f) => ({
    rule: f.ruleId,
    at: text.slice(f.range.start, f.range.end),
    message: f.message,
  }));
const rulesOf = (text: string, inlineConfig?: boolean) => lint(text, inlineConfig).map((f) => `${f.rule}:${f.at}`);

describe('inline directives', () => {
  const body = 'Thanks \u2014 we\u2019re on it.';

  it('smslint-disable <id> hides that rule until smslint-enable', () => {
    const text = `<!-- smslint-disable ucs2-character -->\n## A\n${body}\n<!-- smslint-enable ucs2-character -->\n## B\n${body}\n`;
    expect(rulesOf(text)).toEqual(['ucs2-character:\u2014', 'ucs2-character:\u2019'].map((x) => x));
    const findings = lint(text);
    expect(findings.every((f) => text.indexOf(f.at) > text.indexOf('## B') || text.lastIndexOf(f.at) > text.indexOf('## B'))).toBe(true);
  });

  it('smslint-disable with no id hides every rule; enable re-enables', () => {
    const text = `<!-- smslint-disable -->\n## A\n${body}\n\n## Empty\n\n<!-- smslint-enable -->\n## C\n${body}\n`;
    const found = lint(text);
    expect(found.map((f) => f.rule)).toEqual(['ucs2-character', 'ucs2-character']);
  });

  it('smslint-enable <id> inside a disable-all re-enables just that rule', () => {
    const text = `<!-- smslint-disable -->\n## A\n${body}\n\n## Empty\n\n<!-- smslint-enable empty-template -->\n## Empty too\n\n## C\n${body}\n`;
    expect(lint(text).map((f) => f.rule)).toEqual(['empty-template']);
  });

  it('smslint-disable-next-line covers only the next line', () => {
    const text = `## A\n<!-- smslint-disable-next-line ucs2-character -->\nOne \u2014 two\nThree \u2014 four\n`;
    expect(rulesOf(text)).toEqual(['ucs2-character:\u2014']);
    expect(lint(text)[0].message).toBeTruthy();
    const found = lintText(text, base).findings;
    expect(found).toHaveLength(1);
    expect(found[0].range.start).toBe(text.indexOf('Three') + 6);
  });

  it('several ids separated by commas, and a -- reason', () => {
    const text = `## A\n<!-- smslint-disable-next-line ucs2-character, undeclared-variable -- legacy copy -->\nHi {{name}} \u2014 ok\n`;
    // Both ids hide a finding (otherwise unused-disable-directive would report them).
    expect(rulesOf(text)).toEqual([]);
    expect(rulesOf(text, false)).toEqual(['undeclared-variable:{{name}}', 'ucs2-character:\u2014']);
  });

  it('a handlebars directive in a body applies to the rest of that template and its heading', () => {
    const text = `## A\nOne \u2014 {{!-- smslint-disable ucs2-character --}} two \u2014\n\n## B\n${body}\n`;
    const found = lintText(text, base).findings;
    expect(found.map((f) => [f.templateId, text.slice(f.range.start, f.range.end)])).toEqual([
      ['a', '\u2014'],
      ['b', '\u2014'],
      ['b', '\u2019'],
    ]);
    expect(found[0].range.start).toBe(text.indexOf('\u2014'));
    const budget = `## Long\n{{!-- smslint-disable segment-budget --}}\n${'x'.repeat(400)}\n`;
    expect(rulesOf(budget)).toEqual([]);
  });

  it('inlineConfig: false ignores every directive and reports none of them', () => {
    const text = `<!-- smslint-disable -->\n## A\n${body}\n<!-- smslint-disable no-such-rule -->\n`;
    expect(rulesOf(text, false)).toEqual(['ucs2-character:\u2014', 'ucs2-character:\u2019']);
  });

  it('reports unused disable directives, with a fix that removes the comment line', () => {
    const text = `## A\n<!-- smslint-disable-next-line ucs2-character -->\nPlain text.\n`;
    const found = lint(text);
    expect(found.map((f) => f.rule)).toEqual(['unused-disable-directive']);
    expect(found[0].message).toMatch(/^Unused smslint-disable-next-line directive: remove it\. No "ucs2-character" problems/);
    expect(fixText(text, base).output).toBe('## A\nPlain text.\n');
  });

  it('reports a disable-all that hides nothing', () => {
    expect(rulesOf('<!-- smslint-disable -->\n## A\nPlain.\n')).toEqual(['unused-disable-directive:<!-- smslint-disable -->']);
  });

  it('keeps used ids and removes only unused or unknown ones', () => {
    const text = `## A\n<!-- smslint-disable-next-line ucs2-character, empty-template, nope -->\nOne \u2014 two\n`;
    const found = lint(text);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/: remove "nope", "empty-template"\. /);
    expect(found[0].message).toMatch(/Unknown rule "nope"/);
    expect(found[0].message).toMatch(/no "empty-template" problems/);
    expect(fixText(text, base).output).toBe(
      `## A\n<!-- smslint-disable-next-line ucs2-character -->\nOne \u2014 two\n`,
    );
  });

  it('reports unknown ids in smslint-enable and unknown directive names', () => {
    expect(lint('<!-- smslint-enable nope -->\n## A\nHi.\n')[0].message).toMatch(/^Invalid smslint-enable directive: remove it\. Unknown rule "nope"/);
    expect(lint('<!-- smslint-disabel ucs2-character -->\n## A\nHi.\n')[0].message).toMatch(/Unknown smslint directive "smslint-disabel"/);
  });

  it('does not treat smslint: metadata comments as directives', () => {
    expect(rulesOf('## A\n<!-- smslint: kind=support -->\nHi.\n')).toEqual([]);
  });

  it('never hides unused-disable-directive findings', () => {
    const text = '<!-- smslint-disable -->\n<!-- smslint-disable-next-line empty-template -->\n## A\nHi.\n';
    expect(lint(text).map((f) => f.rule)).toEqual(['unused-disable-directive', 'unused-disable-directive']);
  });

  it('removes an inline handlebars directive without leaving a double space', () => {
    const text = '## A\nHi {{!-- smslint-disable ucs2-character --}} there.\n';
    expect(fixText(text, base).output).toBe('## A\nHi there.\n');
  });
});
