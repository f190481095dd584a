/**
 * Public result types of the SMS encoding engine (3GPP TS 23.038 / 23.040).
 * See ../shared/notes/sms-facts.md §1 for the rules these encode.
 */
export type Encoding = 'GSM-7' | 'UCS-2';
/** National language shift tables smslint knows (23.038 Annex A). */
export type ShiftTableId = 'tr' | 'es' | 'pt';
export interface CountOptions {
    /** Shift tables the sender's provider supports; only these are ever used. */
    shiftTables?: readonly string[];
    /** 'keep' (default): a grapheme cluster never straddles two segments. 'split': code points. */
    graphemes?: 'keep' | 'split';
    /** Concatenation reference size: 8 (default, 153/67 per part) or 16 bit (152/66). */
    concatReference?: 8 | 16;
}
/** One character of the input that matters for cost. */
export interface CharacterNote {
    /** UTF-16 offset into the counted string. */
    offset: number;
    /** UTF-16 length (2 for astral characters, more for a decomposed sequence). */
    length: number;
    char: string;
    codePoint: number;
    /** A GSM-7 replacement that keeps the meaning, when one exists ('' means delete). */
    replacement?: string;
    /** Human name, e.g. "RIGHT SINGLE QUOTATION MARK". */
    name?: string;
}
export interface ShiftChoice {
    /** Single-shift table used, if any. */
    single?: ShiftTableId;
    /** Locking-shift table used, if any. */
    locking?: ShiftTableId;
}
export interface SegmentCount {
    encoding: Encoding;
    /** Septets (escape septets included) for GSM-7, UTF-16 code units for UCS-2. Never padded. */
    units: number;
    segments: number;
    /** Capacity of each part: 160/153 (GSM-7), 70/67 (UCS-2), less with shift tables or 16-bit refs. */
    perSegment: number;
    /** UTF-16 offset in the input where each segment starts (segmentStarts[0] === 0). */
    segmentStarts: number[];
    /** Shift tables chosen (only with options.shiftTables), or null for the default alphabet / UCS-2. */
    shift: ShiftChoice | null;
    /** Every character that forces UCS-2 (under the chosen tables). */
    ucs2Characters: CharacterNote[];
    /** Every character that costs 2 septets (escape + code) in GSM-7. */
    extensionCharacters: CharacterNote[];
}
//# sourceMappingURL=types.d.ts.map