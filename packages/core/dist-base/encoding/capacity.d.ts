/**
 * Payload capacities from the user data header size (3GPP TS 23.040 §9.2.3.24; sms-facts.md
 * §1). User data is 140 octets; a header of H octets (UDHL included) leaves
 * 160 − ceil(8·H/7) septets (fill bits align GSM-7 text to a septet) or floor((140 − H)/2)
 * UCS-2 units.
 */
import type { Encoding } from './types.js';
/** TS 23.040: the concatenation reference counts parts in one octet. */
export declare const MAX_CONCATENATED_PARTS = 255;
export interface Capacity {
    /** Units that fit in one message without a concatenation header. */
    single: number;
    /** Units per part when the message is concatenated. */
    perPart: number;
}
/**
 * Capacity for an encoding with `shiftTableCount` shift IEs (0–2, GSM-7 only) and the given
 * concatenation reference size: 160/153, 155/149, 152/146 (GSM-7, 8-bit), 70/67 (UCS-2).
 */
export declare function segmentCapacity(encoding: Encoding, shiftTableCount?: 0 | 1 | 2, concatReference?: 8 | 16): Capacity;
/** Capacities without shift tables, computed once: the common case of every count. */
export declare const PLAIN_CAPACITY: Readonly<Record<Encoding, Readonly<Record<8 | 16, Capacity>>>>;
//# sourceMappingURL=capacity.d.ts.map