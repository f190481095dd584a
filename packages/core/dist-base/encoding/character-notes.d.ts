import type { CharacterNote } from './types.js';
/** What a UCS-2 scan learns besides the notes, filled in during the same pass. */
export interface UnitScan {
    /** Septet table whose 2 entries are reported as extension characters. */
    septets: Uint8Array;
    extension: CharacterNote[];
    /** Whether some character can join a multi-code-point grapheme cluster. */
    clusterForming: boolean;
}
/**
 * Every character not encodable under `encodable` (0 entries), by code point. A combining
 * mark joins the note of the character before it, so a note covers a whole base + marks
 * sequence (`e` + U+0301 → one note of length 2 whose replacement is the NFC form `é`);
 * its `codePoint` is the first one in the sequence that forces UCS-2.
 */
export declare function ucs2CharacterNotes(text: string, encodable: Uint8Array, scan?: UnitScan): CharacterNote[];
/** Every character that costs 2 septets (`septets` entry 2: escape + code). */
export declare function extensionCharacterNotes(text: string, septets: Uint8Array): CharacterNote[];
//# sourceMappingURL=character-notes.d.ts.map