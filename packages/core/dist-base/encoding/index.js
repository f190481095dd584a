export { countSegments } from './count-segments.js';
export { gsmSeptets, isGsmCharacter } from './gsm-alphabet.js';
export { characterName, gsmReplacement } from './replacements.js';
export { SHIFT_TABLE_IDS } from './shift-tables.js';
export { MAX_CONCATENATED_PARTS, segmentCapacity } from './capacity.js';
//# sourceMappingURL=index.js.map