/**
 * Ambient types for `@trt2/gsm-charset-utils` (the package ships none). Only the parts
 * smslint uses or benchmarks against are declared; see its lib/GsmCharacterUtils.js.
 */
declare module '@trt2/gsm-charset-utils' {
  export interface GsmCharCount {
    /** Characters in the text; padded at part boundaries (see sms-facts.md §1). */
    charCount: number;
    msgCount: number;
    charPerSegment: number;
    encoding: 'GSM' | 'UCS2';
  }
  export function getCharCount(text: string): GsmCharCount;
  /** True for a default-alphabet or extension-table character (one UTF-16 unit). */
  export function isGsmChar(ch: string): boolean;
  export function removeNonGsmChars(text: string, replacementChar?: string): string;
}
