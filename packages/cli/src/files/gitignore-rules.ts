import { checkGlob, compileGlob } from '@smslint/core';

/**
 * `.gitignore` / `.smslintignore` semantics (git's gitignore(5)) on the linear-time glob
 * matcher, replacing the `ignore` package, whose regexes backtrack exponentially on
 * repository-controlled patterns (`**\/a/` repeated took 20 s; 64K-character patterns
 * crashed). Property-tested against `ignore` (test/cli/gitignore-rules.test.ts).
 */
/** Git globs: dot files match wildcards, braces are literal. */
const GIT = { dot: true, braces: false } as const;

interface Rule {
  negated: boolean;
  dirOnly: boolean;
  matches: (path: string) => boolean;
}

/** A pattern line that cannot be used, for the user (file and line are the caller's). */
export interface RefusedPattern {
  line: number;
  reason: string;
}

export class GitignoreRules {
  private readonly rules: Rule[] = [];
  readonly refused: RefusedPattern[] = [];

  /** Add the lines of an ignore file (or patterns), in order: later lines win. */
  add(content: string | readonly string[]): this {
    const lines = typeof content === 'string' ? content.split(/\r?\n|\r/) : content;
    lines.forEach((line, index) => {
      const rule = parseLine(line);
      if (rule === undefined) return;
      const refusal = checkGlob(rule.glob, GIT);
      if (refusal) {
        this.refused.push({ line: index + 1, reason: refusal });
        return;
      }
      this.rules.push({ negated: rule.negated, dirOnly: rule.dirOnly, matches: compileGlob(rule.glob, GIT) });
    });
    return this;
  }

  /**
   * Whether a path relative to the rules' folder ('/'-separated; a folder may end with '/')
   * is ignored. As in git, a path inside an ignored folder is ignored whatever later rules say.
   */
  ignores(path: string): boolean {
    const isDirectory = path.endsWith('/');
    const parts = path.split('/').filter((part) => part !== '');
    for (let i = 1; i < parts.length; i++) {
      if (this.decide(parts.slice(0, i).join('/'), true)) return true;
    }
    return this.decide(parts.join('/'), isDirectory);
  }

  private decide(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const rule of this.rules) {
      if (rule.dirOnly && !isDirectory) continue;
      if (rule.negated === ignored && rule.matches(path)) ignored = !rule.negated;
    }
    return ignored;
  }
}

/** One gitignore line as a glob relative to the file's folder, or undefined for none. */
function parseLine(raw: string): { glob: string; negated: boolean; dirOnly: boolean } | undefined {
  let line = raw;
  if (line === '' || line.startsWith('#')) return undefined;
  // Trailing spaces are dropped unless escaped with a backslash.
  line = line.replace(/(?<!\\)[ ]+$/, '');
  if (line.endsWith('\\ ')) line = `${line.slice(0, -2)} `;
  if (line === '') return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to the file's folder;
  // otherwise it matches at any depth.
  let glob = line.includes('/') ? line.replace(/^\/+/, '') : `**/${line}`;
  // `dir/**` matches everything inside dir, not dir itself.
  if (glob.endsWith('/**')) glob = `${glob}/*`;
  return { glob, negated, dirOnly };
}
