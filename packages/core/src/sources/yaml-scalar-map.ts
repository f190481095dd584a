/**
 * Unit maps of YAML scalars as written: plain, single- and double-quoted (with escapes and
 * line folding) and block scalars (literal `|`, folded `>`, chomping). The caller compares
 * the decoded value with the yaml library's and falls back to a whole-token map on any
 * difference, so this module only has to be right where it claims to be.
 */
import { StringMapBuilder } from './string-map.js';

const DOUBLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

const isBreak = (ch: string | undefined) => ch === '\n' || ch === '\r';
const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** Skip one line break at i (CRLF, LF or CR); returns the offset after it. */
function skipBreak(text: string, i: number): number {
  return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
}

/** Plain, 'single' or "double" scalar text[start, end) (quotes included for quoted styles). */
export function mapFlowScalar(text: string, start: number, end: number, style: 'plain' | 'single' | 'double'): StringMapBuilder | undefined {
  const out = new StringMapBuilder();
  let i = style === 'plain' ? start : start + 1;
  const stop = style === 'plain' ? end : end - 1;
  if (style !== 'plain' && (text[start] !== (style === 'double' ? '"' : "'") || text[stop] !== text[start])) return undefined;
  let trailing = 0; // unescaped blanks at the end of the current line, trimmed by a fold
  while (i < stop) {
    const ch = text[i];
    if (isBreak(ch)) {
      const foldStart = i - trailing;
      out.pop(trailing);
      let j = i;
      let breaks = 0;
      while (j < stop && isBreak(text[j])) {
        j = skipBreak(text, j);
        breaks++;
        while (j < stop && isBlank(text[j])) j++;
      }
      out.push(breaks > 1 ? '\n'.repeat(breaks - 1) : ' ', foldStart, j);
      i = j;
      trailing = 0;
    } else if (style === 'double' && ch === '\\') {
      const next = text[i + 1];
      if (isBreak(next)) {
        // An escaped line break joins the lines with nothing; the next line's indent goes too.
        let j = skipBreak(text, i + 1);
        while (j < stop && isBlank(text[j])) j++;
        if (isBreak(text[j])) return undefined;
        i = j;
      } else if (next !== undefined && next in HEX_LENGTH) {
        const hex = text.slice(i + 2, i + 2 + HEX_LENGTH[next]);
        if (hex.length !== HEX_LENGTH[next] || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return undefined;
        out.push(String.fromCodePoint(code), i, i + 2 + hex.length);
        i += 2 + hex.length;
      } else if (next !== undefined && next in DOUBLE_ESCAPES) {
        out.push(DOUBLE_ESCAPES[next], i, i + 2);
        i += 2;
      } else return undefined;
      trailing = 0;
    } else if (style === 'single' && ch === "'") {
      if (text[i + 1] !== "'") return undefined;
      out.push("'", i, i + 2);
      i += 2;
      trailing = 0;
    } else {
      out.verbatim(ch, i);
      trailing = isBlank(ch) ? trailing + 1 : 0;
      i++;
    }
  }
  return out;
}

interface BlockLine {
  /** Offset of the line's first character and of its line break (or the block end). */
  start: number;
  end: number;
  /** Offset after the line break. */
  next: number;
}

/** Leading spaces of the line holding offset `at`. */
function parentIndent(text: string, at: number): number {
  let lineStart = at;
  while (lineStart > 0 && !isBreak(text[lineStart - 1])) lineStart--;
  let i = lineStart;
  while (text[i] === ' ') i++;
  return i - lineStart;
}

/** Block scalar `|…` / `>…` at text[start, end) (header through its last line). */
export function mapBlockScalar(text: string, start: number, end: number): StringMapBuilder | undefined {
  const header = /^([|>])([+-]?)([1-9]?)([+-]?)[ \t]*(#[^\r\n]*)?(\r\n|\r|\n|$)/.exec(text.slice(start, Math.min(end, start + 200)));
  if (!header || (header[2] && header[4])) return undefined;
  const folded = header[1] === '>';
  const chomp = header[2] || header[4] || 'clip';
  const lines: BlockLine[] = [];
  let at = start + header[0].length;
  while (at < end) {
    let lineEnd = at;
    while (lineEnd < end && !isBreak(text[lineEnd])) lineEnd++;
    const next = lineEnd < end ? skipBreak(text, lineEnd) : lineEnd;
    lines.push({ start: at, end: lineEnd, next });
    at = next;
  }
  const indentOf = (line: BlockLine) => {
    let i = line.start;
    while (i < line.end && text[i] === ' ') i++;
    return i - line.start;
  };
  const firstContent = lines.find((line) => indentOf(line) < line.end - line.start);
  if (!firstContent && !header[3]) {
    // Only empty lines: nothing (clip, strip) or their line breaks (keep).
    const out = new StringMapBuilder();
    if (chomp === '+') for (const line of lines) if (line.next > line.end) out.push('\n', line.end, line.next);
    return out;
  }
  // An explicit indentation indicator counts from the parent's indentation: taken here as
  // the indentation of the header's line (the key's); the caller's check catches any miss.
  const indent = header[3] ? parentIndent(text, start) + Number(header[3]) : indentOf(firstContent!);
  if (lines.some((line) => line.end - line.start > indentOf(line) && indentOf(line) < indent)) return undefined;
  const content = (line: BlockLine) => ({ start: Math.min(line.start + indent, line.end), end: line.end });
  const isEmpty = (line: BlockLine) => line.end - line.start <= indent && indentOf(line) === line.end - line.start;
  let last = lines.length - 1;
  while (last >= 0 && isEmpty(lines[last])) last--;

  const out = new StringMapBuilder();
  let pendingBreaks: BlockLine[] = []; // line ends not yet written (folding decides how)
  let previousNormal = false;
  for (let index = 0; index <= last; index++) {
    const line = lines[index];
    if (isEmpty(line)) {
      pendingBreaks.push(line);
      continue;
    }
    const body = content(line);
    const moreIndented = isBlank(text[body.start]);
    if (index > 0 && pendingBreaks.length > 0) {
      const [first, ...rest] = pendingBreaks;
      if (folded && previousNormal && !moreIndented) {
        if (rest.length === 0) out.push(' ', first.end, body.start);
        else {
          // The first break folds away; each empty line keeps one.
          out.push('', first.end, first.next);
          for (const empty of rest) out.push('\n', empty.start, empty === rest[rest.length - 1] ? body.start : empty.next);
        }
      } else {
        pendingBreaks.forEach((b, k) => out.push('\n', b.end, k === pendingBreaks.length - 1 ? body.start : pendingBreaks[k + 1].end));
      }
    } else if (pendingBreaks.length > 0) {
      // Leading empty lines: one line break each.
      for (const empty of pendingBreaks) out.push('\n', empty.start, empty.next);
    }
    out.verbatim(text.slice(body.start, body.end), body.start);
    pendingBreaks = [line];
    previousNormal = !moreIndented;
  }
  if (last >= 0 && chomp !== '-') {
    const lastLine = lines[last];
    if (lastLine.next > lastLine.end) out.push('\n', lastLine.end, lastLine.next);
    if (chomp === '+') for (const line of lines.slice(last + 1)) if (line.next > line.end) out.push('\n', line.end, line.next);
  }
  return out;
}
