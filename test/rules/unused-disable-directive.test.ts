import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from './helpers.js';

const rule = 'unused-disable-directive';

describe('unused-disable-directive', () => {
  it('reports a directive that hides nothing, at the comment, with a removal fix', () => {
    const text = '## A\n<!-- smslint-disable-next-line ucs2-character -->\nPlain.\n';
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['<!-- smslint-disable-next-line ucs2-character -->']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].fix?.edits).toEqual([{ range: { start: 5, end: text.indexOf('Plain') }, text: '' }]);
  });

  it('reports a directive for a rule that is off (it can never hide anything)', () => {
    const text = '## A\n<!-- smslint-disable-next-line ucs2-character -->\nIt\u2019s.\n';
    expect(findingsOf(rule, text)).toEqual([]);
    expect(findingsOf(rule, text, { config: { sources: [], rules: { 'ucs2-character': 'off' } } })).toHaveLength(1);
  });

  it('traps: CRLF files, handlebars short comments, and the rule turned off', () => {
    const crlf = '## A\r\n<!-- smslint-disable-next-line ucs2-character -->\r\nIt\u2019s.\r\n';
    expect(findingsOf(rule, crlf)).toEqual([]);
    expect(findingsOf('ucs2-character', crlf)).toEqual([]);
    const short = '## A\nIt\u2019s {{! smslint-disable ucs2-character }} ok \u2014 yes.\n';
    expect(findingsOf(rule, short)).toEqual([]);
    expect(spans(short, findingsOf('ucs2-character', short))).toEqual(['\u2019']);
    const off = { sources: [], rules: { 'unused-disable-directive': 'off' as const } };
    expect(findingsOf(rule, '<!-- smslint-disable -->\n## A\nHi.\n', { config: off })).toEqual([]);
  });

  it('belongs to the template holding the directive', () => {
    const text = '## A\n<!-- smslint: kind=marketing sendWindow=09:00-20:00 -->\nHi {{! smslint-disable ucs2-character }} there.\n';
    const config = { sources: [], rules: {} };
    const found = findingsOf(rule, text, { config, ruleOverrides: {} });
    expect(found.map((f) => f.templateId)).toEqual(['a']);
  });
});
