import type { BodyNode, Template } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
import { MASK } from '../template/body.js';
import { scanMustaches } from '../template/dialects/mustache-scan.js';

/** A template's literal text (what is sent around its placeholders) with a map back to the document. */
export interface LiteralText {
  /** Body text outside every mustache, line breaks as sent (LF). */
  text: string;
  /** Document offset of each UTF-16 unit of `text`. */
  offsets: number[];
}

/**
 * The literal text with its map back as runs: `text` from `runs[i].at` up to the next run
 * came unit for unit from the document at `runs[i].from`. Built from slices, so a long body
 * costs a few runs rather than a string and an offset per character.
 */
export interface LiteralRuns {
  text: string;
  /** In text order; `at` strictly increasing, the first at 0 (none for empty text). */
  runs: Array<{ at: number; from: number }>;
}

/** Append document[range] to `out` as sent: CRLF and lone CR become LF (sms-facts.md §1). */
function appendRaw(document: string, range: OffsetRange, out: LiteralRuns): void {
  let from = range.start;
  while (from < range.end) {
    const stop = nextCr(document, from, range.end);
    if (stop > from) {
      addRun(out, from);
      out.text += document.slice(from, stop);
    }
    if (stop === range.end) return;
    if (stop + 1 < range.end && document.charCodeAt(stop + 1) === 0x0a) {
      from = stop + 1; // CR LF: the CR is dropped, the LF is sent from its own offset
    } else {
      addRun(out, stop); // a lone CR is sent as LF from the same offset
      out.text += '\n';
      from = stop + 1;
    }
  }
}

/**
 * The first CR in document[from, end), or `end`. Not `indexOf`: in a document without CRs it
 * would scan on to the end of the file for every text node, quadratic in a large catalog.
 */
function nextCr(document: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (document.charCodeAt(i) === 13) return i;
  return end;
}

/** Starts a run at the end of the text, unless the last run continues right up to `from`. */
function addRun(out: LiteralRuns, from: number): void {
  const at = out.text.length;
  const last = out.runs[out.runs.length - 1];
  if (last && last.from + (at - last.at) === from) return;
  out.runs.push({ at, from });
}

function appendNodes(document: string, nodes: BodyNode[], out: LiteralRuns): void {
  for (const node of nodes) {
    if (node.type === 'text') appendRaw(document, node.range, out);
    else if (node.type === 'block') {
      appendNodes(document, node.program, out);
      if (node.inverse) appendNodes(document, node.inverse, out);
    }
  }
}

/**
 * The literal text of a body as runs: the parsed text nodes (every branch of a block
 * included), or, when the body did not parse, the source minus anything that looks like a
 * mustache.
 */
export function literalRuns(template: Template, document: string): LiteralRuns {
  const out: LiteralRuns = { text: '', runs: [] };
  const { source, range } = template.body;
  if (template.body.nodes.length > 0 || source.trim() === '') {
    appendNodes(document, template.body.nodes, out);
    return out;
  }
  if (template.body.dialect !== undefined && template.body.dialect !== 'handlebars') {
    // Another dialect's body that did not parse: what its lexical scan left unmasked.
    const { masked } = template.body;
    for (let at = 0; at < masked.length; ) {
      while (at < masked.length && masked[at] === MASK) at++;
      let to = at;
      while (to < masked.length && masked[to] !== MASK) to++;
      if (to > at) appendRaw(document, { start: range.start + at, end: range.start + to }, out);
      at = to;
    }
    return out;
  }
  let from = range.start;
  for (const mustache of scanMustaches(source, range.start)) {
    appendRaw(document, { start: from, end: mustache.range.start }, out);
    from = mustache.range.end;
  }
  appendRaw(document, { start: from, end: range.end }, out);
  return out;
}

/** Document offset of the unit at `index` of the literal text (0 ≤ index < text.length). */
export function documentOffset(literal: LiteralRuns, index: number): number {
  const { runs } = literal;
  let low = 0;
  let high = runs.length - 1;
  // The last run starting at or before `index`.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs[mid].at <= index) low = mid;
    else high = mid - 1;
  }
  return runs[low].from + (index - runs[low].at);
}

/** The literal text of a body with the document offset of every unit (see `literalRuns`). */
export function literalText(template: Template, document: string): LiteralText {
  const literal = literalRuns(template, document);
  const offsets: number[] = new Array(literal.text.length);
  for (let i = 0; i < literal.runs.length; i++) {
    const { at, from } = literal.runs[i];
    const end = i + 1 < literal.runs.length ? literal.runs[i + 1].at : literal.text.length;
    for (let unit = at; unit < end; unit++) offsets[unit] = from + (unit - at);
  }
  return { text: literal.text, offsets };
}
