/**
 * Whether a template is over its segment budget. The budget (`maxSegments` in metadata or
 * config) is the server's business: its `segment-budget` rule reports a diagnostic inside
 * the template when the worst-case rendering exceeds it, so the client reads that finding
 * (which also honours the rule being turned off). Pure: structural types, no `vscode` import.
 */
interface Position {
  line: number;
  character: number;
}

interface Range {
  start: Position;
  end: Position;
}

/** The parts of a `vscode.Diagnostic` this needs. */
export interface DiagnosticLike {
  source?: string;
  code?: string | number | { value: string | number };
  message: string;
  range: Range;
}

export const SEGMENT_BUDGET_RULE = 'segment-budget';

export interface SegmentBudget {
  exceeded: boolean;
  /** The rule's message, e.g. "Up to 3 segments; the budget is 2.". */
  message?: string;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function ruleId(code: DiagnosticLike['code']): string | number | undefined {
  return typeof code === 'object' && code !== null ? code.value : code;
}

export function segmentBudget(diagnostics: readonly DiagnosticLike[], templateRange: Range): SegmentBudget {
  const finding = diagnostics.find(
    (d) => d.source === 'smslint' && ruleId(d.code) === SEGMENT_BUDGET_RULE && overlaps(d.range, templateRange),
  );
  return finding ? { exceeded: true, message: finding.message } : { exceeded: false };
}
