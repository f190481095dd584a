import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../packages/core/src/template/slugify.js';

/** The Unicode pipeline slugify runs on non-ASCII text; ASCII takes a shortcut that must agree. */
const unicodeSlug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

describe('slugify', () => {
  it('gives ASCII text the id the Unicode steps give it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 40 }), (text) => {
        expect(slugify(text)).toBe(unicodeSlug(text));
      }),
      { numRuns: 3000, seed: 20261127 },
    );
    for (let code = 0; code < 0x80; code++) {
      const text = `A${String.fromCharCode(code)}b 9`;
      expect(slugify(text), text).toBe(unicodeSlug(text));
    }
  });

  it('still reads accents and other scripts', () => {
    expect(slugify('Réponse à « Aide » (FR)')).toBe('reponse-a-aide-fr');
    expect(slugify('Ｆｕｌｌ ｗｉｄｔｈ')).toBe('full-width');
    expect(slugify('Заказ отправлен')).toBe('заказ-отправлен');
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(slugify(text)).toBe(unicodeSlug(text));
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
