import { countSegments } from '../encoding/index.js';
import { ruleDocsUrl } from './docs-url.js';
import { documentOffset, literalRuns } from './literal-text.js';
/** Past this many characters without a GSM equivalent, the text is simply not GSM: one finding. */
const INDIVIDUAL_LIMIT = 5;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const describeCount = (count) => `${plural(count.segments, 'segment')} (${count.encoding})`;
function display(note) {
    const code = `U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    const invisible = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]+$/u.test(note.char);
    if (note.name)
        return invisible ? `${note.name} (${code})` : `${note.name} "${note.char}" (${code})`;
    return invisible ? code : `"${note.char}" (${code})`;
}
/** "2 segments (UCS-2) now, 1 segment (GSM-7) <how>", or why it still matters when equal. */
function compare(now, after, how) {
    if (after.segments < now.segments) {
        return `${describeCount(now)} now, ${describeCount(after)} ${how} (${plural(now.segments - after.segments, 'segment')} saved)`;
    }
    return `${describeCount(now)} either way at this length, but UCS-2 leaves ${now.perSegment} characters per segment instead of ${after.perSegment}`;
}
export const ucs2Character = {
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
        if (literal.text.length === 0)
            return;
        const countOptions = { shiftTables: context.config.shiftTables, graphemes: context.config.graphemes };
        const now = countSegments(literal.text, countOptions);
        if (now.encoding !== 'UCS-2')
            return;
        const allow = new Set(Array.isArray(context.options.allow) ? context.options.allow.map(String) : []);
        const notes = now.ucs2Characters.filter((n) => !allow.has(n.char));
        if (notes.length === 0)
            return;
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
        const rangeOf = (note) => ({
            start: documentOffset(literal, note.offset),
            end: documentOffset(literal, note.offset + note.length - 1) + 1,
        });
        const contiguous = (note) => {
            const r = rangeOf(note);
            return r.end - r.start === note.length;
        };
        for (const note of notes.filter((n) => n.replacement !== undefined)) {
            const fixedAll = now.ucs2Characters.length > 1 ? 'with all replacements' : 'with the replacement';
            const outcome = after.encoding !== 'GSM-7'
                ? `${describeCount(now)} now; still UCS-2 after replacements because of ${display(stuck[0])}`
                : compare(now, after, fixedAll);
            const replacement = note.replacement;
            context.report({
                message: `${display(note)} forces UCS-2: ${outcome}. Replace with ${replacement === '' ? 'nothing (delete it)' : JSON.stringify(replacement)}.`,
                range: rangeOf(note),
                // Only a contiguous document range can be replaced safely (a CRLF inside would be lost).
                fix: contiguous(note) ? { edits: [{ range: rangeOf(note), text: replacement }] } : undefined,
            });
        }
        const without = notes.filter((n) => n.replacement === undefined);
        if (without.length === 0)
            return;
        let stripped = literal.text;
        for (const note of [...now.ucs2Characters].reverse()) {
            stripped = stripped.slice(0, note.offset) + (note.replacement ?? '') + stripped.slice(note.offset + note.length);
        }
        const gsm = countSegments(stripped, countOptions);
        const saving = compare(now, gsm, `without ${without.length === 1 ? 'it' : 'them'}${without.length < now.ucs2Characters.length ? ' and with the replacements' : ''}`);
        if (without.length <= INDIVIDUAL_LIMIT) {
            for (const note of without) {
                context.report({
                    message: `${display(note)} forces UCS-2 and has no GSM equivalent: ${saving}.`,
                    range: rangeOf(note),
                });
            }
        }
        else {
            context.report({
                message: `${without.length} characters with no GSM equivalent (first: ${display(without[0])}) make this message UCS-2: ${saving}.`,
                range: rangeOf(without[0]),
            });
        }
    },
};
//# sourceMappingURL=ucs2-character.js.map