import { countSegments } from '../encoding/index.js';
import type { CharacterNote, CountOptions, SegmentCount } from '../encoding/types.js';
import { ruleDocsUrl } from './docs-url.js';
import { documentOffset, literalRuns } from './literal-text.js';
import type { Rule } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const describeCount = (count: SegmentCount) => `${plural(count.segments, 'segment')} (${count.encoding})`;

function display(note: CharacterNote): string {
  const code = `U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const invisible = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]+$/u.test(note.char);
  if (note.name) return invisible ? `${note.name} (${code})` : `${note.name} "${note.char}" (${code})`;
  return invisible ? code : `"${note.char}" (${code})`;
}

/** "2 segments (UCS-2) now, 1 segment (GSM-7) <how>", or why it still matters when equal. */
function compare(now: SegmentCount, after: SegmentCount, how: string): string {
  if (after.segments < now.segments) {
    return `${describeCount(now)} now, ${describeCount(after)} ${how} (${plural(now.segments - after.segments, 'segment')} saved)`;
  }
  return `${describeCount(now)} either way at this length, but UCS-2 leaves ${now.perSegment} characters per segment instead of ${after.perSegment}`;
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

    const without = notes.filter((n) => n.replacement === undefined);
    // Characters with a replacement get a finding (and fix) each while replacing them makes
    // the message GSM-7. When characters without one keep it UCS-2 anyway, the message has one
    // problem: one finding names it, and its fix makes every replacement there is.
    const replaceable = notes.filter((n) => n.replacement !== undefined);
    if (without.length === 0 || after.encoding === 'GSM-7') {
      for (const note of replaceable) {
        const fixedAll = now.ucs2Characters.length > 1 ? 'with all replacements' : 'with the replacement';
        const replacement = note.replacement as string;
        context.report({
          // Policy (docs/rules/README.md): no segment saved is advice, not a cost.
          ...(after.segments < now.segments ? {} : { advisory: true }),
          message: `${display(note)} forces UCS-2: ${compare(now, after, fixedAll)}. Replace with ${replacement === '' ? 'nothing (delete it)' : JSON.stringify(replacement)}.`,
          range: rangeOf(note),
          // Only a contiguous document range can be replaced safely (a CRLF inside would be lost).
          fix: contiguous(note) ? { edits: [{ range: rangeOf(note), text: replacement }] } : undefined,
        });
      }
    }
    if (without.length === 0) return;
    let stripped = literal.text;
    for (const note of [...now.ucs2Characters].reverse()) {
      stripped = stripped.slice(0, note.offset) + (note.replacement ?? '') + stripped.slice(note.offset + note.length);
    }
    const gsm = countSegments(stripped, countOptions);
    const folded = after.encoding === 'GSM-7' ? [] : replaceable;
    const saving = compare(
      now,
      gsm,
      `without ${without.length === 1 ? 'it' : 'them'}${without.length < now.ucs2Characters.length ? ' and with the replacements' : ''}`,
    );
    const edits = folded.filter(contiguous).map((note) => ({ range: rangeOf(note), text: note.replacement as string }));
    const alsoReplace = folded.length === 0 ? '' : ` The fix replaces ${folded.length === 1 ? display(folded[0]) : `${folded.length} characters that have a GSM equivalent (first: ${display(folded[0])})`}; remove or reword the rest.`;
    const distinct = [...new Set(without.map((n) => n.char))];
    // Letters of a script GSM-7 cannot carry (Greek lower case, Cyrillic, Arabic, …): UCS-2 is
    // the price of writing in that language, not a character to remove.
    const script = without.filter((n) => /\p{L}/u.test(n.char)).length > without.length / 2;
    if (script) {
      context.report({
        message: `This message is written in a script GSM-7 cannot carry (${without.length} letters such as ${display(without.find((n) => /\p{L}/u.test(n.char))!)}), so it is sent as UCS-2: ${describeCount(now)}, ${now.perSegment} characters per segment. Keep it short.`,
        range: rangeOf(without[0]),
        advisory: true,
      });
      return;
    }
    const listed = distinct.slice(0, 3).map((c) => `"${c}"`).join(', ');
    context.report({
      message:
        without.length === 1
          ? `${display(without[0])} forces UCS-2 and has no GSM equivalent: ${saving}.${alsoReplace}`
          : `${without.length} characters with no GSM equivalent (${listed}${distinct.length > 3 ? ', …' : ''}; first: ${display(without[0])}) make this message UCS-2: ${saving}.${alsoReplace}`,
      range: rangeOf(without[0]),
      ...(gsm.segments < now.segments ? {} : { advisory: true }),
      ...(edits.length > 0 ? { fix: { edits } } : {}),
    });
  },
};
