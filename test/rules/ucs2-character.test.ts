import { describe, expect, it } from 'vitest';
import { fixText } from '@smslint/core';
import { findingsOf, spans } from './helpers.js';

const rule = 'ucs2-character';

describe('ucs2-character', () => {
  it('reports each forcing character at its document offset, with the GSM replacement as fix', () => {
    const text = '## A\nIt\u2019s \u201cready\u201d \u2014 see you\u2026\u00a0soon\u200b.\n';
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['\u2019', '\u201c', '\u201d', '\u2014', '\u2026', '\u00a0', '\u200b']);
    expect(found.map((f) => f.fix?.edits[0].text)).toEqual(["'", '"', '"', '-', '...', ' ', '']);
    expect(found[0].message).toMatch(/RIGHT SINGLE QUOTATION MARK/);
  });

  it('leads with the problem and the fix, in what the Problems panel shows, then names the character', () => {
    // 100 GSM characters + one curly apostrophe: 2 UCS-2 segments, 1 GSM-7 segment after the fix.
    const text = `## A\n${'a'.repeat(100)}\u2019\n`;
    const [finding] = findingsOf(rule, text);
    expect(finding.message).toBe(`\u2019 forces UCS-2: 2 segments instead of 1. Replace with "'". (RIGHT SINGLE QUOTATION MARK, U+2019)`);
    const invisible = findingsOf(rule, '## A\nSee you\u00a0soon.\n')[0];
    expect(invisible.message).toMatch(/^NO-BREAK SPACE \(U\+00A0\) forces UCS-2: no segment saved at this length\. Replace with " "\. UCS-2 leaves 70 characters per segment instead of 160\./);
  });

  it('normalises a decomposed accent (NFC) as one finding', () => {
    const text = '## A\nCafe\u0301 open.\n';
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['e\u0301']);
    expect(fixText(text, { filePath: 'x.sms.md' }).output).toBe('## A\nCaf\u00e9 open.\n');
  });

  it('reports characters without a replacement without a fix, and summarises long non-Latin text', () => {
    const emoji = findingsOf(rule, '## A\nThanks \ud83d\ude0a\n');
    expect(emoji).toHaveLength(1);
    expect(emoji[0].fix).toBeUndefined();
    expect(emoji[0].message).toMatch(/no GSM equivalent/);
    const two = findingsOf(rule, '## A\nThanks \ud83d\ude0a see you \ud83d\udc4d\n');
    expect(two).toHaveLength(1);
    expect(two[0].message).toMatch(/^2 characters with no GSM equivalent \(\ud83d\ude0a \ud83d\udc4d\) force UCS-2: no segment saved at this length\. Remove or reword them, or allow them in the rule's options\. UCS-2 leaves 70 characters per segment instead of 160\. \(first: U\+1F60A\)$/);
    const greek = findingsOf(rule, '## A\n\u03b5\u03c5\u03c7\u03b1\u03c1\u03b9\u03c3\u03c4\u03bf\u03cd\u03bc\u03b5 \u03c0\u03bf\u03bb\u03cd\n');
    expect(greek).toHaveLength(1);
    expect(greek[0].message).toMatch(/^Written in a script GSM-7 cannot carry \(16 letters such as \u03b5\): sent as UCS-2, 1 segment of 70 characters\. Keep it short\. \(U\+03B5\)$/);
    expect(greek[0].severity).toBe('info');
  });

  it('maps offsets through CRLF and placeholders', () => {
    const text = '## A\r\nHi {{name}},\r\nit\u2019s {{#if x}}here\u2014{{/if}} ok\r\n';
    expect(spans(text, findingsOf(rule, text))).toEqual(['\u2019', '\u2014']);
  });

  it('traps: GSM accents, Ç, extension characters, placeholders and comments are not reported', () => {
    const text = '## A\n\u00c7a va? Caf\u00e9 in Z\u00fcrich, \u00a35 or \u20ac5 [x] {y} ~z^ \\ |\n{{!-- \u2019 in a comment --}}{{name}}\n';
    expect(findingsOf(rule, text)).toEqual([]);
  });

  it('trap: text that only becomes GSM with a shift table is accepted when configured', () => {
    const text = '## A\nSe\u00f1or, \u00e1rbol y \u00e7\n';
    expect(findingsOf(rule, text).length).toBeGreaterThan(0);
    expect(findingsOf(rule, text, { config: { sources: [], shiftTables: ['es'] } })).toEqual([]);
  });

  it('option allow skips listed characters', () => {
    const config = { sources: [], rules: { 'ucs2-character': ['warn', { allow: ['\u2014'] }] as ['warn', Record<string, unknown>] } };
    const text = '## A\nOne \u2014 two\n';
    expect(findingsOf(rule, text, { config })).toEqual([]);
  });
});

describe('ucs2-character in a non-English locale', () => {
  it('keeps the letters Spanish needs: states the cost and the Spanish shift table, no fix', () => {
    const text = '---\nlocale: es\n---\n## A\nSu pedido está en camino — le avisaremos.\n';
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['\u00e1', '\u2014']);
    expect(found[0].fix).toBeUndefined();
    expect(found[0].message).toMatch(/^á \(Spanish letter\) forces UCS-2, 1 segment: keep it; "shiftTables": \["es"\] sends 1 segment\. With the Spanish shift table it is 1 segment of GSM-7, 155 characters per segment instead of 70, if your SMS provider sends national language shift tables and the recipient's phone supports them/);
    // Punctuation keeps its replacement.
    expect(found[1].fix?.edits[0].text).toBe('-');
    expect(fixText(text, { filePath: 'x.sms.md' }).output).toBe('---\nlocale: es\n---\n## A\nSu pedido está en camino - le avisaremos.\n');
  });

  it('without a locale, a plainly Spanish text keeps its letters too; an English one gets the replacement', () => {
    const spanish = findingsOf(rule, '## A\nHola, su cita está confirmada para mañana. Gracias por su compra.\n');
    expect(spanish).toHaveLength(1);
    expect(spanish[0].fix).toBeUndefined();
    const english = findingsOf(rule, '## A\nYour café order is ready for pickúp.\n');
    expect(english[0].fix?.edits[0].text).toBe('u');
  });

  it('French has no shift table; Portuguese says when its table would not help', () => {
    const [fr] = findingsOf(rule, '---\nlocale: fr\n---\n## A\nVotre commande est prête.\n');
    expect(fr.message).toMatch(/^ê \(French letter\) forces UCS-2, 1 segment: keep it; budget for 70 characters per segment\. French has no national language shift table\./);
    const [pt] = findingsOf(rule, '---\nlocale: pt-BR\n---\n## A\nSeu pedido não chegou 😊\n');
    expect(pt.message).toMatch(/^ã \(Portuguese letter\) forces UCS-2, 1 segment: keep it\. The Portuguese shift table would not help: 😊/);
  });

  it('a configured shift table that covers the letters leaves nothing to report', () => {
    const text = '---\nlocale: es\n---\n## A\nSu pedido está en camino.\n';
    expect(findingsOf(rule, text, { config: { sources: [], shiftTables: ['es'] } })).toEqual([]);
  });
});

describe('ucs2-character under provider twilio (issue 16)', () => {
  it('reports nothing when Smart Encoding sends the message as GSM-7, and still reports what it cannot replace', () => {
    const twilio = { config: { sources: [], provider: 'twilio' as const } };
    expect(findingsOf('ucs2-character', '## A\nWe\u2019re on it \u2013 reply here.\n', twilio)).toEqual([]);
    expect(findingsOf('ucs2-character', '## A\nWe\u2019re on it \u2013 reply here.\n')).toHaveLength(2);
    expect(findingsOf('ucs2-character', '## A\nWe\u2019re on it \ud83d\ude00 reply here.\n', twilio).length).toBeGreaterThan(0);
  });
});

describe('ucs2-character: one finding when emoji keep the message UCS-2', () => {
  it('folds the replaceable characters into it, and its fix replaces them', () => {
    const text = '## A\nWe\u2019re on it \u2014 \ud83c\udf89\n';
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['\ud83c\udf89']);
    expect(found[0].message).toMatch(/^\ud83c\udf89 forces UCS-2 and has no GSM equivalent: .* The fix replaces 2 characters that have a GSM equivalent \(first: \u2019\); remove or reword the rest\. \(U\+1F389\)$/);
    expect(fixText(text, { filePath: 'x.sms.md' }).output).toBe("## A\nWe're on it - \ud83c\udf89\n");
  });
});

describe('ucs2-character: severity follows the cost', () => {
  it('is an info when replacing or removing the characters saves no segment', () => {
    expect(findingsOf(rule, '## A\nWelcome aboard \u2014 happy ordering! \ud83c\udf89\n').map((f) => f.severity)).toEqual(['info']);
    expect(findingsOf(rule, '## A\nIt\u2019s here.\n').map((f) => f.severity)).toEqual(['info']);
    expect(findingsOf(rule, `## A\n${'a'.repeat(100)}\u2019\n`).map((f) => f.severity)).toEqual(['warning']);
  });
});
