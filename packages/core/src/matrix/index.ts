/** The locale matrix: each template × locale, its cost and what its translations change. */
export type * from './types.js';
export { matrixEntries } from './matrix-entries.js';
export { buildLocaleMatrix, compareLocales, type LocaleMatrixOptions } from './locale-matrix.js';
export { localeSiblings } from './locale-siblings.js';
