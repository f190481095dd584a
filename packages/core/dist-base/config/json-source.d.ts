import type { OffsetRange } from '../text/range.js';
/** Where each value (and each object member's key) of a JSON document stands in its text. */
export interface JsonLocations {
    /** JSON pointer ("" is the root) → range of the value. */
    values: Map<string, OffsetRange>;
    /** JSON pointer → range of the member key that introduced the value. */
    keys: Map<string, OffsetRange>;
}
export type JsonSourceResult = {
    ok: true;
    value: unknown;
    locations: JsonLocations;
} | {
    ok: false;
    message: string;
    offset: number;
};
/** RFC 6901 escaping of one pointer segment. */
export declare function escapePointerSegment(segment: string): string;
/**
 * A strict JSON (RFC 8259) parser that records the range of every value, so config
 * errors can point at the exact spot. A leading BOM is allowed (editors write one).
 * JSON.parse gives no reliable offsets across Node versions, hence this small parser.
 */
export declare function parseJsonSource(text: string): JsonSourceResult;
//# sourceMappingURL=json-source.d.ts.map