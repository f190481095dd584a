/**
 * Masking before word-level detection (sms-facts.md §3): links, emails, phone numbers and
 * compliance boilerplate are overwritten with U+FFFC (like placeholders), keeping offsets,
 * so "ur" in a URL or "Msg" in "Msg & data rates" can never be flagged.
 */
import { findBoilerplate } from './boilerplate.js';
import { findEmails } from './emails.js';
import { findLinks } from './links.js';
import { findPhoneShapes } from './phones.js';
export const MASK_CHAR = '\uFFFC';
/**
 * `text` with every UTF-16 unit inside a range replaced by MASK_CHAR. Ranges may overlap
 * and come in any order; the text is copied in slices, never split into characters.
 */
export function maskRanges(text, ranges) {
    if (ranges.length === 0)
        return text;
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    let masked = '';
    let done = 0; // text before this offset is already in `masked`
    for (const r of sorted) {
        const start = Math.max(r.start, done);
        const end = Math.min(r.end, text.length);
        if (end <= start)
            continue;
        masked += text.slice(done, start) + MASK_CHAR.repeat(end - start);
        done = end;
    }
    return masked + text.slice(done);
}
/** Text with links, emails, phone numbers and compliance boilerplate masked. */
export function maskNonProse(text) {
    if (typeof text !== 'string')
        return text; // nothing to mask (JavaScript callers)
    const ranges = [...findLinks(text), ...findEmails(text), ...findPhoneShapes(text), ...findBoilerplate(text)];
    return maskRanges(text, ranges);
}
//# sourceMappingURL=mask.js.map