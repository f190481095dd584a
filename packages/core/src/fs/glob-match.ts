/**
 * Glob matching for patterns that come from the linted repository (config `ignore`,
 * `.gitignore`, `.smslintignore`): untrusted input. Regex-based matchers backtrack
 * exponentially on patterns such as `**\/a/` repeated (8 of them over a 40-level tree took
 * 20 s) and overflow the stack on very long ones. This matcher works on path segments
 * with dynamic programming over (pattern segment, path segment) and, inside a segment,
 * over (pattern token, character): time O(pattern length × path length), no recursion,
 * no regex built from the pattern. Patterns longer than MAX_GLOB_LENGTH are refused by
 * `checkGlob` (callers report and skip them). Semantics follow picomatch (config globs)
 * and git (ignore files, see gitignore-rules.ts); property tests compare both
 * (test/core/fs/glob-match.test.ts).
 */

/** Longest accepted pattern (characters). Real ignore patterns are far shorter. */
export const MAX_GLOB_LENGTH = 1_024;
/** Most alternatives one pattern's braces may expand to. */
const MAX_BRACE_EXPANSIONS = 64;

type Token =
  | { kind: 'literal'; char: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // *
  | { kind: 'class'; negated: boolean; ranges: Array<[number, number]> };

/** A pattern segment: `**` (any number of path segments) or a list of tokens. */
type Segment = { globstar: true } | { globstar: false; tokens: Token[]; dotLiteral: boolean };

export interface GlobOptions {
  /** `*`, `?` and `**` match names starting with a dot (picomatch `dot`; git always does). */
  dot?: boolean;
  /** `{a,b}` alternatives (picomatch: yes, the default; git: no, braces are literal). */
  braces?: boolean;
}

/** Why a pattern is refused, or undefined when it can be used. */
export function checkGlob(pattern: string, options: GlobOptions = {}): string | undefined {
  if (pattern.length > MAX_GLOB_LENGTH) return `pattern too long (${pattern.length} characters; the limit is ${MAX_GLOB_LENGTH})`;
  if (options.braces !== false && expandBraces(pattern) === undefined) return `too many brace alternatives (more than ${MAX_BRACE_EXPANSIONS})`;
  return undefined;
}

/** A matcher for '/'-separated paths. Throws on a pattern `checkGlob` refuses. */
export function compileGlob(pattern: string, options: GlobOptions = {}): (path: string) => boolean {
  const refusal = checkGlob(pattern, options);
  if (refusal) throw new Error(refusal);
  const alternatives = (options.braces === false ? [pattern] : (expandBraces(pattern) as string[])).map(parseSegments);
  const dot = options.dot ?? false;
  return (path) => {
    const parts = path.split('/').filter((part) => part !== '');
    return alternatives.some((segments) => matchSegments(segments, parts, dot));
  };
}

/** `{a,b}` alternatives, expanded (nested braces too); undefined past the limit. */
function expandBraces(pattern: string): string[] | undefined {
  let results = [pattern];
  for (let round = 0; round < MAX_BRACE_EXPANSIONS; round++) {
    const next: string[] = [];
    let changed = false;
    for (const item of results) {
      const group = innermostBraces(item);
      if (!group) {
        next.push(item);
        continue;
      }
      changed = true;
      for (const option of group.options) next.push(item.slice(0, group.start) + option + item.slice(group.end + 1));
      if (next.length > MAX_BRACE_EXPANSIONS) return undefined;
    }
    results = next;
    if (!changed) return results;
  }
  return undefined;
}

/** The first `{…,…}` without braces inside (escaped braces and class brackets excluded). */
function innermostBraces(pattern: string): { start: number; end: number; options: string[] } | undefined {
  let open = -1;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '{') open = i;
    else if (c === '}' && open !== -1) {
      const body = pattern.slice(open + 1, i);
      const options = splitTopLevelCommas(body);
      if (options.length > 1) return { start: open, end: i, options };
      open = -1;
    }
  }
  return undefined;
}

function splitTopLevelCommas(body: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === ',') {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

function parseSegments(pattern: string): Segment[] {
  // Empty parts (leading, trailing or doubled slashes) are not segments, as in paths.
  const parts = pattern.split('/').filter((part) => part !== '');
  const segments: Segment[] = [];
  for (const part of parts) {
    if (part === '**') {
      if (segments.at(-1)?.globstar !== true) segments.push({ globstar: true });
      continue;
    }
    const tokens = parseTokens(part);
    segments.push({ globstar: false, tokens, dotLiteral: tokens[0]?.kind === 'literal' && (tokens[0] as { char: string }).char === '.' });
  }
  return segments;
}

function parseTokens(part: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === '\\' && i + 1 < part.length) {
      tokens.push({ kind: 'literal', char: part[++i] });
    } else if (c === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[') {
      const parsed = parseClass(part, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'literal', char: c });
    } else {
      tokens.push({ kind: 'literal', char: c });
    }
  }
  return tokens;
}

function parseClass(part: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  let negated = false;
  if (part[i] === '!' || part[i] === '^') {
    negated = true;
    i++;
  }
  const ranges: Array<[number, number]> = [];
  let first = true;
  for (; i < part.length; i++) {
    let c = part[i];
    if (c === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < part.length) c = part[++i];
    const low = c.codePointAt(0) as number;
    if (part[i + 1] === '-' && i + 2 < part.length && part[i + 2] !== ']') {
      let high = part[i + 2];
      i += 2;
      if (high === '\\' && i + 1 < part.length) high = part[++i];
      ranges.push([low, high.codePointAt(0) as number]);
    } else ranges.push([low, low]);
  }
  return undefined; // no closing bracket: a literal "["
}

/** Path segments against pattern segments; `**` takes any number of whole segments. */
function matchSegments(segments: Segment[], parts: string[], dot: boolean): boolean {
  // reach[j]: pattern prefix so far matches the first j path segments.
  let reach = new Uint8Array(parts.length + 1);
  reach[0] = 1;
  for (const segment of segments) {
    const next = new Uint8Array(parts.length + 1);
    if (segment.globstar) {
      let on = false;
      for (let j = 0; j <= parts.length; j++) {
        if (reach[j]) on = true;
        if (on) next[j] = 1;
        // `**` does not enter dot folders unless dot is set (picomatch).
        if (on && j < parts.length && !dot && parts[j].startsWith('.')) on = false;
      }
    } else {
      for (let j = 0; j < parts.length; j++) {
        if (reach[j] && matchSegment(segment, parts[j], dot)) next[j + 1] = 1;
      }
    }
    reach = next;
  }
  return reach[parts.length] === 1;
}

/** One name against one segment's tokens: DP over token × character, `*` never crosses '/'. */
function matchSegment(segment: Extract<Segment, { globstar: false }>, name: string, dot: boolean): boolean {
  if (!dot && name.startsWith('.') && !segment.dotLiteral) return false;
  const chars = Array.from(name);
  let reach = new Uint8Array(chars.length + 1);
  reach[0] = 1;
  for (const token of segment.tokens) {
    const next = new Uint8Array(chars.length + 1);
    if (token.kind === 'star') {
      let on = false;
      for (let k = 0; k <= chars.length; k++) {
        if (reach[k]) on = true;
        if (on) next[k] = 1;
      }
    } else {
      for (let k = 0; k < chars.length; k++) {
        if (reach[k] && tokenMatches(token, chars[k])) next[k + 1] = 1;
      }
    }
    reach = next;
  }
  return reach[chars.length] === 1;
}

function tokenMatches(token: Exclude<Token, { kind: 'star' }>, char: string): boolean {
  if (token.kind === 'literal') return token.char === char;
  if (token.kind === 'any') return true;
  const code = char.codePointAt(0) as number;
  const inside = token.ranges.some(([low, high]) => code >= low && code <= high);
  return inside !== token.negated;
}
