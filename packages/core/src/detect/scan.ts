/**
 * Shared scanning helpers. Detectors split text into whitespace-delimited runs first and
 * look at a bounded prefix of each run, so no regex ever sees unbounded input twice:
 * total work stays linear even on megabyte adversarial inputs.
 */
import type { DetectMatch } from './types.js';

/** Longest run prefix a detector inspects (no real URL, email or number is longer). */
export const MAX_RUN_LENGTH = 2048;

export interface Run {
  text: string;
  start: number;
}

/** Maximal runs of non-whitespace characters, each cut to MAX_RUN_LENGTH. */
export function* nonSpaceRuns(text: string): Generator<Run> {
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield { text: m[0].slice(0, MAX_RUN_LENGTH), start: m.index };
  }
}

/** All matches of a global regex as DetectMatch (the regex must be /g and linear). */
export function allMatches(text: string, re: RegExp, group = 0): DetectMatch[] {
  const out: DetectMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (group === 0) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    else if (m[group] !== undefined && m.indices) {
      const [s, e] = m.indices[group]!;
      out.push({ text: m[group]!, start: s, end: e });
    }
  }
  return out;
}

/**
 * Drop matches that overlap an earlier-kept one (input in priority order), sort by start.
 * A coverage bitmap keeps this linear in the covered length, even with 100k matches.
 */
export function dedupeOverlaps<T extends DetectMatch>(matches: T[]): T[] {
  if (matches.length <= 1) return matches;
  let size = 0;
  for (const m of matches) size = Math.max(size, m.end);
  const covered = new Uint8Array(size);
  const kept: T[] = [];
  for (const m of matches) {
    let free = true;
    for (let i = m.start; i < m.end; i++) {
      if (covered[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    covered.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Guard for public entry points: non-strings become '' so detectors never throw. */
export function asText(text: unknown): string {
  return typeof text === 'string' ? text : '';
}

/** Alternation of words matching any ASCII letter case, for regexes that must stay case-sensitive elsewhere. */
export function anyCase(words: readonly string[]): string {
  return words
    .map((w) => w.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace(/ /g, '[ \\t]+'))
    .join('|');
}
