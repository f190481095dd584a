/**
 * Septet tables for every legal combination of locking- and single-shift table among the
 * configured ones (3GPP TS 23.038 Annex A; sms-facts.md §1), in order of preference.
 */
import { DEFAULT_ALPHABET, DEFAULT_EXTENSION, ESCAPE_SEPTET, GSM_SEPTETS } from './gsm-alphabet.js';
import { NATIONAL_TABLES, SHIFT_TABLE_IDS } from './shift-tables.js';
const candidateCache = new Map();
function buildSeptets(locking, single) {
    const septets = new Uint8Array(0x10000);
    const singleShift = single ? NATIONAL_TABLES[single].single : DEFAULT_EXTENSION;
    for (const ch of singleShift.values())
        septets[ch.charCodeAt(0)] = 2;
    const alphabet = locking ? NATIONAL_TABLES[locking].locking : DEFAULT_ALPHABET;
    for (let code = 0; code < alphabet.length; code++) {
        if (code !== ESCAPE_SEPTET)
            septets[alphabet.charCodeAt(code)] = 1;
    }
    return septets;
}
function candidate(locking, single) {
    const key = `${locking ?? ''}/${single ?? ''}`;
    let found = candidateCache.get(key);
    if (!found) {
        const choice = {};
        if (single)
            choice.single = single;
        if (locking)
            choice.locking = locking;
        found = {
            choice: locking || single ? choice : null,
            tableCount: ((locking ? 1 : 0) + (single ? 1 : 0)),
            septets: locking || single ? buildSeptets(locking, single) : GSM_SEPTETS,
        };
        candidateCache.set(key, found);
    }
    return found;
}
/** Known ids among `configured`, deduplicated, in smslint's order (unknown ids are ignored). */
export function configuredShiftTables(configured) {
    if (!Array.isArray(configured) || configured.length === 0)
        return [];
    return SHIFT_TABLE_IDS.filter((id) => configured.includes(id));
}
/**
 * Default alphabet first, then single shift only, locking shift only, and both, so that a
 * stable "first best" pick prefers fewer tables (the default alphabet on a tie).
 */
export function shiftCandidates(tables) {
    const lockings = tables.filter((id) => NATIONAL_TABLES[id].locking !== undefined);
    const candidates = [candidate(undefined, undefined)];
    for (const single of tables)
        candidates.push(candidate(undefined, single));
    for (const locking of lockings)
        candidates.push(candidate(locking, undefined));
    for (const locking of lockings)
        for (const single of tables)
            candidates.push(candidate(locking, single));
    return candidates;
}
const unionCache = new Map();
/** Nonzero for every unit some candidate can encode: what is left forces UCS-2. */
export function unionSeptets(tables) {
    const key = tables.join(',');
    let union = unionCache.get(key);
    if (!union) {
        union = new Uint8Array(0x10000);
        for (const { septets } of shiftCandidates(tables)) {
            for (let code = 0; code < 0x10000; code++)
                union[code] |= septets[code];
        }
        unionCache.set(key, union);
    }
    return union;
}
//# sourceMappingURL=shift-choice.js.map