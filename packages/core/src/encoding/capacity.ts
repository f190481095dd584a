/**
 * Payload capacities from the user data header size (3GPP TS 23.040 §9.2.3.24; sms-facts.md
 * §1). User data is 140 octets; a header of H octets (UDHL included) leaves
 * 160 − ceil(8·H/7) septets (fill bits align GSM-7 text to a septet) or floor((140 − H)/2)
 * UCS-2 units.
 */
import type { Encoding } from './types.js';

const USER_DATA_OCTETS = 140;
/** Concatenation IE: IEI + length + reference (1 or 2 octets) + total + sequence. */
const CONCAT_IE_OCTETS: Readonly<Record<8 | 16, number>> = { 8: 5, 16: 6 };
/** A national language single- or locking-shift IE: IEI + length + language id. */
const SHIFT_IE_OCTETS = 3;
/** The UDHL octet in front of the information elements. */
const UDH_LENGTH_OCTETS = 1;
/** TS 23.040: the concatenation reference counts parts in one octet. */
export const MAX_CONCATENATED_PARTS = 255;

export interface Capacity {
  /** Units that fit in one message without a concatenation header. */
  single: number;
  /** Units per part when the message is concatenated. */
  perPart: number;
}

function headerOctets(informationElementOctets: number): number {
  return informationElementOctets === 0 ? 0 : UDH_LENGTH_OCTETS + informationElementOctets;
}

function unitsAfterHeader(encoding: Encoding, udhOctets: number): number {
  return encoding === 'GSM-7'
    ? Math.floor((USER_DATA_OCTETS * 8) / 7) - Math.ceil((8 * udhOctets) / 7)
    : Math.floor((USER_DATA_OCTETS - udhOctets) / 2);
}

/**
 * Capacity for an encoding with `shiftTableCount` shift IEs (0–2, GSM-7 only) and the given
 * concatenation reference size: 160/153, 155/149, 152/146 (GSM-7, 8-bit), 70/67 (UCS-2).
 */
export function segmentCapacity(
  encoding: Encoding,
  shiftTableCount: 0 | 1 | 2 = 0,
  concatReference: 8 | 16 = 8,
): Capacity {
  const shiftOctets = encoding === 'GSM-7' ? SHIFT_IE_OCTETS * shiftTableCount : 0;
  return {
    single: unitsAfterHeader(encoding, headerOctets(shiftOctets)),
    perPart: unitsAfterHeader(encoding, headerOctets(shiftOctets + CONCAT_IE_OCTETS[concatReference])),
  };
}

/** Capacities without shift tables, computed once: the common case of every count. */
export const PLAIN_CAPACITY: Readonly<Record<Encoding, Readonly<Record<8 | 16, Capacity>>>> = {
  'GSM-7': { 8: segmentCapacity('GSM-7', 0, 8), 16: segmentCapacity('GSM-7', 0, 16) },
  'UCS-2': { 8: segmentCapacity('UCS-2', 0, 8), 16: segmentCapacity('UCS-2', 0, 16) },
};
