import { parseDocument } from 'yaml';
import type { OffsetRange } from '../text/range.js';
import type { ParseProblem } from './types.js';

/**
 * Aliases a YAML block may expand. Metadata never needs many; a small cap turns a
 * "billion laughs" alias bomb into a located problem instead of a hang.
 */
export const MAX_YAML_ALIASES = 20;

export interface YamlBlock {
  /** The mapping, or null when the block does not parse to one. */
  data: Record<string, unknown> | null;
  problems: ParseProblem[];
  /** Document range of the value at `path` (falls back to the whole block). */
  locate(path: readonly (string | number)[]): OffsetRange;
}

/** Parses `source`, which stands at document offset `base`, as a YAML mapping. */
export function parseYamlBlock(source: string, base: number, code: string): YamlBlock {
  const whole: OffsetRange = { start: base, end: base + source.length };
  const problems: ParseProblem[] = [];
  const at = (start: number, end: number): OffsetRange => {
    const s = Math.max(0, Math.min(start, source.length));
    const e = Math.max(s, Math.min(end, source.length));
    return { start: base + s, end: base + (e > s ? e : Math.min(s + 1, source.length)) };
  };
  let doc;
  try {
    doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    problems.push({ code, message: `Invalid YAML: ${messageOf(error)}`, range: whole, severity: 'error' });
    return { data: null, problems, locate: () => whole };
  }
  const locate = (path: readonly (string | number)[]): OffsetRange => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? at(range[0], range[1]) : whole;
  };
  for (const error of doc.errors) {
    problems.push({ code, message: `Invalid YAML: ${firstLine(error.message)}`, range: at(error.pos[0], error.pos[1]), severity: 'error' });
  }
  if (problems.length > 0) return { data: null, problems, locate };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    problems.push({
      code,
      message: `YAML aliases expand too far (more than ${MAX_YAML_ALIASES}): ${messageOf(error)}`,
      range: whole,
      severity: 'error',
    });
    return { data: null, problems, locate };
  }
  if (value === null || value === undefined) return { data: {}, problems, locate };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ code, message: 'Expected a YAML mapping (key: value lines).', range: locate([]), severity: 'error' });
    return { data: null, problems, locate };
  }
  return { data: value as Record<string, unknown>, problems, locate };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? firstLine(error.message) : String(error);
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
