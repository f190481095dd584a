import { LineIndex, readRegularTextFile, type ConfigError } from '@smslint/core';
import { displayPath } from '../files/discover-files.js';
import type { ConfigProblem } from './file-report.js';

/** The plain, serialisable form of a core ConfigError (it crosses worker threads). */
export function toConfigProblem(error: ConfigError): ConfigProblem {
  return {
    file: error.file,
    message: error.message,
    ...(error.pointer !== undefined ? { pointer: error.pointer } : {}),
    ...(error.range !== undefined ? { offset: error.range.start } : {}),
  };
}

/** A config problem placed for reports: display path, 1-based line and column, plain message. */
export interface LocatedConfigProblem {
  /** Path relative to the working folder, forward slashes. */
  filePath: string;
  line: number;
  column: number;
  /** Where in the config the problem is (JSON pointer), when known. */
  pointer?: string;
  message: string;
  /** Whether line and column come from the problem (else they are 1:1). */
  located: boolean;
}

/**
 * Line and column come from the config file as it is now (it is small; an unreadable file
 * just loses the position and points at 1:1).
 */
export function locateConfigProblem(problem: ConfigProblem, cwd: string): LocatedConfigProblem {
  let line = 1;
  let located = false;
  let column = 1;
  if (problem.offset !== undefined) {
    const read = readRegularTextFile(problem.file);
    if (read.ok) {
      const position = new LineIndex(read.text).positionAt(problem.offset);
      line = position.line + 1;
      column = position.character + 1;
      located = true;
    }
  }
  // Schema messages may already start with the pointer ("/kind: must be string").
  const message = problem.pointer && problem.message.startsWith(`${problem.pointer}: `) ? problem.message.slice(problem.pointer.length + 2) : problem.message;
  return {
    filePath: displayPath(cwd, problem.file),
    line,
    column,
    ...(problem.pointer ? { pointer: problem.pointer } : {}),
    message,
    located,
  };
}

/** `smslint: invalid config smslint.config.json:3:19 at /rules/text-speak: message` — the location an editor can jump to. */
export function formatConfigProblem(problem: ConfigProblem, cwd: string): string {
  const located = locateConfigProblem(problem, cwd);
  const where = located.located ? `${located.filePath}:${located.line}:${located.column}` : located.filePath;
  return `smslint: invalid config ${where}${describeConfigProblem(located)}\n`;
}

/** " at /rules/x: message" or ": message", after the file name. */
export function describeConfigProblem(problem: Pick<LocatedConfigProblem, 'pointer' | 'message'>): string {
  return `${problem.pointer ? ` at ${problem.pointer}` : ''}: ${problem.message}`;
}
