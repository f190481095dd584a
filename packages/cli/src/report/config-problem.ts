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

/**
 * `smslint: invalid config smslint.config.json:3:19 at /rules/text-speak: message` — the
 * location an editor can jump to. Line and column come from the config file as it is now
 * (it is small; an unreadable file just loses the position).
 */
export function formatConfigProblem(problem: ConfigProblem, cwd: string): string {
  let where = displayPath(cwd, problem.file);
  if (problem.offset !== undefined) {
    const read = readRegularTextFile(problem.file);
    if (read.ok) {
      const position = new LineIndex(read.text).positionAt(problem.offset);
      where += `:${position.line + 1}:${position.character + 1}`;
    }
  }
  const pointer = problem.pointer ? ` at ${problem.pointer}` : '';
  // Schema messages may already start with the pointer ("/kind: must be string").
  const message = problem.pointer && problem.message.startsWith(`${problem.pointer}: `) ? problem.message.slice(problem.pointer.length + 2) : problem.message;
  return `smslint: invalid config ${where}${pointer}: ${message}\n`;
}
