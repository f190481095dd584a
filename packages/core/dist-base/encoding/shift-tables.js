/**
 * National language shift tables (3GPP TS 23.038 Annex A) that smslint supports, written
 * from the spec: A.2.1 / A.3.1 Turkish, A.2.2 Spanish (single shift only; A.3.2 is void),
 * A.2.3 / A.3.3 Portuguese. A locking-shift table replaces the default alphabet; a
 * single-shift table replaces the extension table (its characters cost ESC + code).
 */
import { DEFAULT_EXTENSION } from './gsm-alphabet.js';
/** Every shift table id smslint knows, in the order candidates are tried. */
export const SHIFT_TABLE_IDS = ['tr', 'es', 'pt'];
/**
 * Every Annex A single-shift table repeats the default extension table (§6.2.1.1) at the
 * same codes, then adds the national characters.
 */
const COMMON_SINGLE_SHIFT = [...DEFAULT_EXTENSION];
function singleShift(entries) {
    return new Map([...COMMON_SINGLE_SHIFT, ...entries]);
}
export const NATIONAL_TABLES = {
    tr: {
        languageId: 0x01,
        // A.3.1: € ı Ğ ğ Ş ş İ ç replace è ì Ø ø Æ æ ¡ ¿.
        locking: '@£$¥€éùıòÇ\nĞğ\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bŞşßÉ' +
            ' !"#¤%&\'()*+,-./0123456789:;<=>?' +
            'İABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
            'çabcdefghijklmnopqrstuvwxyzäöñüà',
        // A.2.1
        single: singleShift([
            [0x47, 'Ğ'],
            [0x49, 'İ'],
            [0x53, 'Ş'],
            [0x63, 'ç'],
            [0x67, 'ğ'],
            [0x69, 'ı'],
            [0x73, 'ş'],
        ]),
    },
    es: {
        languageId: 0x02,
        // A.2.2
        single: singleShift([
            [0x09, 'ç'],
            [0x41, 'Á'],
            [0x49, 'Í'],
            [0x4f, 'Ó'],
            [0x55, 'Ú'],
            [0x61, 'á'],
            [0x69, 'í'],
            [0x6f, 'ó'],
            [0x75, 'ú'],
        ]),
    },
    pt: {
        languageId: 0x03,
        // A.3.3
        locking: '@£$¥êéúíóç\nÔô\rÁáΔ_ªÇÀ∞^\\€Ó|\u001bÂâÊÉ' +
            ' !"#º%&\'()*+,-./0123456789:;<=>?' +
            'ÍABCDEFGHIJKLMNOPQRSTUVWXYZÃÕÚÜ§' +
            '~abcdefghijklmnopqrstuvwxyzãõ`üà',
        // A.2.3
        single: singleShift([
            [0x05, 'ê'],
            [0x09, 'ç'],
            [0x0b, 'Ô'],
            [0x0c, 'ô'],
            [0x0e, 'Á'],
            [0x0f, 'á'],
            [0x12, 'Φ'],
            [0x13, 'Γ'],
            [0x15, 'Ω'],
            [0x16, 'Π'],
            [0x17, 'Ψ'],
            [0x18, 'Σ'],
            [0x19, 'Θ'],
            [0x1f, 'Ê'],
            [0x41, 'À'],
            [0x49, 'Í'],
            [0x4f, 'Ó'],
            [0x55, 'Ú'],
            [0x5b, 'Ã'],
            [0x5c, 'Õ'],
            [0x61, 'Â'],
            [0x69, 'í'],
            [0x6f, 'ó'],
            [0x75, 'ú'],
            [0x7b, 'ã'],
            [0x7c, 'õ'],
            [0x7f, 'â'],
        ]),
    },
};
export function isShiftTableId(id) {
    return SHIFT_TABLE_IDS.includes(id);
}
//# sourceMappingURL=shift-tables.js.map