/**
 * Where two versions of a document are equal: a common prefix and a common suffix around
 * one edited span. `toOld` maps a range of the new text to the old text when it lies wholly
 * in an unchanged part, so results computed for that range can be re-used.
 */
export interface EditMap {
  /** Old start offset of new text[start, end) if that text is unchanged, else null. */
  toOld(start: number, end: number): number | null;
  /** Length of the common prefix: text before it is unchanged and in place. */
  readonly prefix: number;
  /** Where the common suffix starts in the new text: text from it on is unchanged, moved by `delta`. */
  readonly suffixStart: number;
  /** New length minus old length. */
  readonly delta: number;
}

/** Block size for native comparisons before the per-character scan. */
const BLOCK = 2048;

export function diffTexts(oldText: string, newText: string): EditMap {
  const max = Math.min(oldText.length, newText.length);
  // Whole blocks compare natively (substring equality); the last block char by char.
  let prefix = 0;
  while (prefix + BLOCK <= max && oldText.substring(prefix, prefix + BLOCK) === newText.substring(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (
    suffix + BLOCK <= room &&
    oldText.substring(oldText.length - suffix - BLOCK, oldText.length - suffix) === newText.substring(newText.length - suffix - BLOCK, newText.length - suffix)
  ) {
    suffix += BLOCK;
  }
  while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  const delta = newText.length - oldText.length;
  const suffixStart = newText.length - suffix;
  return {
    prefix,
    suffixStart,
    delta,
    toOld(start, end) {
      if (end <= prefix) return start;
      if (start >= suffixStart) return start - delta;
      return null;
    },
  };
}
