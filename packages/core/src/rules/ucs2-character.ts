import { providerProfile } from '../cost/providers.js';
import { guessLanguage } from '../detect/language.js';
import { countSegments, SHIFT_TABLE_IDS } from '../encoding/index.js';
import type { CharacterNote, CountOptions, SegmentCount } from '../encoding/types.js';
import { languageName } from '../template/locale.js';
import { languageOf } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { documentOffset, literalRuns } from './literal-text.js';
import type { Rule } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How a character is named where it leads a message: itself when visible, else its code point and name. */
function lead(note: CharacterNote): string {
  const code = `U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const invisible = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]+$/u.test(note.char) || /\p{M}/u.test(note.char[0]);
  if (invisible) return note.name ? `${note.name} (${code})` : code;
  return note.char;
}

/** Its Unicode name and code point, for the end of a message (the problem and fix come first). */
function identity(note: CharacterNote): string {
  const code = `U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return note.name ? `${note.name}, ${code}` : code;
}

const quote = (text: string) => (text.includes('"') ? `'${text}'` : `"${text}"`);

/**
 * "2 segments instead of 1", or why it still matters when the count is the same: what the
 * Problems panel must show before it cuts the message off.
 */
function cost(now: SegmentCount, after: SegmentCount): string {
  if (after.segments < now.segments) return `${plural(now.segments, 'segment')} instead of ${after.segments}`;
  return 'no segment saved at this length';
}

/** Why it still matters when no segment is saved: a sentence for after the fix ('' otherwise). */
function capacityNote(now: SegmentCount, after: SegmentCount): string {
  return after.segments < now.segments ? '' : ` UCS-2 leaves ${now.perSegment} characters per segment instead of ${after.perSegment}.`;
}

const LETTER = /^[\p{L}\p{M}]+$/u;

/** "Spanish" for "es"; the subtag itself where the runtime has no name for it. */
const languageNameOf = (language: string) => languageName(language) ?? `"${language}"`;

/**
 * Why letters a language needs cost UCS-2, and what would change it: the language's
 * national shift table (3GPP TS 23.038 Annex A: Spanish, Portuguese, Turkish), which the
 * sender's provider must send and the recipient's handset must support; else nothing but
 * the budget (sms-facts.md §1).
 */
function letterAdvice(text: string, language: string, countOptions: CountOptions, now: SegmentCount): { short?: string; text: string; actionable: boolean } {
  const name = languageNameOf(language);
  const configured = [...(countOptions.shiftTables ?? [])];
  if (!(SHIFT_TABLE_IDS as readonly string[]).includes(language)) {
    return { short: `budget for ${now.perSegment} characters per segment`, text: `${name} has no national language shift table`, actionable: false };
  }
  if (configured.includes(language)) return { text: `The configured ${name} shift table does not cover them all`, actionable: false };
  const withTable = countSegments(text, { ...countOptions, shiftTables: [...configured, language] });
  if (withTable.encoding !== 'GSM-7') {
    const left = withTable.ucs2Characters[0];
    return { text: `The ${name} shift table would not help: ${left ? `${lead(left)} (${identity(left)})` : 'another character'} is not in it`, actionable: false };
  }
  return {
    short: `"shiftTables": ["${language}"] sends ${plural(withTable.segments, 'segment')}`,
    text:
      `With the ${name} shift table it is ${plural(withTable.segments, 'segment')} of GSM-7, ${withTable.perSegment} characters per segment instead of ${now.perSegment}, ` +
      `if your SMS provider sends national language shift tables and the recipient's phone supports them (3GPP TS 23.038 Annex A)`,
    actionable: true,
  };
}

export const ucs2Character: Rule = {
  meta: {
    id: 'ucs2-character',
    description: 'A literal character forces the whole message into UCS-2 (70 characters per segment).',
    docsUrl: ruleDocsUrl('ucs2-character'),
    defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
    fixable: true,
    schema: {
      type: 'object',
      properties: { allow: { type: 'array', items: { type: 'string' }, description: 'Characters never reported.' } },
      additionalProperties: false,
    },
  },
  check(template, context) {
    const literal = literalRuns(template, context.file.text);
    if (literal.text.length === 0) return;
    const countOptions: CountOptions = { shiftTables: context.config.shiftTables, graphemes: context.config.graphemes };
    const now = countSegments(literal.text, countOptions);
    if (now.encoding !== 'UCS-2') return;
    // A provider that replaces these characters before sending (Twilio Smart Encoding) sends GSM-7: nothing to report.
    const { sendText } = providerProfile(context.config.provider);
    if (sendText && countSegments(sendText(literal.text), countOptions).encoding === 'GSM-7') return;
    const allow = new Set(Array.isArray(context.options.allow) ? (context.options.allow as unknown[]).map(String) : []);
    const notes = now.ucs2Characters.filter((n) => !allow.has(n.char));
    if (notes.length === 0) return;

    // In a text that is not English, a letter is the language ("á" in Spanish), not a typo:
    // it is never stripped. Composing a decomposed accent (e + U+0301 → é) still is a fix.
    const language = languageOf(template, context.config, context.file.path) ?? guessLanguage(template.body.masked);
    const keeps = (n: CharacterNote) => language !== 'en' && LETTER.test(n.char) && n.replacement !== n.char.normalize('NFC');
    const substitute = (n: CharacterNote) => (keeps(n) ? n.char : (n.replacement ?? n.char));

    // What the message costs once every character that has a GSM replacement is replaced.
    let replaced = '';
    let last = 0;
    for (const note of now.ucs2Characters) {
      replaced += literal.text.slice(last, note.offset) + substitute(note);
      last = note.offset + note.length;
    }
    replaced += literal.text.slice(last);
    const after = countSegments(replaced, countOptions);

    const rangeOf = (note: CharacterNote) => ({
      start: documentOffset(literal, note.offset),
      end: documentOffset(literal, note.offset + note.length - 1) + 1,
    });
    const contiguous = (note: CharacterNote) => {
      const r = rangeOf(note);
      return r.end - r.start === note.length;
    };

    // Letters the language needs: one finding, no fix; the advice is a shift table or the budget.
    const letters = notes.filter(keeps);
    if (letters.length > 0) {
      const distinct = [...new Set(letters.map((n) => n.char))];
      const listed = distinct.slice(0, 5).join(' ') + (distinct.length > 5 ? ' …' : '');
      const one = distinct.length === 1;
      const advice = letterAdvice(replaced, language, countOptions, after);
      context.report({
        // Problem and fix first (issue 15); the shift-table conditions and the why after.
        message:
          `${listed} (${languageNameOf(language)} ${one ? 'letter' : 'letters'}) ${one ? 'forces' : 'force'} UCS-2, ${plural(now.segments, 'segment')}: ` +
          `keep ${one ? 'it' : 'them'}${advice.short ? `; ${advice.short}` : ''}. ${advice.text}. Stripping the accents would misspell the text.`,
        range: rangeOf(letters[0]!),
        // Policy (docs/rules/README.md): with nothing to change but the budget, it is advice.
        ...(advice.actionable ? {} : { advisory: true }),
      });
    }

    const without = notes.filter((n) => !keeps(n) && n.replacement === undefined);
    // Characters with a replacement get a finding (and fix) each while replacing them makes
    // the message GSM-7 (or only the language's letters keep it UCS-2). When characters
    // without one keep it UCS-2 anyway, the message has one problem: one finding names it,
    // and its fix makes every replacement there is.
    const replaceable = notes.filter((n) => !keeps(n) && n.replacement !== undefined);
    if (without.length === 0 || after.encoding === 'GSM-7') {
      for (const note of replaceable) {
        const replacement = note.replacement as string;
        const fix = replacement === '' ? 'Delete it' : `Replace with ${quote(replacement)}`;
        const others = now.ucs2Characters.length > 1 ? ', counting every flagged character replaced' : '';
        const message =
          after.encoding === 'GSM-7'
            ? `${lead(note)} forces UCS-2: ${cost(now, after)}. ${fix}.${capacityNote(now, after)} (${identity(note)}${others})`
            : `${lead(note)} has a GSM equivalent. ${fix}; the letters ${languageNameOf(language)} needs keep the message UCS-2 anyway (${plural(now.segments, 'segment')}). (${identity(note)})`;
        context.report({
          message,
          range: rangeOf(note),
          // Policy (docs/rules/README.md): no segment saved is advice, not a cost.
          ...(after.segments < now.segments ? {} : { advisory: true }),
          // Only a contiguous document range can be replaced safely (a CRLF inside would be lost).
          fix: contiguous(note) ? { edits: [{ range: rangeOf(note), text: replacement }] } : undefined,
        });
      }
    }
    if (without.length === 0) return;

    let stripped = literal.text;
    for (const note of [...now.ucs2Characters].reverse()) {
      stripped = stripped.slice(0, note.offset) + (keeps(note) ? note.char : (note.replacement ?? '')) + stripped.slice(note.offset + note.length);
    }
    const gsm = countSegments(stripped, countOptions);
    // Letters of a script GSM-7 cannot carry (Greek lower case, Cyrillic, Arabic, …): UCS-2 is
    // the price of writing in that language, not a character to remove.
    const scriptLetter = without.find((n) => /\p{L}/u.test(n.char));
    if (scriptLetter && without.filter((n) => /\p{L}/u.test(n.char)).length > without.length / 2) {
      context.report({
        message: `Written in a script GSM-7 cannot carry (${without.length} letters such as ${lead(scriptLetter)}): sent as UCS-2, ${plural(now.segments, 'segment')} of ${now.perSegment} characters. Keep it short. (${identity(scriptLetter)})`,
        range: rangeOf(without[0]),
        advisory: true,
      });
      return;
    }
    const folded = after.encoding === 'GSM-7' ? [] : replaceable;
    const edits = folded.filter(contiguous).map((note) => ({ range: rangeOf(note), text: note.replacement as string }));
    const alsoReplace =
      folded.length === 0 ? '' : ` The fix replaces ${folded.length === 1 ? lead(folded[0]) : `${folded.length} characters that have a GSM equivalent (first: ${lead(folded[0])})`}; remove or reword the rest.`;
    const distinct = [...new Set(without.map((n) => n.char))];
    const listed = distinct.slice(0, 3).join(' ') + (distinct.length > 3 ? ' …' : '');
    const them = without.length === 1 ? 'it' : 'them';
    const what = without.length === 1 ? `${lead(without[0])} has` : `${without.length} characters have`;
    const first = without.length === 1 ? `(${identity(without[0])})` : `(first: ${identity(without[0])})`;
    let message: string;
    if (gsm.encoding !== 'GSM-7') {
      // The language's letters keep it UCS-2 whatever else goes.
      message =
        `${what} no GSM equivalent${without.length === 1 ? '' : ` (${listed})`}; ${languageNameOf(language)} letters keep the message UCS-2 anyway. ` +
        `It stays ${plural(now.segments, 'segment')} either way: allow ${them} in the rule's options if intended.${alsoReplace} ${first}`;
    } else {
      const saving = gsm.segments < now.segments ? `${cost(now, gsm)} without ${them}` : cost(now, gsm);
      message =
        without.length === 1
          ? `${lead(without[0])} forces UCS-2 and has no GSM equivalent: ${saving}. Remove it, or allow it in the rule's options.${capacityNote(now, gsm)}${alsoReplace} ${first}`
          : `${without.length} characters with no GSM equivalent (${listed}) force UCS-2: ${saving}. Remove or reword them, or allow them in the rule's options.${capacityNote(now, gsm)}${alsoReplace} ${first}`;
    }
    context.report({
      message,
      range: rangeOf(without[0]),
      ...(gsm.encoding === 'GSM-7' && gsm.segments < now.segments ? {} : { advisory: true }),
      ...(edits.length > 0 ? { fix: { edits } } : {}),
    });
  },
};
