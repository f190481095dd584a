/**
 * Septets the library charges for one UTF-16 unit: 0 = not GSM, 1 = default alphabet,
 * 2 = extension table (ESC + code).
 */
export declare function librarySeptets(ch: string): 0 | 1 | 2;
//# sourceMappingURL=gsm-charset-utils.d.ts.map