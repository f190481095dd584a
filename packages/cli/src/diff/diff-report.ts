/**
 * `smslint diff` output: stylish (terminal), json (tools), markdown (a pull request comment
 * or job summary: a compact table, biggest cost changes first, details collapsed).
 */
import { formatMoney, formatMoneyRange } from '@smslint/core';
import type { TemplateCostSummary } from '../report/template-cost-summary.js';
import type { TemplateChange } from './compare.js';

export interface DiffReport {
  base: string;
  /** The commit `base` resolved to. */
  baseCommit: string;
  changes: TemplateChange[];
}

/** Marks smslint's pull request comment, so the Action edits its own comment only. */
export const COMMENT_MARKER = '<!-- smslint-diff -->';

export const DIFF_FORMATS = ['stylish', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function range(min: number, max: number): string {
  return min === max ? `${max}` : `${min}–${max}`;
}

function money(value: { min: number; max: number } | null | undefined, currency: string | undefined): string | undefined {
  if (!value || currency === undefined) return undefined;
  return formatMoneyRange(value, currency);
}

/** "GSM-7, 2 segments, 0.0152 USD/message, 304.80 USD/month". */
export function describeCost(cost: TemplateCostSummary | undefined): string {
  if (!cost) return '—';
  const encoding = cost.encoding.min === cost.encoding.max ? cost.encoding.max : `${cost.encoding.min}/${cost.encoding.max}`;
  const parts = [encoding, `${range(cost.segments.min, cost.segments.max)} segment${cost.segments.max === 1 ? '' : 's'}`];
  const perMessage = money(cost.perMessage, cost.currency);
  if (perMessage) parts.push(`${perMessage}/message`);
  const perMonth = money(cost.perMonth, cost.currency);
  if (perMonth) parts.push(`${perMonth}/month`);
  return parts.join(', ');
}

function currencyOf(change: TemplateChange): string | undefined {
  return change.after?.currency ?? change.before?.currency;
}

/** "+152.40 USD/month", "−1 segment", "±0". */
export function describeImpact(change: TemplateChange): string {
  if (change.impact === 0) return '±0';
  const sign = change.impact > 0 ? '+' : '−';
  const size = Math.abs(change.impact);
  const currency = currencyOf(change);
  if (change.impactUnit === 'segments' || currency === undefined) return `${sign}${plural(size, 'segment')}`;
  return `${sign}${formatMoney(size, currency)}/${change.impactUnit === 'perMonth' ? 'month' : 'message'}`;
}

function where(change: TemplateChange): string {
  if (change.kind === 'moved' || (change.basePath && change.path && change.basePath !== change.path)) return `${change.basePath} → ${change.path}`;
  return (change.path ?? change.basePath)!;
}

export function formatDiff(report: DiffReport, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify({ base: report.base, baseCommit: report.baseCommit, changes: report.changes }, null, 2)}\n`;
  if (format === 'markdown') return markdown(report);
  return stylish(report);
}

function stylish(report: DiffReport): string {
  if (report.changes.length === 0) return `No template changes since ${report.base}.\n`;
  const lines: string[] = [];
  for (const change of report.changes) {
    lines.push(`${change.kind.padEnd(7)} ${change.id}  ${where(change)}  ${describeImpact(change)}${change.increased ? '  (costs more)' : ''}`);
    if (change.before) lines.push(`          before: ${describeCost(change.before)}`);
    if (change.after) lines.push(`          after:  ${describeCost(change.after)}`);
    if (change.after?.profileEffect) lines.push(`          ${change.after.profileEffect}`);
    if (change.after && change.after.segments.max > 1) lines.push(`          fit:    ${change.after.fit}`);
    for (const f of change.newFindings) lines.push(`          new ${f.severity} ${f.ruleId}: ${f.message}`);
    for (const f of change.fixedFindings) lines.push(`          fixed ${f.ruleId}: ${f.message}`);
  }
  const more = report.changes.filter((c) => c.increased).length;
  lines.push('', `${plural(report.changes.length, 'template')} changed since ${report.base}; ${more} cost${more === 1 ? 's' : ''} more.`);
  return `${lines.join('\n')}\n`;
}

/** Table cells cannot hold a pipe or a line break; template text must not become HTML in a comment. */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function markdown(report: DiffReport): string {
  const out = [COMMENT_MARKER, '### smslint: what this change costs', ''];
  if (report.changes.length === 0) {
    out.push(`No SMS template changed since \`${report.base}\`.`);
    return `${out.join('\n')}\n`;
  }
  const more = report.changes.filter((c) => c.increased).length;
  out.push(`${plural(report.changes.length, 'template')} changed since \`${report.base}\`${more > 0 ? `, **${more} cost${more === 1 ? 's' : ''} more**` : ''}.`, '');
  out.push('| template | change | before | after | cost change | findings |', '| --- | --- | --- | --- | --- | --- |');
  for (const change of report.changes) {
    const findings = [change.newFindings.length ? `+${change.newFindings.length} new` : '', change.fixedFindings.length ? `${change.fixedFindings.length} fixed` : '']
      .filter(Boolean)
      .join(', ');
    const impact = describeImpact(change);
    out.push(
      `| \`${cell(change.id)}\` | ${change.kind} | ${cell(describeCost(change.before))} | ${cell(describeCost(change.after))} | ${change.increased ? `**${impact}**` : impact} | ${findings || '—'} |`,
    );
  }
  out.push('', '<details><summary>Details</summary>', '');
  for (const change of report.changes) {
    out.push(`#### \`${cell(change.id)}\` (${change.kind}) — ${cell(where(change))}`, '');
    if (change.after) out.push(`- Fit: ${cell(change.after.fit)}`);
    if (change.after?.profileEffect) out.push(`- ${cell(change.after.profileEffect)}`);
    for (const f of change.newFindings) out.push(`- New ${f.severity} \`${f.ruleId}\`: ${cell(f.message)}`);
    for (const f of change.fixedFindings) out.push(`- Fixed \`${f.ruleId}\`: ${cell(f.message)}`);
    out.push('');
  }
  out.push('</details>');
  return `${out.join('\n')}\n`;
}
