import type { TextEdit } from '@smslint/core';

/**
 * The smallest single replacement turning `before` into `after` (common prefix and suffix
 * kept), so "Fix all" leaves the cursor, folds and undo history of untouched text alone.
 * Never splits a surrogate pair or a CRLF.
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  start = backOffPair(before, start);
  let beforeEnd = before.length - end;
  let afterEnd = after.length - end;
  while (beforeEnd < before.length && splitsPair(before, beforeEnd)) {
    beforeEnd++;
    afterEnd++;
  }
  return { range: { start, end: beforeEnd }, text: after.slice(start, afterEnd) };
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const prev = text.charCodeAt(at - 1);
  const next = text.charCodeAt(at);
  return (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (prev === 13 && next === 10);
}

function backOffPair(text: string, at: number): number {
  return splitsPair(text, at) ? at - 1 : at;
}
