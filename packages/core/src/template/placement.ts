import type { Template } from './types.js';

/**
 * The parser's word on where a template sits: `[PLACED_IN]` is the document text it placed
 * the template in, `[PLACED_AT]` the offset it placed it at, `[PLACED_WITH]` the metadata
 * object it gave it. While all three still hold (the template is linted with that text, at
 * that start, with that metadata), the template's text there is exactly
 * the section text its `metadata` object was parsed from: the parser creates one metadata
 * object per section it parses, and its moved copies of an unchanged section share it. The
 * lint's key check (lint/template-cache-key.ts) then skips comparing the template's text
 * with its memoised key, which cost a keystroke a pass over the whole document.
 *
 * Symbols keep them out of JSON and of `Template`'s public fields. Every template the parser
 * makes gets all three when it is created (one object shape); a moved or re-used one gets new
 * values, never new properties. A copy made elsewhere (a spread) carries stale values, which
 * fail the check: then the text is compared as before.
 */
export const PLACED_IN: unique symbol = Symbol('smslint.placedIn');
export const PLACED_AT: unique symbol = Symbol('smslint.placedAt');
/** The metadata object the parser gave the template (a copy with other metadata is not vouched for). */
export const PLACED_WITH: unique symbol = Symbol('smslint.placedWith');

export interface PlacedTemplate extends Template {
  [PLACED_IN]: string;
  [PLACED_AT]: number;
  [PLACED_WITH]: object;
}

/** Records that `template` sits at `at` in `text` (see above). */
export function place(template: Template, text: string, at: number): void {
  (template as PlacedTemplate)[PLACED_IN] = text;
  (template as PlacedTemplate)[PLACED_AT] = at;
}

/** Whether the parser vouches that `template` sits at its range start in `text`, with the metadata it parsed. */
export function isPlacedIn(template: Template, text: string): boolean {
  const placed = template as Partial<PlacedTemplate>;
  return placed[PLACED_AT] === template.range.start && placed[PLACED_IN] === text && placed[PLACED_WITH] === template.metadata;
}
