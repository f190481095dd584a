/**
 * Greedy packing of text into message parts (sms-facts.md §1 "Splitting rules"). Each
 * packer walks UTF-16 units once, never splits an escape pair, a surrogate pair or (with
 * the 'keep' policy) a grapheme cluster, and pushes the UTF-16 offset where each part
 * after the first starts onto `starts` (which the caller seeds with 0).
 */
import { clusterLocator } from './graphemes.js';
const CR = 0x0d;
const LF = 0x0a;
/**
 * Packs GSM-7 text with a per-unit septet table (0 = not encodable, 1, or 2 = ESC + code).
 * Returns the septet total, or -1 as soon as a unit is not encodable. With `keepCrLf`,
 * CR LF is one cluster and moves to the next part whole.
 */
export function packSeptets(text, septets, perPart, keepCrLf, starts) {
    let units = 0;
    let fill = 0;
    for (let i = 0, n = text.length; i < n; i++) {
        const code = text.charCodeAt(i);
        let cost = septets[code];
        if (cost === 0)
            return -1;
        const pairsWithLf = code === CR && keepCrLf && text.charCodeAt(i + 1) === LF;
        if (pairsWithLf)
            cost += septets[LF];
        if (fill + cost > perPart) {
            starts.push(i);
            fill = 0;
        }
        fill += cost;
        units += cost;
        if (pairsWithLf)
            i++;
    }
    return units;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
/**
 * Packs UCS-2 text (one unit per UTF-16 code unit) into parts of `perPart` units.
 * Greedy by code point; where a part would break inside a grapheme cluster ('keep'), the
 * break moves back to the cluster's start, unless the cluster alone exceeds a part (then
 * it must be split between code points). 'split' only keeps surrogate pairs whole.
 * `clusterForming` says whether the text may hold a character that can join a cluster:
 * `false` only when it is known to hold none (a shortcut); `true` is always exact, since
 * the locator finds a break between two characters that cannot join one without segmenting.
 */
export function packUtf16(text, perPart, keepClusters, clusterForming, starts) {
    // Without cluster-forming characters every code point is its own cluster, but CR LF
    // (always packed as one unit of width 2 here, so no break is ever asked between them).
    const locate = keepClusters && clusterForming ? clusterLocator(text) : undefined;
    let partStart = 0;
    let fill = 0;
    for (let i = 0, n = text.length; i < n; i++) {
        const code = text.charCodeAt(i);
        // Only a high surrogate or a CR looks at the next unit (the only pairs of width 2).
        let width = 1;
        if (isHighSurrogate(code)) {
            if (i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)))
                width = 2;
        }
        else if (keepClusters && code === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) {
            width = 2;
        }
        if (fill + width > perPart) {
            let breakAt = i;
            if (locate) {
                const cluster = locate(i);
                if (cluster.start > partStart && cluster.length <= perPart)
                    breakAt = cluster.start;
            }
            starts.push(breakAt);
            partStart = breakAt;
            fill = 0;
            if (breakAt < i) {
                // Re-pack from the cluster's start in the new part.
                i = breakAt - 1;
                continue;
            }
        }
        fill += width;
        i += width - 1;
    }
}
//# sourceMappingURL=packing.js.map