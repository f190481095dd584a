/**
 * What the status bar says about the template under the cursor. Pure (no `vscode`
 * import) so it is unit-tested without an editor; src/status-bar.ts applies it.
 */
import type { SegmentBudget } from './segment-budget.js';
import { costText } from './preview-model.js';
import { describeDriver } from './segment-drivers.js';
import type { TemplateInfo } from './template-info.js';

export type StatusSeverity = 'normal' | 'warning';

export interface StatusBarView {
  /** e.g. "GSM-7 · 2 segments (187/306)". */
  text: string;
  /** Plain-text, multi-line details. */
  tooltip: string;
  /** 'warning' when the template can exceed its segment budget. */
  severity: StatusSeverity;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Septets for GSM-7, UTF-16 code units for UCS-2 (sms-facts.md §1, "Capacity"). */
function unitName(info: TemplateInfo): string {
  return info.encoding === 'GSM-7' ? 'septets' : 'UTF-16 units';
}

function describeCharacter(note: TemplateInfo['ucs2Characters'][number]): string {
  const code = `U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const shown = /\s|\p{C}/u.test(note.char) ? code : `"${note.char}" ${code}`;
  return note.name ? `${shown} ${note.name}` : shown;
}

/** Distinct characters, first occurrence first, so "’" five times is listed once. */
function distinctCharacters(info: TemplateInfo): TemplateInfo['ucs2Characters'] {
  const seen = new Set<string>();
  return info.ucs2Characters.filter((note) => {
    if (seen.has(note.char)) return false;
    seen.add(note.char);
    return true;
  });
}

export function statusBarView(info: TemplateInfo, budget: SegmentBudget = { exceeded: false }): StatusBarView {
  const capacity = info.segments * info.perSegment;
  let text = `${info.encoding} · ${plural(info.segments, 'segment', 'segments')} (${info.units}/${capacity})`;
  // Placeholders can render longer than the sample: say so, the bill follows the longest.
  if (info.max > info.segments) text += ` · up to ${info.max}`;
  // Money where the config has prices: the most one message can cost.
  if (info.cost?.perMessage) text += ` · ${info.cost.perMessage.split('–').pop()}`;

  const lines = [`smslint · template "${info.templateId}"`];
  const characters = distinctCharacters(info);
  if (info.encoding === 'UCS-2' && characters.length > 0) {
    const listed = characters.slice(0, 5).map(describeCharacter).join(', ');
    const more = characters.length > 5 ? ` and ${characters.length - 5} more` : '';
    lines.push(`Encoding: UCS-2, forced by ${listed}${more}`);
  } else {
    lines.push(`Encoding: ${info.encoding}`);
  }
  lines.push(
    `Sample: ${plural(info.segments, 'segment', 'segments')}, ${info.units} of ${capacity} ${unitName(info)} (${info.perSegment} per segment)`,
  );
  if (info.min !== info.max) {
    lines.push(`With any variable values: ${info.min}–${info.max} segments${info.exact ? '' : ' (bounds)'}`);
  }
  for (const driver of info.maxDrivers.slice(0, 3)) lines.push(`Maximum driven by ${describeDriver(driver)}`);
  if (budget.exceeded) lines.push(budget.message ?? 'The longest rendering exceeds the segment budget.');
  const cost = costText(info);
  if (cost) lines.push(cost);
  if (info.cost) lines.push(`Worst case: ${info.cost.fit}${info.cost.profileEffect ? ` (${info.cost.profileEffect})` : ''}`);
  lines.push('Click to preview the message.');

  return { text, tooltip: lines.join('\n'), severity: budget.exceeded ? 'warning' : 'normal' };
}
