import { countSegments } from '../encoding/index.js';
import type { CharacterNote, CountOptions, SegmentCount } from '../encoding/types.js';
import { ruleDocsUrl } from './docs-url.js';
import { documentOffset, literalRuns } from './literal-text.js';
import type { Rule } from './types.js';

/** Past this many characters without a GSM equivalent, the text is simply not GSM: one finding. */
const INDIVIDUAL_LIMIT = 5;

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
  return `${now.perSegment} characters per segment instead of ${after.perSegment} (${plural(now.segments, 'segment')} either way at this length)`;
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
    const allow = new Set(Array.isArray(context.options.allow) ? (context.options.allow as unknown[]).map(String) : []);
    const notes = now.ucs2Characters.filter((n) => !allow.has(n.char));
    if (notes.length === 0) return;

    // What the message costs once every character that has a GSM replacement is replaced.
    let replaced = '';
    let last = 0;
    for (const note of now.ucs2Characters) {
      replaced += literal.text.slice(last, note.offset) + (note.replacement ?? note.char);
      last = note.offset + note.length;
    }
    replaced += literal.text.slice(last);
    const after = countSegments(replaced, countOptions);
    const stuck = now.ucs2Characters.filter((n) => n.replacement === undefined);

    const rangeOf = (note: CharacterNote) => ({
      start: documentOffset(literal, note.offset),
      end: documentOffset(literal, note.offset + note.length - 1) + 1,
    });
    const contiguous = (note: CharacterNote) => {
      const r = rangeOf(note);
      return r.end - r.start === note.length;
    };

    for (const note of notes.filter((n) => n.replacement !== undefined)) {
      const replacement = note.replacement as string;
      const fix = replacement === '' ? 'Delete it' : `Replace with ${quote(replacement)}`;
      const others = now.ucs2Characters.length > 1 ? ', counting every flagged character replaced' : '';
      const message =
        after.encoding !== 'GSM-7'
          ? `${lead(note)} forces UCS-2 (${plural(now.segments, 'segment')}). ${fix}; the message stays UCS-2 until ${lead(stuck[0])} goes too. (${identity(note)})`
          : `${lead(note)} forces UCS-2: ${cost(now, after)}. ${fix}. (${identity(note)}${others})`;
      context.report({
        message,
        range: rangeOf(note),
        // Only a contiguous document range can be replaced safely (a CRLF inside would be lost).
        fix: contiguous(note) ? { edits: [{ range: rangeOf(note), text: replacement }] } : undefined,
      });
    }

    const without = notes.filter((n) => n.replacement === undefined);
    if (without.length === 0) return;
    let stripped = literal.text;
    for (const note of [...now.ucs2Characters].reverse()) {
      stripped = stripped.slice(0, note.offset) + (note.replacement ?? '') + stripped.slice(note.offset + note.length);
    }
    const gsm = countSegments(stripped, countOptions);
    const saving = cost(now, gsm);
    if (without.length <= INDIVIDUAL_LIMIT) {
      for (const note of without) {
        context.report({
          message: `${lead(note)} forces UCS-2 and has no GSM equivalent: ${saving} without it. Remove it, or allow it in the rule's options. (${identity(note)})`,
          range: rangeOf(note),
        });
      }
    } else {
      context.report({
        message: `${without.length} characters with no GSM equivalent make this message UCS-2: ${saving} without them. Write it in GSM-7 characters, or accept the cost. (first: ${lead(without[0])}, ${identity(without[0])})`,
        range: rangeOf(without[0]),
      });
    }
  },
};
