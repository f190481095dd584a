/**
 * Some detector regexes with the `iu` flags start with `(?<!\w)` instead of `\b`, because V8
 * runs a leading `\b` slowly under `iu`. The two are the same where the next character must be
 * a word character; this checks it on generated texts, with the characters that Unicode case
 * folding makes word characters ("ſ", Kelvin "K") and look-alikes that are not ("İ", "ı", "é").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_INTENT, CHOICE_QUESTION, CHOICE_QUESTION_ES_FR, REQUEST_CALL } from '../../packages/core/src/detect/callback-offers.js';
import { FREQUENCY, RATES } from '../../packages/core/src/detect/disclosures.js';
import { OTHER_KEYWORD_PURPOSE, VERB_KEYWORD } from '../../packages/core/src/detect/opt-out.js';
import { SHORT_CODE_PATTERNS } from '../../packages/core/src/detect/phones.js';

const WORD_START = '(?<!\\w)';

/** The same regex written with the `\b` each `(?<!\w)` stands for. */
function withWordBoundary(re: RegExp): RegExp {
  expect(re.source).toContain(WORD_START);
  expect(re.flags).toContain('i');
  expect(re.flags).toContain('u');
  return new RegExp(re.source.split(WORD_START).join('\\b'), re.flags);
}

function allMatches(re: RegExp, text: string) {
  return [...text.matchAll(re)].map((m) => ({ index: m.index, groups: [...m] }));
}

/** Each glued to its neighbours or not, so the character before a word varies. */
const GLUE = ['', '', ' ', ' ', '\t', 'ſ', 'K', 'k', 'S', 'İ', 'ı', 'é', 'É', '_', '1', '-', "'", '’', '.', '\n', '😀', '\uFFFC', 'x'];

function textsOf(words: readonly string[]) {
  const piece = fc.tuple(fc.constantFrom(...GLUE), fc.constantFrom(...words), fc.boolean()).map(([glue, word, upper]) => glue + (upper ? word.toUpperCase() : word));
  return fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));
}

function checkSameMatches(re: RegExp, words: readonly string[]) {
  const reference = withWordBoundary(re);
  let matched = 0;
  fc.assert(
    fc.property(textsOf(words), (text) => {
      const expected = allMatches(reference, text);
      if (expected.length > 0) matched++;
      expect(allMatches(re, text)).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
  expect(matched).toBeGreaterThan(30);
}

describe('(?<!\\w) instead of a leading \\b under the iu flags', () => {
  const optOutWords = [
    'reply', 'Reply', 'text', 'txt', 'send', 'sms', 'répondez', 'repondez', 'envíe', 'envie', 'escriba', 'replying', 'ſend', 'teKt', 'with', 'the word',
    'STOP', 'END', 'stop', 'ARRÊT', 'OPT OUT', 'QUIT', 'REMOVE', 'NO MORE', 'to', 'and', 'opt out', 'unsubscribe', 'be removed', 'stop receiving',
    "we'll remove you", 'never hear', ' ', ' ', '"', ':', 'Reply REMOVE to be removed', "text NO MORE and we'll remove you", 'ſend OUT to opt out',
    'reply STOP', 'envíe BAJA',
  ];
  it('VERB_KEYWORD', () => checkSameMatches(VERB_KEYWORD, optOutWords));
  it('OTHER_KEYWORD_PURPOSE', () => checkSameMatches(OTHER_KEYWORD_PURPOSE, optOutWords));

  const disclosureWords = [
    'msg', 'msgs', 'message', 'text', 'freq', 'freq.', 'frequency', 'varies', 'may vary', '4', '10', 'up to', 'recurring', 'automated', 'alerts',
    'texts', 'per', 'a', 'each', '/', 'mo', 'month', 'week', 'visit', 'one', '1', 'frecuencia', 'de los mensajes', 'variable', 'varía', 'hasta',
    'mensajes', 'por', 'mes', 'messaging', 'std.', 'standard', 'sms', '&', 'and', '+', 'data', 'rates', 'charges', 'apply', 'des', 'frais',
    'peuvent', "s'appliquer", 'se', 'pueden', 'aplicar', 'tarifas', 'aplican', ' ', ' ', 'Msg frequency varies', 'Up to 4 msgs/mo',
    'Msg & data rates may apply', 'Se pueden aplicar tarifas', 'hasta 4 mensajes por mes', 'recurring automated texts', 'One text per visit',
  ];
  it('FREQUENCY', () => checkSameMatches(new RegExp(FREQUENCY.source, 'giu'), disclosureWords));
  it('RATES', () => checkSameMatches(new RegExp(RATES.source, 'giu'), disclosureWords));

  const callbackWords = [
    'we', "we'd", 'we’d', 'we would', 'I', "I'd", 'like to', 'love to', 'can', 'could', 'call', 'ring', 'phone', 'you', 'u', 'an agent', 'our',
    'one of our', 'un', 'une', 'technicien', 'peut', 'vous', 'appeler', 'una', 'asesor', 'puede', 'llamarle', 'do you', 'want', 'would you like',
    'prefer', 'us to', 'a call back', 'a callback', '?', '¿', 'desea que', 'le llamemos', 'souhaitez-vous', "qu'un", 'conseiller', 'vous rappelle',
    'request', 'schedule', 'book', 'a', 'with', 'at', 'via', 'online', 'here', 'you can', 'or', 'just', 'please', 'we can call you',
    'un asesor puede llamarle', 'would you like a call back?', '¿Prefiere que le llamemos?', 'please request a callback at', 'or book a call with our team',
  ];
  it('CALL_INTENT', () => checkSameMatches(CALL_INTENT, callbackWords));
  it('CHOICE_QUESTION', () => checkSameMatches(CHOICE_QUESTION, callbackWords));
  it('CHOICE_QUESTION_ES_FR', () => checkSameMatches(CHOICE_QUESTION_ES_FR, callbackWords));
  it('REQUEST_CALL', () => checkSameMatches(REQUEST_CALL, callbackWords));
  const phoneWords = [
    'forward', 'report', 'spam', 'texts', 'to', '7726', '33700', 'call', 'dial', 'llame', 'or', '911', '999', '112', 'line', 'info', 'Help', 'tel', 'tél',
    'contact', 'support', ':', '.', '311', '611', 'forward spam to 7726', 'call 999 or 112', 'Info: 311', 'for', 'free',
  ];
  for (const [pattern] of SHORT_CODE_PATTERNS.filter(([p]) => p.source.includes(WORD_START))) {
    it(pattern.source.slice(0, 40), () => checkSameMatches(pattern, phoneWords));
  }
});
