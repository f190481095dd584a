const USER_DATA_OCTETS = 140;
/** Concatenation IE: IEI + length + reference (1 or 2 octets) + total + sequence. */
const CONCAT_IE_OCTETS = { 8: 5, 16: 6 };
/** A national language single- or locking-shift IE: IEI + length + language id. */
const SHIFT_IE_OCTETS = 3;
/** The UDHL octet in front of the information elements. */
const UDH_LENGTH_OCTETS = 1;
/** TS 23.040: the concatenation reference counts parts in one octet. */
export const MAX_CONCATENATED_PARTS = 255;
function headerOctets(informationElementOctets) {
    return informationElementOctets === 0 ? 0 : UDH_LENGTH_OCTETS + informationElementOctets;
}
function unitsAfterHeader(encoding, udhOctets) {
    return encoding === 'GSM-7'
        ? Math.floor((USER_DATA_OCTETS * 8) / 7) - Math.ceil((8 * udhOctets) / 7)
        : Math.floor((USER_DATA_OCTETS - udhOctets) / 2);
}
/**
 * Capacity for an encoding with `shiftTableCount` shift IEs (0–2, GSM-7 only) and the given
 * concatenation reference size: 160/153, 155/149, 152/146 (GSM-7, 8-bit), 70/67 (UCS-2).
 */
export function segmentCapacity(encoding, shiftTableCount = 0, concatReference = 8) {
    const shiftOctets = encoding === 'GSM-7' ? SHIFT_IE_OCTETS * shiftTableCount : 0;
    return {
        single: unitsAfterHeader(encoding, headerOctets(shiftOctets)),
        perPart: unitsAfterHeader(encoding, headerOctets(shiftOctets + CONCAT_IE_OCTETS[concatReference])),
    };
}
/** Capacities without shift tables, computed once: the common case of every count. */
export const PLAIN_CAPACITY = {
    'GSM-7': { 8: segmentCapacity('GSM-7', 0, 8), 16: segmentCapacity('GSM-7', 0, 16) },
    'UCS-2': { 8: segmentCapacity('UCS-2', 0, 8), 16: segmentCapacity('UCS-2', 0, 16) },
};
//# sourceMappingURL=capacity.js.map