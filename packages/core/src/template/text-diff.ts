/**
 * Where two versions of a document are equal: a common prefix and a common suffix around
 * one edited span. `toOld` maps a range of the new text to the old text when it lies wholly
 * in an unchanged part, so results computed for that range can be re-used.
 */
export interface EditMap {
  /** Old start offset of new text[start, end) if that text is unchanged, else null. */
  toOld(start: number, end: number): number | null;
}

export function diffTexts(oldText: string, newText: string): EditMap {
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  const delta = newText.length - oldText.length;
  const suffixStart = newText.length - suffix;
  return {
    toOld(start, end) {
      if (end <= prefix) return start;
      if (start >= suffixStart) return start - delta;
      return null;
    },
  };
}
