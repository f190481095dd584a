import type { ShiftChoice, ShiftTableId } from './types.js';
export interface ShiftCandidate {
    /** null for the default alphabet with the default extension table. */
    choice: ShiftChoice | null;
    tableCount: 0 | 1 | 2;
    septets: Uint8Array;
}
/** Known ids among `configured`, deduplicated, in smslint's order (unknown ids are ignored). */
export declare function configuredShiftTables(configured: readonly string[] | undefined): ShiftTableId[];
/**
 * Default alphabet first, then single shift only, locking shift only, and both, so that a
 * stable "first best" pick prefers fewer tables (the default alphabet on a tie).
 */
export declare function shiftCandidates(tables: readonly ShiftTableId[]): ShiftCandidate[];
/** Nonzero for every unit some candidate can encode: what is left forces UCS-2. */
export declare function unionSeptets(tables: readonly ShiftTableId[]): Uint8Array;
//# sourceMappingURL=shift-choice.d.ts.map