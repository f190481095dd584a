/**
 * Deterministic corpus of mixed SMS bodies for the segment benchmark. A seeded PRNG
 * (mulberry32) makes every run see the same 10,000 messages, tagged by category.
 */
import { mulberry32 } from '../lib/seeded-random.js';

const WORDS = (
  'your order has shipped and will arrive tomorrow between 9 and 5 reply STOP to opt out ' +
  'we are sorry for the delay please call us at 555 0100 or visit the help page thanks ' +
  'appointment confirmed for Monday at 3 PM code 48213 expires in 10 minutes balance due'
).split(' ');

const CATEGORIES = {
  'plain short': (rnd) => sentence(rnd, 20 + Math.floor(rnd() * 141)),
  'plain long': (rnd) => sentence(rnd, 161 + Math.floor(rnd() * 900)),
  'plain at boundary': (rnd) => 'x'.repeat([160, 161, 306, 307, 459, 460][Math.floor(rnd() * 6)]),
  extension: (rnd) => sprinkle(rnd, sentence(rnd, 40 + Math.floor(rnd() * 400)), ['[', ']', '{', '}', '€', '^', '|', '~', '\\']),
  'extension at boundary': (rnd) => 'a'.repeat(150 + Math.floor(rnd() * 6)) + '€'.repeat(1 + Math.floor(rnd() * 5)) + 'a'.repeat(20),
  'GSM accented': (rnd) => sprinkle(rnd, sentence(rnd, 30 + Math.floor(rnd() * 300)), ['é', 'è', 'ü', 'ñ', 'Ç', 'Δ', 'ß']),
  'curly quotes': (rnd) => sprinkle(rnd, sentence(rnd, 30 + Math.floor(rnd() * 300)), ['’', '“', '”', '—', '…']),
  'non-GSM accented': (rnd) => sprinkle(rnd, sentence(rnd, 30 + Math.floor(rnd() * 300)), ['á', 'ç', 'ê', 'ã', 'ó']),
  emoji: (rnd) => sprinkle(rnd, sentence(rnd, 20 + Math.floor(rnd() * 250)), ['😀', '🎉', '✅', '📦']),
  'emoji clusters': (rnd) => sprinkle(rnd, sentence(rnd, 20 + Math.floor(rnd() * 250)), ['🇺🇸', '👍🏽', '👨‍👩‍👧', '❤️']),
  CRLF: (rnd) => sentence(rnd, 60 + Math.floor(rnd() * 300)).replace(/ (?=reply|please|appointment)/g, '\r\n'),
};

function sentence(rnd, length) {
  let out = '';
  while (out.length < length) out += (out ? ' ' : '') + WORDS[Math.floor(rnd() * WORDS.length)];
  return out.slice(0, length);
}

function sprinkle(rnd, text, chars) {
  let out = '';
  for (const ch of text) out += ch === ' ' && rnd() < 0.15 ? ` ${chars[Math.floor(rnd() * chars.length)]}` : ch;
  return out;
}

/** `count` messages as { category, text }, identical on every run. */
export function generateMessages(count, seed = 20261127) {
  const rnd = mulberry32(seed);
  const names = Object.keys(CATEGORIES);
  const messages = [];
  for (let i = 0; i < count; i++) {
    const category = names[i % names.length];
    messages.push({ category, text: CATEGORIES[category](rnd) });
  }
  return messages;
}
