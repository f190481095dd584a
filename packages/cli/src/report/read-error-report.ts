import { countMessages, type FileReport, type ReportMessage } from './file-report.js';

/** A file that could not be read: one file-level 'read-error' finding, nothing linted. */
export function readErrorReport(filePath: string, absolutePath: string, problem: string, line = 1): FileReport {
  return fileErrorReport(filePath, absolutePath, `Cannot read ${filePath}: ${problem}`, line);
}

/** A file-level I/O error (reading, or writing a fix back), reported under ruleId 'read-error'. */
export function fileErrorReport(filePath: string, absolutePath: string, text: string, line = 1): FileReport {
  const messages = [fileErrorMessage(filePath, text, line)];
  return { filePath, absolutePath, templates: [], messages, readError: true, ...countMessages({ messages }) };
}

/**
 * A fix that could not be written: the findings of the text as it is on disk stay, with
 * the reason first (the file was read and linted; only writing it back was refused).
 */
export function withWriteError(report: FileReport, text: string): FileReport {
  const messages = [fileErrorMessage(report.filePath, text, 1), ...report.messages];
  return { ...report, messages, readError: true, ...countMessages({ messages }) };
}

function fileErrorMessage(filePath: string, text: string, line: number): ReportMessage {
  return {
    ruleId: 'read-error',
    severity: 'error' as const,
    message: text,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    fingerprint: `read-error:${filePath}`,
  };
}
