import { describe, expect, it } from 'vitest';
import { OPT_OUT_KEYWORD_OFFER, UPPER_CASE_KEYWORD } from '../../packages/core/src/rules/reply-keyword-conflict.js';
import { mulberry32 as prng } from '../../bench/lib/seeded-random.js';

const KEYWORDS = ['STOPALL', 'STOP', 'END', 'CANCEL', 'UNSUBSCRIBE', 'QUIT', 'REVOKE', 'OPTOUT'];

/** Keyword offers reply-keyword-conflict may report: the full regex, upper-case keywords only. */
function upperCaseOffers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(OPT_OUT_KEYWORD_OFFER.source, OPT_OUT_KEYWORD_OFFER.flags))) {
    if (match[1] === match[1].toUpperCase()) found.push(match[1]);
  }
  return found;
}

describe('reply-keyword-conflict prefilter', () => {
  it('every BMP character that matches a keyword letter case-insensitively and is its own upper case is in UPPER_CASE_KEYWORD', () => {
    // Simple case folding maps no astral character to an ASCII letter, so the BMP is all there is to check.
    const letters = [...new Set(KEYWORDS.join(''))];
    for (const letter of letters) {
      const same = new RegExp(`^${letter}$`, 'iu');
      for (let code = 0; code < 0x10000; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const char = String.fromCharCode(code);
        if (!same.test(char) || char.toUpperCase() !== char) continue;
        expect(char === letter || (letter === 'K' && char === '\u212a'), `${letter} ~ U+${code.toString(16)}`).toBe(true);
      }
    }
  });

  it('lets through every text with a reportable keyword offer (generated texts)', () => {
    const pieces = ['Reply ', 'reply ', 'text ', 'TXT ', 'send ', 'respond with ', '"', '“', 'to cancel', ' ', '. ', 'STOP', 'stop', 'ſTOP', 'Stop', 'END', 'eND', 'CANCEL', 'UNSUBSCRIBE', 'QUIT', 'REVOKE', 'REVO\u212aE', 'revo\u212ae', 'OPTOUT', 'STOPALL', 'x', '1'];
    const random = prng(13);
    let reportable = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const count = 1 + Math.floor(random() * 8);
      for (let j = 0; j < count; j++) text += pieces[Math.floor(random() * pieces.length)];
      const offers = upperCaseOffers(text);
      if (offers.length > 0) reportable++;
      if (offers.length > 0) expect(UPPER_CASE_KEYWORD.test(text), JSON.stringify(text)).toBe(true);
    }
    expect(reportable).toBeGreaterThan(100);
  });
});
