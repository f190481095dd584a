import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, Scalar, type Node } from 'yaml';
import type { ParseProblem } from '../template/types.js';
import { coarseMap, type StringMapBuilder } from './string-map.js';
import type { SourceFormat, SourceReadResult, SourceString } from './types.js';
import { mapBlockScalar, mapFlowScalar } from './yaml-scalar-map.js';

const STYLES: Record<string, string> = {
  [Scalar.PLAIN]: 'yaml-plain',
  [Scalar.QUOTE_SINGLE]: 'yaml-single',
  [Scalar.QUOTE_DOUBLE]: 'yaml-double',
  [Scalar.BLOCK_LITERAL]: 'yaml-literal',
  [Scalar.BLOCK_FOLDED]: 'yaml-folded',
};

function mapOf(text: string, start: number, end: number, style: string): StringMapBuilder | undefined {
  switch (style) {
    case 'yaml-plain':
      return mapFlowScalar(text, start, end, 'plain');
    case 'yaml-single':
      return mapFlowScalar(text, start, end, 'single');
    case 'yaml-double':
      return mapFlowScalar(text, start, end, 'double');
    default:
      return mapBlockScalar(text, start, end);
  }
}

/** A double-quoted YAML scalar holding `value` (JSON escapes are YAML escapes; NEL and BOM escaped too). */
export function yamlDoubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A block scalar's token without its final line break (a rewrite keeps the break, so the next key stays on its line). */
function withoutFinalBreak(text: string, start: number, end: number): number {
  let at = end;
  if (at > start && text[at - 1] === '\n') at--;
  if (at > start && text[at - 1] === '\r') at--;
  return at;
}

function collect(node: Node | null, key: string[], text: string, inFlow: boolean, strings: SourceString[]): void {
  if (!node || isAlias(node)) return;
  if (isMap(node) || isSeq(node)) {
    const flow = inFlow || !!node.flow;
    node.items.forEach((item, index) => {
      if (isPair(item)) {
        const name = isScalar(item.key) ? String(item.key.value) : String(item.key);
        collect(item.value as Node | null, [...key, name], text, flow, strings);
      } else collect(item as Node, [...key, String(index)], text, flow, strings);
    });
    return;
  }
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
  const style = STYLES[node.type ?? ''] ?? 'yaml-plain';
  const [start, valueEnd] = node.range;
  const token = { start, end: valueEnd };
  const block = style === 'yaml-literal' || style === 'yaml-folded';
  const rewrite = block ? { start, end: withoutFinalBreak(text, start, valueEnd) } : token;
  const base = { key, value: node.value, style, token, rewrite, ...(inFlow ? { inFlowCollection: true } : {}) };
  const mapped = mapOf(text, start, valueEnd, style);
  if (mapped && mapped.value === node.value) {
    const end = block ? (mapped.unitEnds.length ? Math.min(rewrite.end, mapped.unitEnds[mapped.unitEnds.length - 1]) : rewrite.end) : style === 'yaml-plain' ? valueEnd : valueEnd - 1;
    strings.push({ ...base, unitStarts: mapped.unitStarts, unitEnds: mapped.unitEnds, end: endOfValue(mapped, end, block, node.value), exact: true });
  } else {
    strings.push({ ...base, ...coarseMap(node.value, token) });
  }
}

/**
 * Where text appended to a block scalar's value goes: before its final line break (which
 * chomping adds), so "…\n" + " Reply STOP" is written on the last line. Other styles: the
 * position before the closing quote / after the last character.
 */
function endOfValue(mapped: StringMapBuilder, fallback: number, block: boolean, value: string): number {
  if (!block) return fallback;
  let i = value.length;
  while (i > 0 && value[i - 1] === '\n') i--;
  return i > 0 ? mapped.unitEnds[i - 1] : fallback;
}

function problemsOf(errors: { message: string; pos: [number, number] }[], level: 'error' | 'warning', length: number): ParseProblem[] {
  return errors.map((e) => ({
    code: 'source-yaml',
    message: `Invalid YAML: ${e.message.split('\n')[0]}`,
    range: { start: Math.min(e.pos[0], length), end: Math.min(Math.max(e.pos[1], e.pos[0] + 1), length) },
    severity: level,
  }));
}

/** YAML locale files (Rails `config/locales`, Symfony translations, …), read with the yaml library's ranges. */
export const yamlSourceFormat: SourceFormat = {
  id: 'yaml',
  read(text: string): SourceReadResult {
    const strings: SourceString[] = [];
    const problems: ParseProblem[] = [];
    for (const doc of parseAllDocuments(text, { uniqueKeys: false })) {
      if (!('contents' in doc)) continue;
      problems.push(...problemsOf(doc.errors, 'error', text.length), ...problemsOf(doc.warnings, 'warning', text.length));
      if (doc.errors.length === 0) collect(doc.contents as Node | null, [], text, false, strings);
    }
    return { strings, problems };
  },
  escapeFragment(value, string) {
    if (string.inFlowCollection) return undefined;
    switch (string.style) {
      case 'yaml-double':
        return yamlDoubleQuoted(value).slice(1, -1);
      case 'yaml-single':
        return /^[^\n\r\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*$/.test(value) ? value.replace(/'/g, "''") : undefined;
      case 'yaml-plain':
      case 'yaml-literal':
      case 'yaml-folded':
        // Kept as written when the whole token still reads back the same (checked by the caller).
        return /^[^\n\r\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]*$/.test(value) ? value : undefined;
      default:
        return undefined;
    }
  },
  encodeWhole: (value) => yamlDoubleQuoted(value),
  decodeToken(token, string) {
    // In a flow collection only a double-quoted string is safe from `,` `]` `}` (whole rewrites are).
    if (string.inFlowCollection && !token.startsWith('"')) return undefined;
    try {
      const doc = parseDocument(token, { uniqueKeys: false });
      if (doc.errors.length > 0 || !isScalar(doc.contents)) return undefined;
      const value = doc.contents.value;
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  },
};
