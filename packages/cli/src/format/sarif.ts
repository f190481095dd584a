import type { RuleMeta, Severity } from '@smslint/core';
import type { FileReport, ReportMessage } from '../report/file-report.js';
import { INFORMATION_URI } from '../version.js';
import type { FormatContext, Formatter } from './format-context.js';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<Severity | 'off', SarifLevel> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** Findings the engine reports outside the rule registry. */
const PSEUDO_RULES: Record<string, { description: string; level: SarifLevel }> = {
  'parse-error': { description: 'The template file could not be parsed (front matter, structure or Handlebars).', level: 'error' },
  'read-error': { description: 'The file could not be read as UTF-8 text (missing, unreadable, binary, UTF-16 or too large).', level: 'error' },
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties?: Record<string, unknown>;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule described once in tool.driver.rules,
 * repo-relative URIs under %SRCROOT%, 1-based UTF-16 regions, line-independent fingerprints.
 */
export const formatSarif: Formatter = (reports, context) => {
  const rules: SarifRule[] = context.rules.map(describeRule);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = rules.push(describePseudoRule(id)) - 1;
      index.set(id, i);
    }
    return i;
  };
  const results = reports.flatMap((report) => report.messages.map((m) => sarifResult(report, m, ruleIndex(m.ruleId))));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'smslint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [invocation(reports, context)],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * Code scanning shows a failed invocation and its notifications: a broken config or an
 * unreadable file must not look like a clean run with 0 results.
 */
function invocation(reports: readonly FileReport[], context: FormatContext) {
  const notifications = context.runErrors.map((e) => ({
    level: 'error' as const,
    message: { text: e.message },
    ...(e.filePath !== undefined
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relativeUri(e.filePath), uriBaseId: '%SRCROOT%' },
                region: { startLine: e.line ?? 1, startColumn: e.column ?? 1 },
              },
            },
          ],
        }
      : {}),
  }));
  const readErrors = reports.some((r) => r.readError);
  return {
    executionSuccessful: notifications.length === 0 && !readErrors,
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };
}

function describeRule(meta: RuleMeta): SarifRule {
  const severity = meta.defaultSeverity.support ?? 'warning';
  const full = `${meta.description}${meta.fixable ? ' Fixable with `smslint --fix`.' : ''}`;
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    help: {
      text: `${full} Documentation: ${meta.docsUrl}`,
      markdown: `${full}\n\n[Documentation for \`${meta.id}\`](${meta.docsUrl})`,
    },
    helpUri: meta.docsUrl,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ['sms'], defaultSeverity: meta.defaultSeverity },
  };
}

function describePseudoRule(id: string): SarifRule {
  const known = PSEUDO_RULES[id] ?? { description: `smslint ${id}`, level: 'warning' as const };
  return {
    id,
    shortDescription: { text: known.description },
    fullDescription: { text: known.description },
    help: { text: known.description, markdown: known.description },
    defaultConfiguration: { level: known.level },
  };
}

function sarifResult(report: FileReport, m: ReportMessage, ruleIndex: number) {
  return {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(report.filePath), uriBaseId: '%SRCROOT%' },
          region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
        },
      },
    ],
    partialFingerprints: { 'smslintFinding/v1': m.fingerprint },
    ...(m.templateId !== undefined ? { properties: { templateId: m.templateId } } : {}),
  };
}

/** A relative URI reference: each path segment percent-encoded, forward slashes. */
function relativeUri(posixPath: string): string {
  return posixPath.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const posix = dir.replace(/\\/g, '/');
  const path = posix.startsWith('/') ? posix : `/${posix}`;
  return `file://${path.split('/').map(encodeURIComponent).join('/')}${path.endsWith('/') ? '' : '/'}`;
}
