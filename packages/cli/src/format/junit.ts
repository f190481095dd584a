import type { FileReport, ReportMessage } from '../report/file-report.js';
import type { Formatter } from './format-context.js';

/** The pseudo test case of findings that belong to no template (and of unreadable files). */
const FILE_CASE = '(file)';

/**
 * XML 1.0 cannot carry most C0 controls, lone surrogates or U+FFFE/U+FFFF even as character
 * references, so those become a visible \uXXXX; markup characters become entities.
 */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\t\n\r]/g,
    (ch) => {
      switch (ch) {
        case '&': return '&amp;';
        case '<': return '&lt;';
        case '>': return '&gt;';
        case '"': return '&quot;';
        case "'": return '&apos;';
        case '\t': return '&#9;';
        case '\n': return '&#10;';
        case '\r': return '&#13;';
        default: return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      }
    },
  );
}

/** JUnit XML: a suite per file, a test case per template (classname = file, name = template id), a failure per error. */
export const formatJunit: Formatter = (reports, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  const errors = context.runErrors.length;
  if (errors > 0) {
    // A run error is a JUnit <error> (the test could not run), not a <failure>: CI marks the job broken.
    const cases = context.runErrors.map((e) => {
      const where = e.filePath !== undefined ? `${e.filePath}:${e.line ?? 1}:${e.column ?? 1} ` : '';
      const file = e.filePath ?? 'smslint';
      return `    <testcase classname="${escapeXml(file)}" name="configuration">\n      <error message="${escapeXml(e.message)}" type="smslint-run-error">${escapeXml(`${where}${e.message}`)}</error>\n    </testcase>`;
    });
    tests += errors;
    suites.push(`  <testsuite name="smslint run" tests="${errors}" failures="0" errors="${errors}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  for (const report of reports) {
    const cases = testCases(report);
    const suiteFailures = cases.reduce((n, c) => n + c.errors.length, 0);
    tests += cases.length;
    failures += suiteFailures;
    const body = cases.map((c) => testCase(report.filePath, c.name, c.errors));
    suites.push(
      `  <testsuite name="${escapeXml(report.filePath)}" tests="${cases.length}" failures="${suiteFailures}" errors="0">\n${body.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="smslint" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function testCases(report: FileReport): { name: string; errors: ReportMessage[] }[] {
  const byTemplate = new Map<string, ReportMessage[]>(report.templates.map((t) => [t.id, []]));
  const fileLevel: ReportMessage[] = [];
  for (const m of report.messages) {
    if (m.severity !== 'error') continue;
    const list = m.templateId !== undefined ? byTemplate.get(m.templateId) : undefined;
    (list ?? fileLevel).push(m);
  }
  const cases = [...byTemplate].map(([name, errors]) => ({ name, errors }));
  if (fileLevel.length > 0 || cases.length === 0) cases.push({ name: FILE_CASE, errors: fileLevel });
  return cases;
}

function testCase(file: string, name: string, errors: ReportMessage[]): string {
  const open = `    <testcase classname="${escapeXml(file)}" name="${escapeXml(name)}"`;
  if (errors.length === 0) return `${open}/>`;
  const failures = errors.map(
    (m) =>
      `      <failure message="${escapeXml(m.message)}" type="${escapeXml(m.ruleId)}">${escapeXml(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)}</failure>`,
  );
  return `${open}>\n${failures.join('\n')}\n    </testcase>`;
}
