import type { MatrixCell } from '@smslint/core';

/** "1 segment", "2–3 segments": the min–max over renderings. */
export function segmentsText(cell: MatrixCell): string {
  const { min, max } = cell.segments;
  return `${min === max ? max : `${min}–${max}`} segment${max === 1 ? '' : 's'}`;
}

/** "GSM-7", or "GSM-7 (UCS-2 worst case)" when a placeholder value may force UCS-2. */
export function encodingText(cell: MatrixCell): string {
  return cell.worstEncoding === cell.encoding ? cell.encoding : `${cell.encoding} (${cell.worstEncoding} worst case)`;
}
