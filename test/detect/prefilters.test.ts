/**
 * Cheap prefilters in front of costly detector regexes must be necessary conditions: when a
 * prefilter says "no", the regex it guards finds nothing. Inputs are built from the words the
 * regexes look for, in random case, with characters that Unicode case folding maps onto ASCII
 * letters ("ſ" → "s", Kelvin "K" → "k") or not ("İ", "ı"), so folding cannot make them drift.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CALL_INTENT,
  CALL_INTENT_NEEDS,
  CHOICE_QUESTION,
  CHOICE_QUESTION_ES_FR,
  REQUEST_CALL,
  REQUEST_CALL_NEEDS,
} from '../../packages/core/src/detect/callback-offers.js';
import { PATTERNS as BOILERPLATE } from '../../packages/core/src/detect/boilerplate.js';
import { EMOJI, mayHoldEmoji } from '../../packages/core/src/detect/excessive-punctuation.js';
import { mayHoldLink, parseLinkInRun } from '../../packages/core/src/detect/links.js';
import {
  CALL_TO_OPT_OUT,
  EXCLUSIVE_ONLY,
  INSTRUCTIONS,
  OTHER_KEYWORD_PURPOSE,
  OTHER_KEYWORD_PURPOSE_NEEDS,
} from '../../packages/core/src/detect/opt-out.js';
import { SHORT_CODE_PATTERNS } from '../../packages/core/src/detect/phones.js';

const RUNS = { numRuns: 3000 };

/** Characters around the words: separators, punctuation and case-folding traps. */
const NOISE = [' ', ' ', ' ', '\t', '  ', '.', ',', '?', '!', '\n', "'", '’', '-', 'ſ', 'K', 'İ', 'ı', 'é', 'É', 'í', 'Í', '😀', '\uFFFC', '3', 'x'];

/** One character in random case, sometimes swapped for a character that folds to it. */
const recased = (piece: string) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: piece.length, maxLength: piece.length }).map((choices) =>
    [...piece]
      .map((c, i) => {
        const choice = choices[i] ?? 0;
        if (choice === 1) return c.toUpperCase();
        if (choice === 2 && (c === 's' || c === 'S')) return 'ſ';
        if (choice === 2 && (c === 'k' || c === 'K')) return '\u212a';
        return c;
      })
      .join(''),
  );

/** Texts made of `words` (randomly cased) and noise. */
function textsOf(words: readonly string[]) {
  const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...words).chain(recased) }, fc.constantFrom(...NOISE));
  return fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '));
}

function matches(re: RegExp, text: string): string[] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return [...text.matchAll(global)].map((m) => m[0]);
}

/**
 * `mayMatch(text) === false` ⇒ no match of `re` in text. Also checks that the generated texts
 * do match `re` now and then, so the property is not vacuously true.
 */
function checkPrefilter(re: RegExp, mayMatch: (text: string) => boolean, words: readonly string[]) {
  let matched = 0;
  fc.assert(
    fc.property(textsOf(words), (text) => {
      const found = matches(re, text);
      if (found.length > 0) matched++;
      if (!mayMatch(text)) expect(found).toEqual([]);
      // Each match passes on its own: the needed words are inside the match.
      for (const m of found) expect(mayMatch(m)).toBe(true);
    }),
    RUNS,
  );
  expect(matched).toBeGreaterThan(RUNS.numRuns / 100);
}

describe('callback-offer prefilters', () => {
  it('CALL_INTENT needs "(can|could|to) call/ring/phone you", "vous", "llamar", "contactar" or "devolverle"', () => {
    checkPrefilter(CALL_INTENT, (t) => CALL_INTENT_NEEDS.test(t), [
      'we', "we'd", 'we’d', 'we would', 'I', "I'd", 'I would', 'like to', 'love to', 'can', 'could', 'to', 'call', 'ring', 'phone', 'you', 'u',
      'an agent', 'a nurse', 'our', 'one of our', 'team member', 'un', 'une', 'notre', 'nos', 'technicien', 'peut', 'pourrait', 'peuvent',
      'vous', 'appeler', 'rappeler', 'contacter', 'joindre', 'una', 'nuestro', 'asesor', 'puede', 'podría', 'podria', 'llamarle', 'llamarte',
      'contactarle', 'devolverle la llamada', 'we can call you', 'un conseiller peut vous appeler', 'un asesor puede llamarle',
    ]);
  });

  it('REQUEST_CALL needs "call"', () => {
    checkPrefilter(REQUEST_CALL, (t) => REQUEST_CALL_NEEDS.test(t), [
      'request', 'schedule', 'book', 'a', 'call', 'callback', 'call back', 'call-back', 'phone call', 'with', 'our', 'team', 'at', 'via',
      'online', 'here', 'you can', 'or', 'just', 'please', 'request a callback at', 'book a call with our',
    ]);
  });

  it('the choice questions need "?"', () => {
    const words = [
      'do you', 'want', 'wanna', 'need', 'would you like', 'prefer', 'us to', 'me to', 'someone to', 'call you', 'ring u', 'a call back',
      'a quick call', 'a callback', 'give you a call', 'back', 'desea que', 'le llamemos', 'un asesor le llame', 'souhaitez-vous', "qu'un",
      'conseiller', 'vous rappelle', 'prefiere que', '¿', 'would you like a call back', 'do you want us to ring you', 'shall we call you',
      'you’d prefer a phone call', '¿Prefiere que le llamemos', "Souhaitez-vous qu'un conseiller vous rappelle", 'tomorrow', '?', '?',
    ];
    for (const re of [CHOICE_QUESTION, CHOICE_QUESTION_ES_FR]) checkPrefilter(re, (t) => t.includes('?'), words);
  });
});

describe('phone short-code prefilters', () => {
  const words = [
    'STOP', 'HELP', 'JOIN', 'UP', 'to', 'TO', 'al', 'au', 'or', 'Text', 'call', 'dial', 'llame', 'appelez', 'forward', 'report', 'spam', 'texts',
    'line', 'info', 'Help', 'tel', 'tél', 'TÉL', 'contact', 'support', 'emergency', 'TTY', 'TDD', 'tty', 'relay', 'Relay', '/TDD', ':', '.', ': ',
    '311', '611', '911', '711', '988', '999', '112', '000', '12345', '727272', '7726', '33700', '2026', '5000', 'points', 'people', 'for', 'free',
    'STOP to 727272', 'Info: 311', 'TTY 711', 'forward spam to 7726', 'call 999 or 112',
  ];
  it.each(SHORT_CODE_PATTERNS.map(([pattern, needs]) => [pattern.source.slice(0, 40), pattern, needs] as const))('%s…', (_, pattern, needs) => {
    checkPrefilter(pattern, (t) => needs.test(t), words);
  });
});

describe('opt-out prefilters', () => {
  const instructionWords = [
    'to', 'you can', 'you may', 'can', 'stop', 'opt out', 'opt-out', 'optout', 'opt out of', 'unsubscribe', 'unsubscribe from', 'turn off', 'disable',
    'pause', 'mute', 'end', 'cancel', 'quit', 'manage', 'receiving', 'these', 'this', 'your', 'text', 'sms', 'our', 'all', 'push', 'marketing', 'texts',
    'messages', 'msgs', 'alerts', 'notifications', 'reminders', 'updates', 'offers', 'reply', 'go to', 'visit', 'settings', 'preferences', 'account',
    'app', 'at', 'via', 'in', 'or', 'and', '&', 'change', 'update', 'contact', 'notification', 'can be', 'turned off', 'disabled', 'any time', 'under',
    'gérez', 'gestione', 'actualice', 'vos', 'tus', 'sus', 'préférences', 'preferencias', 'de', 'communication', 'mensajes', 'SMS', 'by replying',
    'darse de baja', 'cancelar suscripción', 'se désabonner', 'désinscription', ':', 'here', 'by visiting', '\uFFFC\uFFFC', 'https://x.co/u', 'acme.co/u',
    'you may stop receiving texts, reply STOP', 'To unsubscribe, reply', 'Turn off alerts in the app under Settings', 'Texts can be turned off in the app',
    'change your contact preferences', 'update text settings', 'Gérez vos préférences de communication', 'Actualice sus preferencias de mensajes',
    'gestiona tus preferencias SMS', 'unsubscribe at https://x.co/u', 'opt out: \uFFFC\uFFFC', 'se désabonner ici', 'unsubscribe here acme.co/u',
  ];
  it.each(INSTRUCTIONS.map(([pattern, needs]) => [pattern.source.slice(0, 40), pattern, needs] as const))('instruction %s…', (_, pattern, needs) =>
    checkPrefilter(pattern, (t) => needs.test(t), instructionWords),
  );

  const exclusiveWords = [
    'to', 'opt out', 'opt-out', 'unsubscribe', 'stop receiving', 'stop these texts', 'cancel messages', 'revoke your consent', 'revoke consent',
    'only', 'ONLY', 'by', 'via', 'through', 'if you', 'calling', 'phone', 'writing', 'emailing', 'mail', 'visiting', 'must', 'MUST', 'call', 'write',
    'email', 'visit', 'you must', 'please', 'us', 'our', 'customer', '1', '(', '+', '\uFFFC', ',', 'To opt out, call us', 'you must call to opt out',
    'unsubscribe only by calling',
  ];
  it.each([...EXCLUSIVE_ONLY, ...CALL_TO_OPT_OUT].map(([pattern, needs]) => [pattern.source.slice(0, 40), pattern, needs] as const))(
    'exclusive opt-out %s…',
    (_, pattern, needs) => checkPrefilter(pattern, (t) => needs.test(t), exclusiveWords),
  );

  it('OTHER_KEYWORD_PURPOSE needs its stated effect', () => {
    checkPrefilter(OTHER_KEYWORD_PURPOSE, (t) => OTHER_KEYWORD_PURPOSE_NEEDS.test(t), [
      'reply', 'Text', 'send', 'répondez', 'REMOVE', 'NO MORE', 'OUT', 'to', 'and', '&', 'if', 'for', "we'll", 'we will', 'be removed', 'remove you',
      'take you off', 'opt out', 'opt-out', 'optout', 'unsubscribe', 'stop receiving', 'stop all', 'no longer receive', 'never hear', 'from us',
      'Reply REMOVE to be removed', "Text NO MORE and we'll remove you",
    ]);
  });
});

describe('link prefilter', () => {
  it('a run with no ".", ":" or "/" before its trailing punctuation holds no link', () => {
    const pieces = [
      'http', 'https', 'ftp', 'hxxp', 'htp', 'www', 'acme', 'ACME', 'co', 'com', 'app', 'x', '1', '\uFFFC', ':', '://', ':/', '//', '/', '.', '..', ',',
      '!', '?', ';', "'", '"', '”', '’', '>', '*', '_', ']', '}', ')', '(', '[', '{', '<', '“', '‘', '@', '#', '-', 'é', 'ſ', 'Label:',
    ];
    let links = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
        const raw = parts.join('');
        const link = parseLinkInRun(raw);
        if (link !== null) links++;
        if (!mayHoldLink(raw)) expect(link).toBeNull();
      }),
      { numRuns: 20000 },
    );
    expect(links).toBeGreaterThan(100);
  });
});

describe('emoji prefilter', () => {
  it('no ASCII character is an emoji anchor', () => {
    for (let code = 0; code < 0x80; code++) expect(mayHoldEmoji(String.fromCharCode(code)), String(code)).toBe(false);
  });

  it('a text without an anchor character has no emoji', () => {
    const pieces = [
      'a', ' ', '1', '#', '*', '!', '\uFE0F', '\u20E3', '\u200D', '😀', '👍', '🏽', '👍🏽', '🇫', '🇷', '🇫🇷', '❤', '❤️', '©', '©️', '®', '™', '‼',
      '☎', '☎️', '♀', '👨‍👩‍👧', '\ud83d', '\ude00', '\uFFFC', 'é', '’', '中', '𝐀', '3️⃣', '#⃣',
    ];
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const emoji = matches(EMOJI, text);
        if (emoji.length > 0) found++;
        if (!mayHoldEmoji(text)) expect(emoji).toEqual([]);
      }),
      { numRuns: 5000 },
    );
    expect(found).toBeGreaterThan(100);
  });
});

describe('boilerplate prefilters', () => {
  const words = [
    'std', 'std.', 'standard', 'msg', 'Msg', 'MSG', 'msgs', '&', 'and', '+', '&amp;', 'data', 'rates', 'may', 'apply', 'txt', 'Txt', 'TXT', 'text',
    'texts', 'charges', 'freq', 'freq.', 'frequency', 'varies', 'may vary', 'up to', '4', '10', 'message', 'messages', '/', 'per', 'a', 'each', 'mo',
    'month', 'wk', 'recurring', 'automated', 'marketing', 'promo', 'alert', 'STOP', 'HELP', '"', 'reply', 'respond', 'Y', 'y', 'N', 'n', 'Y/N', 'y / n',
    'Msg & data rates may apply', 'Msg frequency varies', '4 msgs/mo', 'Txt STOP', 'Reply Y/N', 'Std msg rates', 'standard text charges',
  ];
  it.each(BOILERPLATE.map(([pattern, needs]) => [pattern.source.slice(0, 40), pattern, needs] as const))('%s…', (_, pattern, needs) =>
    checkPrefilter(pattern, (t) => needs.test(t), words),
  );
});
