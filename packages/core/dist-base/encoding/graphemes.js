/**
 * Grapheme clusters for the 'keep' policy (sms-facts.md §1: flags, skin tones, ZWJ families
 * and base + combining mark never straddle two parts). Intl.Segmenter (UAX #29) is only
 * used when the text holds a character that can join a multi-code-point cluster, so plain
 * text stays on the per-code-unit fast path. CR LF is the one such cluster made of GSM
 * characters; the packers handle it inline.
 */
/**
 * Code points that can make a cluster longer than one code point (UAX #29 rules GB6–GB9c,
 * GB11–GB13): marks and other Extend / SpacingMark characters, ZWJ, emoji modifiers,
 * regional indicators, tags, Prepend characters and conjoining Hangul jamo.
 */
const CLUSTER_FORMING = /[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\u0e33\u0eb3\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u{e0020}-\u{e007f}]/u;
let bmpClusterForming;
/** 1 for every BMP code point matching CLUSTER_FORMING, built once by a single regex scan. */
function buildBmpTable() {
    const table = new Uint8Array(0x10000);
    // Every BMP code point at its own index; surrogates become spaces (never cluster-forming).
    let all = '';
    for (let chunk = 0; chunk < 0x10000; chunk += 0x1000) {
        const codes = [];
        for (let code = chunk; code < chunk + 0x1000; code++)
            codes.push(code >= 0xd800 && code <= 0xdfff ? 0x20 : code);
        all += String.fromCharCode(...codes);
    }
    const scan = new RegExp(CLUSTER_FORMING.source, 'gu');
    for (const match of all.matchAll(scan))
        table[match.index] = 1;
    return table;
}
/**
 * True when `codePoint` can join a multi-code-point grapheme cluster. No GSM-7 or shift-table
 * character can, so callers only ask about characters that force UCS-2.
 */
export function formsClusters(codePoint) {
    if (codePoint <= 0xffff)
        return (bmpClusterForming ??= buildBmpTable())[codePoint] === 1;
    // Emoji blocks: only regional indicators and skin-tone modifiers join clusters there.
    if (codePoint >= 0x1f000 && codePoint <= 0x1faff) {
        return (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) || (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff);
    }
    return CLUSTER_FORMING.test(String.fromCodePoint(codePoint));
}
let segmenter;
/**
 * A locator over `text`. Segmenting costs far more than packing, so it is asked only about
 * offsets where a part would break, and only when a character on either side can join a
 * cluster (every other position is a boundary under UAX #29, but CR LF which callers
 * check). Intl.Segmenter's `containing` then finds the cluster.
 */
export function clusterLocator(text) {
    let segments;
    return (offset) => {
        const before = offset > 0 ? text.codePointAt(offset - 1) : -1;
        const beforeCodePoint = before >= 0xdc00 && before <= 0xdfff && offset > 1 ? text.codePointAt(offset - 2) : before;
        const at = text.codePointAt(offset);
        if (beforeCodePoint >= 0 && !formsClusters(beforeCodePoint) && !formsClusters(at)) {
            return { start: offset, length: at > 0xffff ? 2 : 1 };
        }
        segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
        segments ??= segmenter.segment(text);
        const cluster = segments.containing(offset);
        return { start: cluster.index, length: cluster.segment.length };
    };
}
//# sourceMappingURL=graphemes.js.map