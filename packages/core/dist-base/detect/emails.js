/** Email addresses (never links): local@domain.tld, placeholders allowed in either part. */
import { asText, markedRuns } from './scan.js';
import { copyMatches, DETECTOR_MEMO_SIZE, TextMemo } from './text-memo.js';
// Each part's class excludes its separator, so matching is unambiguous (linear).
const EMAIL = /[A-Za-z0-9._%+\uFFFC-]+@((?:[A-Za-z0-9\uFFFC-]+\.)+[A-Za-z\uFFFC]{2,24})/;
const memo = new TextMemo(DETECTOR_MEMO_SIZE);
export function detectEmails(input) {
    return copyMatches(findEmails(asText(input)));
}
/** The emails in `text`, remembered for the next caller (read-only: shared with it). */
export function findEmails(text) {
    return memo.get(text, () => scanEmails(text));
}
const AT = /@/g;
function scanEmails(text) {
    const out = [];
    for (const run of markedRuns(text, AT)) {
        const m = EMAIL.exec(run.text);
        if (!m)
            continue;
        let local = m[0];
        let start = m.index;
        // Trim leading dots/punctuation from the local part ("(jane@x.com").
        const lead = /^[._%+-]+/.exec(local);
        if (lead) {
            start += lead[0].length;
            local = local.slice(lead[0].length);
        }
        if (local.startsWith('@'))
            continue;
        const s = run.start + start;
        const e = run.start + m.index + m[0].length;
        out.push({ text: text.slice(s, e), start: s, end: e, domain: m[1].toLowerCase() });
    }
    return out;
}
//# sourceMappingURL=emails.js.map