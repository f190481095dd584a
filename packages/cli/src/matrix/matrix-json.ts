import type { LocaleMatrix } from '@smslint/core';

/** `smslint matrix --format json`: the matrix as built (see LocaleMatrix in @smslint/core). */
export function renderMatrixJson(matrix: LocaleMatrix): string {
  return `${JSON.stringify(matrix, null, 2)}\n`;
}
