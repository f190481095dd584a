import type { Position } from './range.js';
/**
 * Converts document offsets to line/character positions and back.
 * Line breaks are LF, CRLF and lone CR (as LSP defines them); characters are UTF-16
 * code units, so an emoji counts 2 — the unit LSP positions use by default.
 */
export declare class LineIndex {
    readonly text: string;
    /** Offset at which each line starts; lineStarts[0] is always 0. */
    readonly lineStarts: number[];
    constructor(text: string);
    get lineCount(): number;
    positionAt(offset: number): Position;
    offsetAt(position: Position): number;
    /** Offset just before the line break of `line` (or the end of the text). */
    lineEnd(line: number): number;
}
//# sourceMappingURL=line-index.d.ts.map