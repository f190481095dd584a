import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { ParseProblem } from '../template/types.js';
import { coarseMap, StringMapBuilder } from './string-map.js';
import type { SourceFormat, SourceReadResult, SourceString } from './types.js';

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Decode a JSON string token (quotes included) with its unit map; undefined if it is not one. */
export function decodeJsonToken(text: string, start: number, end: number): StringMapBuilder | undefined {
  if (text[start] !== '"' || text[end - 1] !== '"' || end - start < 2) return undefined;
  const out = new StringMapBuilder();
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
        out.push(String.fromCharCode(parseInt(hex, 16)), i, i + 6);
        i += 6;
      } else if (next !== undefined && next in SIMPLE_ESCAPES) {
        out.push(SIMPLE_ESCAPES[next], i, i + 2);
        i += 2;
      } else return undefined;
    } else if (ch === '"' || ch < ' ') {
      return undefined;
    } else {
      let j = i + 1;
      while (j < stop && text[j] !== '\\' && text[j] !== '"' && text[j] >= ' ') j++;
      out.verbatim(text.slice(i, j), i);
      i = j;
    }
  }
  return i === stop ? out : undefined;
}

/** JSON text of `value` that parses back to it: JSON.stringify plus escapes for the line separators. */
export function jsonStringLiteral(value: string): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function problemOf(error: ParseError, length: number): ParseProblem {
  return {
    code: 'source-json',
    message: `Invalid JSON: ${printParseErrorCode(error.error)}`,
    range: { start: error.offset, end: Math.min(length, error.offset + Math.max(1, error.length)) },
    severity: 'error',
  };
}

function collect(node: Node, key: string[], text: string, strings: SourceString[]): void {
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [name, value] = property.children ?? [];
      if (name && value) collect(value, [...key, String(name.value)], text, strings);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((item, index) => collect(item, [...key, String(index)], text, strings));
  } else if (node.type === 'string' && typeof node.value === 'string') {
    const token = { start: node.offset, end: node.offset + node.length };
    const decoded = decodeJsonToken(text, token.start, token.end);
    const base = { key, value: node.value, style: 'json', token, rewrite: token };
    if (decoded && decoded.value === node.value) {
      strings.push({ ...base, unitStarts: decoded.unitStarts, unitEnds: decoded.unitEnds, end: token.end - 1, exact: true });
    } else {
      strings.push({ ...base, ...coarseMap(node.value, token) });
    }
  }
}

/** JSON locale files (i18next, react-intl, …), read with jsonc-parser for exact offsets. */
export const jsonSourceFormat: SourceFormat = {
  id: 'json',
  read(text: string): SourceReadResult {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    const strings: SourceString[] = [];
    if (root) collect(root, [], text, strings);
    return { strings, problems: errors.map((e) => problemOf(e, text.length)) };
  },
  escapeFragment: (value) => jsonStringLiteral(value).slice(1, -1),
  encodeWhole: (value) => jsonStringLiteral(value),
  decodeToken(token) {
    try {
      const value: unknown = JSON.parse(token);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  },
};
