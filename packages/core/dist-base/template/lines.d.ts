/** One line of a text: content [start, end), and `next`, the offset after its line break. */
export interface Line {
    start: number;
    end: number;
    next: number;
}
/**
 * Lines of text[from, to). Breaks are LF, CRLF and lone CR — the same rule Markdown,
 * Handlebars' lexer and LSP use, so line numbers agree everywhere.
 */
export declare function linesOf(text: string, from?: number, to?: number): Line[];
/** The line starting at `start`. */
export declare function lineAt(text: string, start: number): Line;
/** Offsets at which each line of `text` starts (lineStarts[0] === 0). */
export declare function lineStartsOf(text: string): number[];
export declare function isBlank(text: string, line: Line): boolean;
/** What is sent: CRLF and lone CR become LF. */
export declare function normalizeLineBreaks(text: string): string;
//# sourceMappingURL=lines.d.ts.map