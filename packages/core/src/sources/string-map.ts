import type { OffsetRange } from '../text/range.js';
import type { SourceString } from './types.js';

/**
 * Builds a decoded string and its unit → raw map piece by piece (readers push each
 * decoded piece with the raw range it came from).
 */
export class StringMapBuilder {
  value = '';
  readonly unitStarts: number[] = [];
  readonly unitEnds: number[] = [];

  /** `decoded` came from raw [start, end) (every unit of it maps to that whole range). */
  push(decoded: string, start: number, end: number): void {
    this.value += decoded;
    for (let i = 0; i < decoded.length; i++) {
      this.unitStarts.push(start);
      this.unitEnds.push(end);
    }
  }

  /** Characters copied as written: unit i maps to raw start + i. */
  verbatim(text: string, start: number): void {
    this.value += text;
    for (let i = 0; i < text.length; i++) {
      this.unitStarts.push(start + i);
      this.unitEnds.push(start + i + 1);
    }
  }

  /** Drop the last `count` units (YAML trims whitespace before a line fold). */
  pop(count: number): void {
    this.value = this.value.slice(0, this.value.length - count);
    this.unitStarts.length -= count;
    this.unitEnds.length -= count;
  }
}

/** A map that places every unit on the whole token: used where a reader cannot map exactly. */
export function coarseMap(value: string, token: OffsetRange): Pick<SourceString, 'unitStarts' | 'unitEnds' | 'end' | 'exact'> {
  return {
    unitStarts: Array.from({ length: value.length }, () => token.start),
    unitEnds: Array.from({ length: value.length }, () => token.end),
    end: token.end,
    exact: false,
  };
}

/** Raw file range of the decoded range [start, end) of `string`. */
export function rawRange(string: SourceString, range: OffsetRange): OffsetRange {
  if (!string.exact) return string.token;
  const length = string.value.length;
  const start = Math.max(0, Math.min(range.start, length));
  const end = Math.max(start, Math.min(range.end, length));
  const rawStart = start < length ? string.unitStarts[start] : string.end;
  const rawEnd = end > start ? string.unitEnds[end - 1] : rawStart;
  return { start: rawStart, end: Math.max(rawStart, rawEnd) };
}
