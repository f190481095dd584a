import type { Region } from '../template/types.js';
import type { Rule } from './types.js';
/** Allowed local send hours per region profile, in minutes after midnight. */
export declare const REGION_WINDOWS: Record<Region, {
    start: number;
    end: number;
    basis: string;
}>;
/** Parse "HH:MM-HH:MM" into minutes; undefined when malformed or not a same-day window. */
export declare function parseSendWindow(value: string): {
    start: number;
    end: number;
} | undefined;
export declare const quietHours: Rule;
//# sourceMappingURL=quiet-hours.d.ts.map