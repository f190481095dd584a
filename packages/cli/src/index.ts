/** Programmatic entry points of the smslint CLI (the binary is bin/smslint.js). */
export { main, run } from './main.js';
export { ExitCode } from './exit-codes.js';
export { formatters, FORMAT_NAMES, type FormatName, type FormatContext, type Formatter } from './format/index.js';
export type { FileReport, ReportMessage, TemplateSummary } from './report/file-report.js';
export { writeFileAtomic } from './files/atomic-write.js';
