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

/**
 * A single-template file takes its id from its name, so a renamed file would read as one
 * template removed and another added: match it to its new id instead. A locale file's
 * strings are named by their key paths, which a rename does not change.
 */
function followRenames(base: TemplateState[], head: TemplateState[], renamed: ReadonlyMap<string, string>): TemplateState[] {
  const newIds = new Map<TemplateState, string>();
  for (const [from, to] of renamed) {
    const was = base.filter((s) => s.path === from);
    const is = head.filter((s) => s.path === to);
    if (was.length === 1 && is.length === 1 && !was[0].fromLocaleFile && !is[0].fromLocaleFile && was[0].id !== is[0].id) newIds.set(was[0], is[0].id);
  }
  return newIds.size === 0 ? base : base.map((s) => (newIds.has(s) ? { ...s, id: newIds.get(s)! } : s));
}

type Pair = { before?: TemplateState; after?: TemplateState };

/**
 * Pairs templates of the two sides: the same id in the same file (or the file it was
 * renamed to) first, so locale catalogs sharing ids pair up file by file; then an id left
 * once on each side is the same template moved to another file; the rest were removed or
 * added.
 */
function pairTemplates(base: TemplateState[], head: TemplateState[], renamed: ReadonlyMap<string, string>): Pair[] {
  const pairs: Pair[] = [];
  const unmatched = new Set(base);
  const byPlace = new Map<string, TemplateState[]>();
  for (const b of base) {
    const key = `${renamed.get(b.path) ?? b.path}\0${b.id}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), b]);
  }
  const homeless: TemplateState[] = [];
  for (const after of head) {
    const before = byPlace.get(`${after.path}\0${after.id}`)?.find((b) => unmatched.has(b));
    if (before) {
      unmatched.delete(before);
      pairs.push({ before, after });
    } else homeless.push(after);
  }
  const count = (states: Iterable<TemplateState>, id: string) => [...states].filter((s) => s.id === id);
  for (const after of homeless) {
    const sameId = count(unmatched, after.id);
    if (sameId.length === 1 && count(homeless, after.id).length === 1) {
      unmatched.delete(sameId[0]);
      pairs.push({ before: sameId[0], after });
    } else pairs.push({ after });
  }
  for (const before of unmatched) pairs.push({ before });
  return pairs;
}

export function compareTemplates(baseStates: TemplateState[], head: TemplateState[], renamed: ReadonlyMap<string, string>): TemplateChange[] {
  const changes: TemplateChange[] = [];
  for (const { before: b, after: a } of pairTemplates(followRenames(baseStates, head, renamed), head, renamed)) {
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
