/** Longest run prefix a detector inspects (no real URL, email or number is longer). */
export const MAX_RUN_LENGTH = 2048;
/** Whether a UTF-16 code unit is `\s` in a JavaScript regex (WhiteSpace or LineTerminator). */
export function isSpaceCode(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0xa0)
        return false;
    return (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/**
 * Maximal runs of non-whitespace characters, each cut to MAX_RUN_LENGTH, keeping only the
 * runs whose (cut) text holds a match of `mark`, a global regex for one non-space character
 * (/[./:]/g for links, /@/g for emails). The regex finds the marks; only runs around them
 * are walked and copied, each character at most once more, so most words are never touched.
 */
export function markedRuns(text, mark) {
    const runs = [];
    mark.lastIndex = 0;
    let m;
    while ((m = mark.exec(text)) !== null) {
        // The first mark after the previous run: its run starts at the whitespace before it.
        let start = m.index;
        while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1)))
            start--;
        let end = m.index + 1;
        while (end < text.length && !isSpaceCode(text.charCodeAt(end)))
            end++;
        if (m.index - start < MAX_RUN_LENGTH)
            runs.push({ text: text.slice(start, Math.min(end, start + MAX_RUN_LENGTH)), start });
        mark.lastIndex = end;
    }
    return runs;
}
/** All matches of a global regex as DetectMatch (the regex must be /g and linear). */
export function allMatches(text, re, group = 0) {
    const out = [];
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
            re.lastIndex++;
            continue;
        }
        if (group === 0)
            out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
        else if (m[group] !== undefined && m.indices) {
            const [s, e] = m.indices[group];
            out.push({ text: m[group], start: s, end: e });
        }
    }
    return out;
}
/**
 * Drop matches that overlap an earlier-kept one (input in priority order), sort by start.
 * A coverage bitmap keeps this linear in the covered length, even with 100k matches.
 */
export function dedupeOverlaps(matches) {
    if (matches.length <= 1)
        return matches;
    if (matches.length <= SMALL_DEDUPE)
        return dedupeFew(matches);
    let size = 0;
    for (const m of matches)
        size = Math.max(size, m.end);
    const covered = new Uint8Array(size);
    const kept = [];
    for (const m of matches) {
        let free = true;
        for (let i = m.start; i < m.end; i++) {
            if (covered[i] === 1) {
                free = false;
                break;
            }
        }
        if (!free)
            continue;
        covered.fill(1, m.start, m.end);
        kept.push(m);
    }
    return kept.sort((a, b) => a.start - b.start);
}
/** Up to this many matches, comparing ranges pairwise is cheaper than a coverage bitmap. */
const SMALL_DEDUPE = 16;
/** `dedupeOverlaps` for a few matches: same result, no bitmap allocation. */
function dedupeFew(matches) {
    const kept = [];
    for (const m of matches) {
        // Empty ranges cover nothing: they are always kept and never block another match.
        const blocked = m.start < m.end && kept.some((k) => k.start < k.end && m.start < k.end && k.start < m.end);
        if (!blocked)
            kept.push(m);
    }
    return kept.sort((a, b) => a.start - b.start);
}
/** Guard for public entry points: non-strings become '' so detectors never throw. */
export function asText(text) {
    return typeof text === 'string' ? text : '';
}
/**
 * `\b` before a word that starts with a word character, for regexes with the `iu` flags: V8
 * runs a leading `\b` slowly under `iu` and this lookbehind fast. `\w` has the same `iu`
 * meaning as `\b` (both count "ſ" and the Kelvin sign, which fold to "s" and "k"), so the
 * matches are the same (test/detect/word-start.test.ts). Regex literals write it out.
 */
export const WORD_START = String.raw `(?<!\w)`;
/** Alternation of words matching any ASCII letter case, for regexes that must stay case-sensitive elsewhere. */
export function anyCase(words) {
    return words
        .map((w) => w.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace(/ /g, '[ \\t]+'))
        .join('|');
}
//# sourceMappingURL=scan.js.map