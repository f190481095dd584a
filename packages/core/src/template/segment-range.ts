import { dialectOf } from './dialects/registry.js';
import { PLAIN_CAPACITY } from '../encoding/capacity.js';
import { countPolicy } from '../encoding/count-policy.js';
import { countSegments } from '../encoding/count-segments.js';
import { formsClusters } from '../encoding/graphemes.js';
import { GSM_SEPTETS } from '../encoding/gsm-alphabet.js';
import { segmentCost, type SegmentCost } from '../encoding/segment-cost.js';
import type { CountOptions, SegmentCount } from '../encoding/types.js';
import { characterName } from '../encoding/replacements.js';
import type { BlockNode, BodyNode, InferredTypeSource, SegmentDriver, SegmentRange, SegmentRangeOptions, Template, VariableSpec } from './types.js';
import {
  DEFAULT_VARIABLE,
  mayForceUcs2,
  maximumValue,
  minimumValue,
  resolveVariable,
  sampleValue,
  type ResolvedVariable,
} from './variable-values.js';

/** Branch combinations enumerated by default before bounding. */
export const DEFAULT_MAX_RENDERINGS = 256;

/** Literal text, or a variable (`> name` for a partial) whose value depends on the specs in use. */
type Piece = { text: string } | { variable: string };

interface Rendering {
  pieces: Piece[];
  /** Branch taken at each block this rendering passes through. */
  choices: Map<BlockNode, number>;
}

interface Alternative {
  label: string;
  nodes: BodyNode[];
}

/**
 * Segment counts over the renderings of a template (sms-facts.md §1, "Segment counts with
 * placeholders"): every branch combination of `if`/`unless`/`with`/other blocks, `each` with
 * 0 or 1 item, each variable at its minimum, worst-case maximum and sample value. More
 * combinations than `maxRenderings` fall back to sound bounds (all branches together for
 * the maximum, none for the minimum) with `exact: false`.
 */
export function templateSegmentRange(template: Template, options: SegmentRangeOptions = {}): SegmentRange {
  const inputs = rangeInputs(template, options);
  const count = inputs.counter.full;
  const worst = worstRendering(inputs);
  const minText = cheapestText(inputs, worst);
  const min = count(minText);
  const max = count(worst.text);
  const sample = renderText(boundPieces(inputs.nodes, 'sample'), 'sample', inputs.spec);
  const maxDrivers = written(driversOf(inputs, worst, min), template);
  return { min, max, sample: count(sample), minText, maxText: worst.text, sampleText: sample, maxDrivers, exact: worst.exact };
}

/**
 * The costs of a range without full counts, for callers that only compare them
 * (segment-budget): the maximum at once, the minimum and the drivers only when asked.
 * Always the same values as the matching fields of `templateSegmentRange`
 * (test/rules/segment-bounds.test.ts).
 */
export interface SegmentBounds {
  /** `templateSegmentRange(…).max`'s encoding, units and segments. */
  max: SegmentCost;
  maxText: string;
  exact: boolean;
  /** `templateSegmentRange(…).min`'s encoding, units and segments. */
  min(): SegmentCost;
  /** `templateSegmentRange(…).maxDrivers`, or its first `limit` entries (found without looking further). */
  maxDrivers(limit?: number): SegmentDriver[];
}

export function templateSegmentBounds(template: Template, options: SegmentRangeOptions = {}): SegmentBounds {
  const inputs = rangeInputs(template, options);
  const worst = worstRendering(inputs);
  let min: SegmentCost | undefined;
  const minCost = () => (min ??= inputs.counter.cost(cheapestText(inputs, worst)));
  return {
    max: worst.cost,
    maxText: worst.text,
    exact: worst.exact,
    min: minCost,
    maxDrivers: (limit = Infinity) => written(driversOf(inputs, worst, minCost(), limit), template),
  };
}

/** Variable drivers with their placeholder as the template's dialect writes it (not Handlebars: `{{name}}` is the default). */
function written(drivers: SegmentDriver[], template: Template): SegmentDriver[] {
  const dialect = dialectOf(template);
  if (dialect.id === 'handlebars') return drivers;
  for (const driver of drivers) if (driver.kind === 'variable') driver.placeholder = dialect.placeholder(driver.name);
  return drivers;
}

/** The maximum rendering, and what the drivers need to explain it. */
interface WorstRendering {
  rendering: Rendering;
  text: string;
  cost: SegmentCost;
  exact: boolean;
  /** Every rendering with its maximum cost; undefined past `maxRenderings` (bounded maximum). */
  renderings?: Array<{ rendering: Rendering; max: SegmentCost }>;
}

function worstRendering(inputs: RangeInputs): WorstRendering {
  const { spec, counter, limit, nodes } = inputs;
  if (combinations(nodes, limit) > limit) {
    const pieces = boundPieces(nodes, 'max');
    const text = renderText(pieces, 'max', spec);
    return { rendering: { pieces, choices: new Map() }, text, cost: counter.cost(text), exact: false };
  }
  const renderings = enumerate(nodes).map((rendering) => {
    const text = renderText(rendering.pieces, 'max', spec);
    return { rendering, text, max: counter.cost(text) };
  });
  let worst = 0;
  for (let i = 1; i < renderings.length; i++) if (isLess(renderings[worst].max, renderings[i].max)) worst = i;
  const { rendering, text, max } = renderings[worst];
  return { rendering, text, cost: max, exact: !containsOpenLength(nodes), renderings };
}

/** The minimum rendering's text: no blocks past the limit, else the first of the cheapest renderings. */
function cheapestText(inputs: RangeInputs, worst: WorstRendering): string {
  if (!worst.renderings) return renderText(boundPieces(inputs.nodes, 'min'), 'min', inputs.spec);
  const texts = worst.renderings.map((r) => renderText(r.rendering.pieces, 'min', inputs.spec));
  // A single rendering is the cheapest without comparing costs.
  return texts.length === 1 ? texts[0] : cheapest(texts, inputs.counter.cost);
}

/** What drives the maximum: the branch bound, literal characters, variables, then branches. */
function driversOf(inputs: RangeInputs, worst: WorstRendering, min: SegmentCost, limit = Infinity): SegmentDriver[] {
  const drivers: SegmentDriver[] = [];
  if (!worst.renderings) {
    drivers.push({
      kind: 'branch',
      name: 'all branches',
      detail: `more than ${inputs.limit} branch combinations: the maximum counts every branch at once (an upper bound)`,
    });
  }
  const max = worst.cost;
  drivers.push(...characterDrivers(worst.rendering.pieces, max, inputs.counter.full));
  // When the maximum costs no more than the minimum, no variable pushes it.
  if (min.segments !== max.segments || min.encoding !== max.encoding) {
    // Each variable costs a count of the whole text: stop once enough are found (a message shows 3).
    if (drivers.length < limit) drivers.push(...variableDrivers(worst.rendering.pieces, max, inputs.counter.cost, inputs.spec, inputs.sources, limit - drivers.length));
  }
  if (drivers.length < limit && worst.renderings && worst.renderings.length > 1) drivers.push(...branchDrivers(worst.rendering, worst.renderings));
  return drivers.slice(0, limit);
}

/**
 * The worst-case encoding, units and segments alone: always the same fields as
 * `templateSegmentRange(template, options).max`, without the minimum, sample, drivers and
 * character notes (for rules that compare maxima under several variable declarations,
 * such as placeholder-encoding-risk).
 */
export function templateMaxCost(template: Template, options: SegmentRangeOptions = {}): SegmentCost {
  return templateMaxCostUnder(template, options)(template.metadata.variables);
}

/**
 * `templateMaxCost` of the template with its `variables` metadata replaced by each
 * declaration asked about (as `{ ...template, metadata: { ...metadata, variables } }`
 * would give), enumerating its renderings once for all of them.
 */
export function templateMaxCostUnder(
  template: Template,
  options: SegmentRangeOptions = {},
): (variables: Record<string, VariableSpec> | undefined) => SegmentCost {
  const { counter, limit, nodes } = rangeInputs(template, options);
  const renderings = combinations(nodes, limit) > limit ? [boundPieces(nodes, 'max')] : enumerate(nodes).map((r) => r.pieces);
  return (variables) => {
    const spec = specResolver(variables, options, template);
    let max: SegmentCost | undefined;
    for (const pieces of renderings) {
      const here = counter.cost(renderText(pieces, 'max', spec));
      // The first of equal maxima wins, as in templateSegmentRange.
      if (!max || isLess(max, here)) max = here;
    }
    return max!;
  };
}

/**
 * `templateMaxCostUnder(template, options)` asked once per entry of `flips`, each time with
 * `base` plus that one variable redeclared (`{ ...base, [name]: flips.get(name) }`), and
 * always the same answers (test/core/template/max-cost-flips.test.ts), in time linear in the
 * body and the flipped values instead of quadratic (placeholder-encoding-risk asks this for
 * every risky variable: 2,000 placeholders took 78 s). The per-name text is never built
 * when the base rendering is GSM-7 text without CR or surrogates and the flipped value
 * makes it UCS-2: the count then follows from where the flipped value's pairs fall
 * (`ucs2PartsWithSplices`). Anything else is counted in full.
 */
export function templateMaxCostFlips(
  template: Template,
  options: SegmentRangeOptions,
  base: Record<string, VariableSpec>,
  flips: ReadonlyMap<string, VariableSpec>,
): Map<string, SegmentCost> {
  const { counter, limit, nodes } = rangeInputs(template, options);
  const renderings = combinations(nodes, limit) > limit ? [boundPieces(nodes, 'max')] : enumerate(nodes).map((r) => r.pieces);
  const baseSpec = specResolver(base, options, template);
  const fallback: VariableSpec = options.defaultVariable ?? template.defaultVariable ?? DEFAULT_VARIABLE;
  const { keepClusters, reference, shiftTables } = countPolicy(options.countOptions);
  const ucs2 = PLAIN_CAPACITY['UCS-2'][reference];
  // One mutable copy of `base`: each flip sets its name, asks, and restores it.
  const overlay: Record<string, VariableSpec> = { ...base };
  const result = new Map<string, SegmentCost>();
  for (const pieces of renderings) {
    const values = pieces.map((piece) => ('text' in piece ? piece.text : maximumValue(baseSpec(piece.variable))));
    const baseText = values.join('');
    const baseCost = counter.cost(baseText);
    const spliceable = shiftTables.length === 0 && baseCost.encoding === 'GSM-7' && !/[\r\ud800-\udfff]/.test(baseText);
    // Which pieces a flip of each name can change: the variable itself, or `this.x` / `./x` for `x`.
    const affected = new Map<string, number[]>();
    const starts: number[] = [];
    let offset = 0;
    pieces.forEach((piece, index) => {
      starts.push(offset);
      offset += values[index].length;
      if (!('variable' in piece)) return;
      const name = piece.variable;
      const key = name.startsWith('this.') ? name.slice(5) : name.startsWith('./') ? name.slice(2) : name;
      for (const target of key === name ? [name] : [name, key]) {
        if (!flips.has(target)) continue;
        const list = affected.get(target) ?? [];
        list.push(index);
        affected.set(target, list);
      }
    });
    for (const [name, spec] of flips) {
      const indices = affected.get(name);
      let cost = baseCost;
      if (indices) {
        const had = Object.hasOwn(overlay, name);
        const previous = overlay[name];
        overlay[name] = spec;
        const replaced = indices.map((index) => maximumValue(resolveVariable((pieces[index] as { variable: string }).variable, overlay, options.variables, fallback)));
        if (had) overlay[name] = previous;
        else delete overlay[name];
        const splices = indices.map((index, k) => ({ at: starts[index], removed: values[index].length, value: replaced[k] }));
        const parts = spliceable ? ucs2PartsWithSplices(baseText.length, splices, ucs2.perPart, keepClusters) : undefined;
        if (parts !== undefined) {
          const units = splices.reduce((total, s) => total + s.value.length - s.removed, baseText.length);
          cost = { encoding: 'UCS-2', units, segments: units <= ucs2.single ? 1 : parts };
        } else {
          let text = '';
          let from = 0;
          for (const s of splices) {
            text += baseText.slice(from, s.at) + s.value;
            from = s.at + s.removed;
          }
          cost = counter.cost(text + baseText.slice(from));
        }
      }
      const previous = result.get(name);
      // The first of equal maxima wins, as in templateMaxCostUnder.
      if (!previous || isLess(previous, cost)) result.set(name, cost);
    }
  }
  return result;
}

/**
 * The parts `packUtf16` makes of a text of `length` single-unit characters (GSM text
 * without CR or surrogates) with `splices` (in order) replacing some of it, without
 * building the text: runs of single units advance the greedy fill arithmetically, and only
 * the spliced values are walked. Undefined when a value could hold a multi-unit cluster
 * the arithmetic does not model (CR, or a cluster-forming character under 'keep'), or
 * would leave the text GSM-7: the caller then counts the text itself.
 */
function ucs2PartsWithSplices(
  length: number,
  splices: ReadonlyArray<{ at: number; removed: number; value: string }>,
  perPart: number,
  keepClusters: boolean,
): number | undefined {
  let parts = 1;
  let fill = 0;
  let unicode = false;
  // Single units: a part starts before each unit that finds the part full.
  const run = (units: number) => {
    if (units <= 0) return;
    parts += Math.floor((fill + units - 1) / perPart);
    fill = ((fill + units - 1) % perPart) + 1;
  };
  let from = 0;
  for (const { at, removed, value } of splices) {
    run(at - from);
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code === 0x0d) return undefined;
      let width = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
        const low = value.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) width = 2;
      }
      const codePoint = width === 2 ? (value.codePointAt(i) as number) : code;
      if (keepClusters && formsClusters(codePoint)) return undefined;
      if (GSM_SEPTETS[code] === 0 || width === 2) unicode = true;
      if (fill + width > perPart) {
        parts++;
        fill = 0;
      }
      fill += width;
      i += width - 1;
    }
    from = at + removed;
  }
  run(length - from);
  return unicode ? parts : undefined;
}

interface RangeInputs {
  spec: (name: string) => ResolvedVariable;
  sources: SegmentRangeOptions['inferredSources'];
  counter: Counter;
  limit: number;
  nodes: BodyNode[];
}

/** What the range functions start from: memoised variable specs and counts, and the body nodes. */
function rangeInputs(template: Template, options: SegmentRangeOptions): RangeInputs {
  const spec = specResolver(template.metadata.variables, options, template);
  const counter = memoCounter(options.countOptions, options.sendText);
  const limit = Math.max(1, options.maxRenderings ?? DEFAULT_MAX_RENDERINGS);
  // A body that did not parse (or nests too deep) is counted as written.
  const nodes: BodyNode[] = template.body.nodes.length > 0 || template.body.text === ''
    ? template.body.nodes
    : [{ type: 'text', value: template.body.text, range: template.body.range }];
  return { spec, sources: options.inferredSources, counter, limit, nodes };
}

/** Specs by variable name under `declared` (in place of the template's own), memoised. */
function specResolver(
  declared: Record<string, VariableSpec> | undefined,
  options: SegmentRangeOptions,
  template: Template,
): (name: string) => ResolvedVariable {
  const fallback: VariableSpec = options.defaultVariable ?? template.defaultVariable ?? DEFAULT_VARIABLE;
  const specs = new Map<string, ResolvedVariable>();
  return (name) => {
    let resolved = specs.get(name);
    if (!resolved) {
      resolved = resolveVariable(name, declared, options.variables, fallback, options.inferredTypes);
      if (options.valuesAsGsm && mayForceUcs2(resolved.charset)) resolved = { ...resolved, charset: 'gsm' };
      specs.set(name, resolved);
    }
    return resolved;
  };
}

/** Orders counts by what they cost: segments, then UCS-2 over GSM-7, then units. */
function isLess(a: SegmentCost, b: SegmentCost): boolean {
  if (a.segments !== b.segments) return a.segments < b.segments;
  if (a.encoding !== b.encoding) return a.encoding === 'GSM-7';
  return a.units < b.units;
}

/** Full counts (with notes) for what a range reports; costs for what it only compares. */
interface Counter {
  full(text: string): SegmentCount;
  cost(text: string): SegmentCost;
}

/**
 * Texts longer than this are counted, not memoised: V8 hashes a string longer than 16,383
 * characters by its length alone, so the renderings of a template with many placeholders
 * (all of one length) would share one hash bucket and every lookup would compare against
 * every earlier text — cubic in the number of placeholders (2,000 took 78 s). Counting a
 * long text costs no more than hashing it.
 */
const MAX_MEMO_LENGTH = 16_383;

/**
 * Counts memoised per text for one range computation (renderings repeat texts). With
 * `sendText` (a provider profile), each rendering is counted as the provider sends it.
 */
function memoCounter(options: CountOptions | undefined, sendText?: (text: string) => string): Counter {
  const full = new Map<string, SegmentCount>();
  const costs = new Map<string, SegmentCost>();
  const sent = sendText ?? ((text: string) => text);
  return {
    full(text) {
      if (text.length > MAX_MEMO_LENGTH) return countSegments(sent(text), options);
      let result = full.get(text);
      if (!result) full.set(text, (result = countSegments(sent(text), options)));
      return result;
    },
    cost(text) {
      if (text.length > MAX_MEMO_LENGTH) return segmentCost(sent(text), options);
      let result: SegmentCost | undefined = full.get(text) ?? costs.get(text);
      if (!result) costs.set(text, (result = segmentCost(sent(text), options)));
      return result;
    },
  };
}

/** The first of the cheapest texts. */
function cheapest(texts: string[], cost: (text: string) => SegmentCost): string {
  let best = texts[0];
  let bestCost = cost(best);
  for (let i = 1; i < texts.length; i++) {
    const here = cost(texts[i]);
    if (isLess(here, bestCost)) {
      best = texts[i];
      bestCost = here;
    }
  }
  return best;
}

function renderText(pieces: Piece[], mode: 'min' | 'max' | 'sample', spec: (name: string) => ResolvedVariable): string {
  let out = '';
  for (const piece of pieces) {
    if ('text' in piece) out += piece.text;
    else if (mode === 'min') out += minimumValue(spec(piece.variable));
    else if (mode === 'sample') out += sampleValue(piece.variable, spec(piece.variable));
    else out += maximumValue(spec(piece.variable));
  }
  return out;
}

/** The bodies a block can render, in choice order (`each`: no items, then one item). */
function branches(block: BlockNode): [BodyNode[], BodyNode[]] {
  return block.helper === 'each' ? [block.inverse ?? [], block.program] : [block.program, block.inverse ?? []];
}

/** The branches with their labels, for drivers (labels are built only when reported). */
function alternatives(block: BlockNode): Alternative[] {
  const tag = blockName(block);
  const [first, second] = branches(block);
  if (block.helper === 'each') {
    return [
      { label: `${tag} with no items`, nodes: first },
      { label: `${tag} with one item`, nodes: second },
    ];
  }
  return [
    { label: `${tag} branch`, nodes: first },
    { label: block.tag === undefined ? `{{else}} of ${tag}` : `alternative to ${tag}`, nodes: second },
  ];
}

function blockName(block: BlockNode): string {
  return block.tag ?? `{{#${[block.helper, ...block.params].join(' ')}}}`;
}

/** `each` repeats and partials hold unknown text: their maxima are not exact. */
function containsOpenLength(nodes: BodyNode[]): boolean {
  return nodes.some((node) =>
    node.type === 'partial' ||
    (node.type === 'block' && (node.helper === 'each' || containsOpenLength(node.program) || containsOpenLength(node.inverse ?? []))),
  );
}

/** Number of renderings, saturating just above `limit`. */
function combinations(nodes: BodyNode[], limit: number): number {
  let total = 1;
  for (const node of nodes) {
    if (node.type !== 'block') continue;
    let here = 0;
    for (const branch of branches(node)) here += combinations(branch, limit);
    total = Math.min(limit + 1, total * here);
  }
  return total;
}

function leafPiece(node: BodyNode): Piece | null {
  if (node.type === 'text') return { text: node.value };
  if (node.type === 'variable') return { variable: node.name };
  if (node.type === 'partial') return { variable: `> ${node.name}` };
  return null;
}

function enumerate(nodes: BodyNode[]): Rendering[] {
  let renderings: Rendering[] = [{ pieces: [], choices: new Map() }];
  for (const node of nodes) {
    if (node.type !== 'block') {
      const piece = leafPiece(node);
      if (piece) for (const rendering of renderings) rendering.pieces.push(piece);
      continue;
    }
    const next: Rendering[] = [];
    branches(node).forEach((branch, choice) => {
      const inner = enumerate(branch);
      for (const rendering of renderings) {
        for (const sub of inner) {
          const choices = new Map(rendering.choices);
          choices.set(node, choice);
          for (const [block, taken] of sub.choices) choices.set(block, taken);
          next.push({ pieces: [...rendering.pieces, ...sub.pieces], choices });
        }
      }
    });
    renderings = next;
  }
  return renderings;
}

/** One rendering's pieces without enumeration: no blocks (min), all blocks (max), likely blocks (sample). */
function boundPieces(nodes: BodyNode[], mode: 'min' | 'max' | 'sample'): Piece[] {
  const out: Piece[] = [];
  for (const node of nodes) {
    if (node.type !== 'block') {
      const piece = leafPiece(node);
      if (piece) out.push(piece);
    } else if (mode === 'max') {
      out.push(...boundPieces(node.program, mode), ...boundPieces(node.inverse ?? [], mode));
    } else if (mode === 'sample') {
      // Samples are truthy: `if`/`with`/`each` render their block, `unless` its else.
      out.push(...boundPieces(node.helper === 'unless' ? node.inverse ?? [] : node.program, mode));
    }
  }
  return out;
}

/** Literal characters of the maximum rendering that force UCS-2 (sms-facts.md §1). */
function characterDrivers(pieces: Piece[], max: SegmentCost, count: (text: string) => SegmentCount): SegmentDriver[] {
  if (max.encoding !== 'UCS-2') return [];
  const literal = count(pieces.map((piece) => ('text' in piece ? piece.text : '')).join(''));
  const seen = new Set<string>();
  const drivers: SegmentDriver[] = [];
  for (const note of literal.ucs2Characters) {
    if (seen.has(note.char)) continue;
    seen.add(note.char);
    const code = `U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = note.name ?? characterName(note.char);
    drivers.push({ kind: 'character', name: note.char, detail: `${code}${name ? ` ${name}` : ''} forces UCS-2` });
  }
  return drivers;
}

/** Variables tried one by one for the drivers; keeps the drivers linear in the body length. */
export const MAX_SINGLE_DRIVER_TRIES = 64;

/** Variables whose worst value, replaced by their minimum, would lower the maximum. */
function variableDrivers(
  pieces: Piece[],
  max: SegmentCost,
  cost: (text: string) => SegmentCost,
  spec: (name: string) => ResolvedVariable,
  sources: SegmentRangeOptions['inferredSources'],
  limit = Infinity,
): SegmentDriver[] {
  const names = [...new Set(pieces.flatMap((piece) => ('variable' in piece ? [piece.variable] : [])))];
  const drivers: SegmentDriver[] = [];
  // Each name tried costs a count of the whole text: past MAX_SINGLE_DRIVER_TRIES names
  // (a body with hundreds of placeholders) the rest are judged together, as below.
  for (const name of names.slice(0, MAX_SINGLE_DRIVER_TRIES)) {
    if (drivers.length >= limit) return drivers;
    const lowered = pieces.map((piece) => ('variable' in piece && piece.variable === name ? { text: minimumValue(spec(name)) } : piece));
    const without = cost(renderText(lowered, 'max', spec));
    if (!isLess(without, max) || (without.segments === max.segments && without.encoding === max.encoding)) continue;
    drivers.push({ kind: 'variable', name, detail: variableDetail(name, spec(name), without, max, sources) });
  }
  if (drivers.length > 0 || names.length === 0) return drivers;
  // No single variable decides, but together they may: name every one that adds length.
  const allLow = cost(renderText(pieces.map((piece) => ('variable' in piece ? { text: minimumValue(spec(piece.variable)) } : piece)), 'max', spec));
  if (allLow.segments === max.segments && allLow.encoding === max.encoding) return drivers;
  for (const name of names) {
    const resolved = spec(name);
    if (resolved.maxLength > resolved.minLength) drivers.push({ kind: 'variable', name, detail: variableDetail(name, resolved, allLow, max, sources) });
  }
  return drivers;
}

/** Where an inferred type came from, in words (the drivers and segment-budget's assumptions). */
export const TYPE_SOURCE_WORDS: Readonly<Record<InferredTypeSource | 'declared', string>> = {
  declared: 'declared',
  name: 'from its name',
  context: 'from the words around it',
  sample: 'from its sample',
};

/** "a name", "an id": a type as a noun. */
export const typeNoun = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

function variableDetail(name: string, spec: ResolvedVariable, without: SegmentCost, max: SegmentCost, sources: SegmentRangeOptions['inferredSources']): string {
  const parts: string[] = [];
  if (name.startsWith('> ')) parts.push('partial with unknown content');
  if (!spec.declared) {
    // An inferred type is what the count assumed: say it and where it came from, as inspect does.
    const source = sources && Object.hasOwn(sources, name) ? sources[name] : undefined;
    parts.push(spec.type ? `${typeNoun(spec.type)}, inferred${source ? ` ${TYPE_SOURCE_WORDS[source]}` : ''}` : 'undeclared');
  }
  if (mayForceUcs2(spec.charset) && max.encoding === 'UCS-2') parts.push(`charset ${spec.charset}: may force UCS-2`);
  parts.push(`up to ${spec.maxLength} characters`);
  if (spec.charset === 'gsm' || spec.charset === 'ascii') parts.push('extension characters like € or { cost 2 septets');
  const added = max.segments - without.segments;
  if (added > 0) parts.push(`adds ${added} segment${added === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** Blocks whose branch in the maximum rendering costs more than their other branch. */
function branchDrivers(worst: Rendering, renderings: Array<{ rendering: Rendering; max: SegmentCost }>): SegmentDriver[] {
  const drivers: SegmentDriver[] = [];
  const top = renderings.find((entry) => entry.rendering === worst)!.max;
  for (const [block, choice] of worst.choices) {
    let alternative: SegmentCost | undefined;
    for (const { rendering, max } of renderings) {
      const taken = rendering.choices.get(block);
      if (taken === undefined || taken === choice) continue;
      let sameElsewhere = true;
      for (const [other, otherChoice] of rendering.choices) {
        if (other !== block && worst.choices.has(other) && worst.choices.get(other) !== otherChoice) {
          sameElsewhere = false;
          break;
        }
      }
      if (sameElsewhere && (!alternative || isLess(alternative, max))) alternative = max;
    }
    if (alternative && alternative.segments < top.segments) {
      const label = alternatives(block)[choice].label;
      drivers.push({ kind: 'branch', name: blockName(block), detail: `the ${label} gives ${top.segments} segments; the other branch ${alternative.segments}` });
    }
  }
  return drivers;
}
