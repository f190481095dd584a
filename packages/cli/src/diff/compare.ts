/**
 * Matches templates of the base and the working tree by id (a template moved to another
 * file, or a renamed file, is the same template) and says what changed for each.
 */
import type { FindingSummary, TemplateState } from './template-states.js';
import type { TemplateCostSummary } from '../report/template-cost-summary.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface TemplateChange {
  id: string;
  title: string;
  kind: ChangeKind;
  /** Where it was and where it is (a move changes the path). */
  basePath?: string;
  path?: string;
  before?: TemplateCostSummary;
  after?: TemplateCostSummary;
  /** Findings in the working tree that the base did not have, and the ones it no longer has. */
  newFindings: FindingSummary[];
  fixedFindings: FindingSummary[];
  /**
   * How much more (positive) or less it costs, in the best unit known: money per month,
   * else per message, else segments. Sorting key; `impactUnit` says which.
   */
  impact: number;
  impactUnit: 'perMonth' | 'perMessage' | 'segments';
  /** The worst case costs more than before (more money, more segments, or GSM-7 → UCS-2). */
  increased: boolean;
}

const UNIT_RANK: Record<TemplateChange['impactUnit'], number> = { perMonth: 0, perMessage: 1, segments: 2 };

const findingKey = (f: FindingSummary) => `${f.ruleId}\0${f.message}`;

function minus(a: FindingSummary[], b: FindingSummary[]): FindingSummary[] {
  const seen = new Set(b.map(findingKey));
  return a.filter((f) => !seen.has(findingKey(f)));
}

/** The worst case's value in the best unit both sides know. */
function impactOf(before: TemplateCostSummary | undefined, after: TemplateCostSummary | undefined): { impact: number; unit: TemplateChange['impactUnit'] } {
  const sides = [before, after].filter((s): s is TemplateCostSummary => s !== undefined);
  const value = (side: TemplateCostSummary | undefined, pick: (s: TemplateCostSummary) => number | undefined) => (side ? pick(side) ?? 0 : 0);
  if (sides.every((s) => s.perMonth)) return { impact: value(after, (s) => s.perMonth?.max) - value(before, (s) => s.perMonth?.max), unit: 'perMonth' };
  if (sides.every((s) => s.perMessage)) return { impact: value(after, (s) => s.perMessage?.max) - value(before, (s) => s.perMessage?.max), unit: 'perMessage' };
  return { impact: value(after, (s) => s.segments.max) - value(before, (s) => s.segments.max), unit: 'segments' };
}

function costsMore(before: TemplateCostSummary | undefined, after: TemplateCostSummary | undefined, impact: number): boolean {
  if (!after) return false;
  if (!before) return true;
  return impact > 0 || after.segments.max > before.segments.max || (before.encoding.max === 'GSM-7' && after.encoding.max === 'UCS-2');
}

function sameCost(a: TemplateCostSummary, b: TemplateCostSummary): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Ids that appear once on a side match across files; duplicates match within their file. */
function keyed(states: TemplateState[]): Map<string, TemplateState> {
  const counts = new Map<string, number>();
  for (const s of states) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
  return new Map(states.map((s) => [counts.get(s.id)! > 1 ? `${s.path}#${s.id}` : s.id, s]));
}

/**
 * A single-template file takes its id from its name, so a renamed file would read as one
 * template removed and another added: match it to its new id instead.
 */
function followRenames(base: TemplateState[], head: TemplateState[], renamed: ReadonlyMap<string, string>): TemplateState[] {
  const newIds = new Map<TemplateState, string>();
  for (const [from, to] of renamed) {
    const was = base.filter((s) => s.path === from);
    const is = head.filter((s) => s.path === to);
    if (was.length === 1 && is.length === 1 && was[0].id !== is[0].id) newIds.set(was[0], is[0].id);
  }
  return newIds.size === 0 ? base : base.map((s) => (newIds.has(s) ? { ...s, id: newIds.get(s)! } : s));
}

export function compareTemplates(baseStates: TemplateState[], head: TemplateState[], renamed: ReadonlyMap<string, string>): TemplateChange[] {
  const base = followRenames(baseStates, head, renamed);
  const before = keyed(base);
  const after = keyed(head);
  const changes: TemplateChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    let kind: ChangeKind;
    if (!b) kind = 'added';
    else if (!a) kind = 'removed';
    else if (b.body !== a.body || !sameCost(b.cost, a.cost) || minus(a.findings, b.findings).length > 0 || minus(b.findings, a.findings).length > 0) kind = 'changed';
    else if (renamed.get(b.path) !== a.path && b.path !== a.path) kind = 'moved';
    else continue; // the same template in a renamed or otherwise edited file
    const { impact, unit } = impactOf(b?.cost, a?.cost);
    changes.push({
      id: (a ?? b)!.id,
      title: (a ?? b)!.title,
      kind,
      ...(b ? { basePath: b.path, before: b.cost } : {}),
      ...(a ? { path: a.path, after: a.cost } : {}),
      newFindings: minus(a?.findings ?? [], b?.findings ?? []),
      fixedFindings: minus(b?.findings ?? [], a?.findings ?? []),
      impact,
      impactUnit: unit,
      increased: costsMore(b?.cost, a?.cost, impact),
    });
  }
  // Biggest cost changes first (either way): money before segments, then by size, then by id.
  return changes.sort(
    (x, y) => UNIT_RANK[x.impactUnit] - UNIT_RANK[y.impactUnit] || Math.abs(y.impact) - Math.abs(x.impact) || x.id.localeCompare(y.id),
  );
}
