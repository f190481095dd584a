import type { ShiftTableId } from './types.js';
/** Every shift table id smslint knows, in the order candidates are tried. */
export declare const SHIFT_TABLE_IDS: readonly ShiftTableId[];
export interface NationalLanguageTables {
    /** National language identifier of the shift IEs (TS 23.040 §9.2.3.24.15/16). */
    languageId: number;
    /** Locking-shift table (128 septets, ESC at 0x1B), when the language has one. */
    locking?: string;
    /** Single-shift table as septet code → character. */
    single: ReadonlyMap<number, string>;
}
export declare const NATIONAL_TABLES: Readonly<Record<ShiftTableId, NationalLanguageTables>>;
export declare function isShiftTableId(id: string): id is ShiftTableId;
//# sourceMappingURL=shift-tables.d.ts.map