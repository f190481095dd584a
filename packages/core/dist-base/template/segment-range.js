import { countSegments } from '../encoding/count-segments.js';
import { segmentCost } from '../encoding/segment-cost.js';
import { characterName } from '../encoding/replacements.js';
import { DEFAULT_VARIABLE, mayForceUcs2, maximumValue, minimumValue, resolveVariable, sampleValue, } from './variable-values.js';
/** Branch combinations enumerated by default before bounding. */
export const DEFAULT_MAX_RENDERINGS = 256;
/**
 * Segment counts over the renderings of a template (sms-facts.md §1, "Segment counts with
 * placeholders"): every branch combination of `if`/`unless`/`with`/other blocks, `each` with
 * 0 or 1 item, each variable at its minimum, worst-case maximum and sample value. More
 * combinations than `maxRenderings` fall back to sound bounds (all branches together for
 * the maximum, none for the minimum) with `exact: false`.
 */
export function templateSegmentRange(template, options = {}) {
    const inputs = rangeInputs(template, options);
    const count = inputs.counter.full;
    const worst = worstRendering(inputs);
    const minText = cheapestText(inputs, worst);
    const min = count(minText);
    const max = count(worst.text);
    const sample = renderText(boundPieces(inputs.nodes, 'sample'), 'sample', inputs.spec);
    const maxDrivers = driversOf(inputs, worst, min);
    return { min, max, sample: count(sample), minText, maxText: worst.text, sampleText: sample, maxDrivers, exact: worst.exact };
}
export function templateSegmentBounds(template, options = {}) {
    const inputs = rangeInputs(template, options);
    const worst = worstRendering(inputs);
    let min;
    const minCost = () => (min ??= inputs.counter.cost(cheapestText(inputs, worst)));
    return {
        max: worst.cost,
        maxText: worst.text,
        exact: worst.exact,
        min: minCost,
        maxDrivers: () => driversOf(inputs, worst, minCost()),
    };
}
function worstRendering(inputs) {
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
    for (let i = 1; i < renderings.length; i++)
        if (isLess(renderings[worst].max, renderings[i].max))
            worst = i;
    const { rendering, text, max } = renderings[worst];
    return { rendering, text, cost: max, exact: !containsOpenLength(nodes), renderings };
}
/** The minimum rendering's text: no blocks past the limit, else the first of the cheapest renderings. */
function cheapestText(inputs, worst) {
    if (!worst.renderings)
        return renderText(boundPieces(inputs.nodes, 'min'), 'min', inputs.spec);
    const texts = worst.renderings.map((r) => renderText(r.rendering.pieces, 'min', inputs.spec));
    // A single rendering is the cheapest without comparing costs.
    return texts.length === 1 ? texts[0] : cheapest(texts, inputs.counter.cost);
}
/** What drives the maximum: the branch bound, literal characters, variables, then branches. */
function driversOf(inputs, worst, min) {
    const drivers = [];
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
        drivers.push(...variableDrivers(worst.rendering.pieces, max, inputs.counter.cost, inputs.spec));
    }
    if (worst.renderings && worst.renderings.length > 1)
        drivers.push(...branchDrivers(worst.rendering, worst.renderings));
    return drivers;
}
/**
 * The worst-case encoding, units and segments alone: always the same fields as
 * `templateSegmentRange(template, options).max`, without the minimum, sample, drivers and
 * character notes (for rules that compare maxima under several variable declarations,
 * such as placeholder-encoding-risk).
 */
export function templateMaxCost(template, options = {}) {
    return templateMaxCostUnder(template, options)(template.metadata.variables);
}
/**
 * `templateMaxCost` of the template with its `variables` metadata replaced by each
 * declaration asked about (as `{ ...template, metadata: { ...metadata, variables } }`
 * would give), enumerating its renderings once for all of them.
 */
export function templateMaxCostUnder(template, options = {}) {
    const { counter, limit, nodes } = rangeInputs(template, options);
    const renderings = combinations(nodes, limit) > limit ? [boundPieces(nodes, 'max')] : enumerate(nodes).map((r) => r.pieces);
    return (variables) => {
        const spec = specResolver(variables, options, template);
        let max;
        for (const pieces of renderings) {
            const here = counter.cost(renderText(pieces, 'max', spec));
            // The first of equal maxima wins, as in templateSegmentRange.
            if (!max || isLess(max, here))
                max = here;
        }
        return max;
    };
}
/** What the range functions start from: memoised variable specs and counts, and the body nodes. */
function rangeInputs(template, options) {
    const spec = specResolver(template.metadata.variables, options, template);
    const counter = memoCounter(options.countOptions);
    const limit = Math.max(1, options.maxRenderings ?? DEFAULT_MAX_RENDERINGS);
    // A body that did not parse (or nests too deep) is counted as written.
    const nodes = template.body.nodes.length > 0 || template.body.text === ''
        ? template.body.nodes
        : [{ type: 'text', value: template.body.text, range: template.body.range }];
    return { spec, counter, limit, nodes };
}
/** Specs by variable name under `declared` (in place of the template's own), memoised. */
function specResolver(declared, options, template) {
    const fallback = options.defaultVariable ?? template.defaultVariable ?? DEFAULT_VARIABLE;
    const specs = new Map();
    return (name) => {
        let resolved = specs.get(name);
        if (!resolved)
            specs.set(name, (resolved = resolveVariable(name, declared, options.variables, fallback)));
        return resolved;
    };
}
/** Orders counts by what they cost: segments, then UCS-2 over GSM-7, then units. */
function isLess(a, b) {
    if (a.segments !== b.segments)
        return a.segments < b.segments;
    if (a.encoding !== b.encoding)
        return a.encoding === 'GSM-7';
    return a.units < b.units;
}
/** Counts memoised per text for one range computation (renderings repeat texts). */
function memoCounter(options) {
    const full = new Map();
    const costs = new Map();
    return {
        full(text) {
            let result = full.get(text);
            if (!result)
                full.set(text, (result = countSegments(text, options)));
            return result;
        },
        cost(text) {
            let result = full.get(text) ?? costs.get(text);
            if (!result)
                costs.set(text, (result = segmentCost(text, options)));
            return result;
        },
    };
}
/** The first of the cheapest texts. */
function cheapest(texts, cost) {
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
function renderText(pieces, mode, spec) {
    let out = '';
    for (const piece of pieces) {
        if ('text' in piece)
            out += piece.text;
        else if (mode === 'min')
            out += minimumValue(spec(piece.variable));
        else if (mode === 'sample')
            out += sampleValue(piece.variable, spec(piece.variable));
        else
            out += maximumValue(spec(piece.variable));
    }
    return out;
}
/** The bodies a block can render, in choice order (`each`: no items, then one item). */
function branches(block) {
    return block.helper === 'each' ? [block.inverse ?? [], block.program] : [block.program, block.inverse ?? []];
}
/** The branches with their labels, for drivers (labels are built only when reported). */
function alternatives(block) {
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
        { label: `{{else}} of ${tag}`, nodes: second },
    ];
}
function blockName(block) {
    return `{{#${[block.helper, ...block.params].join(' ')}}}`;
}
/** `each` repeats and partials hold unknown text: their maxima are not exact. */
function containsOpenLength(nodes) {
    return nodes.some((node) => node.type === 'partial' ||
        (node.type === 'block' && (node.helper === 'each' || containsOpenLength(node.program) || containsOpenLength(node.inverse ?? []))));
}
/** Number of renderings, saturating just above `limit`. */
function combinations(nodes, limit) {
    let total = 1;
    for (const node of nodes) {
        if (node.type !== 'block')
            continue;
        let here = 0;
        for (const branch of branches(node))
            here += combinations(branch, limit);
        total = Math.min(limit + 1, total * here);
    }
    return total;
}
function leafPiece(node) {
    if (node.type === 'text')
        return { text: node.value };
    if (node.type === 'variable')
        return { variable: node.name };
    if (node.type === 'partial')
        return { variable: `> ${node.name}` };
    return null;
}
function enumerate(nodes) {
    let renderings = [{ pieces: [], choices: new Map() }];
    for (const node of nodes) {
        if (node.type !== 'block') {
            const piece = leafPiece(node);
            if (piece)
                for (const rendering of renderings)
                    rendering.pieces.push(piece);
            continue;
        }
        const next = [];
        branches(node).forEach((branch, choice) => {
            const inner = enumerate(branch);
            for (const rendering of renderings) {
                for (const sub of inner) {
                    const choices = new Map(rendering.choices);
                    choices.set(node, choice);
                    for (const [block, taken] of sub.choices)
                        choices.set(block, taken);
                    next.push({ pieces: [...rendering.pieces, ...sub.pieces], choices });
                }
            }
        });
        renderings = next;
    }
    return renderings;
}
/** One rendering's pieces without enumeration: no blocks (min), all blocks (max), likely blocks (sample). */
function boundPieces(nodes, mode) {
    const out = [];
    for (const node of nodes) {
        if (node.type !== 'block') {
            const piece = leafPiece(node);
            if (piece)
                out.push(piece);
        }
        else if (mode === 'max') {
            out.push(...boundPieces(node.program, mode), ...boundPieces(node.inverse ?? [], mode));
        }
        else if (mode === 'sample') {
            // Samples are truthy: `if`/`with`/`each` render their block, `unless` its else.
            out.push(...boundPieces(node.helper === 'unless' ? node.inverse ?? [] : node.program, mode));
        }
    }
    return out;
}
/** Literal characters of the maximum rendering that force UCS-2 (sms-facts.md §1). */
function characterDrivers(pieces, max, count) {
    if (max.encoding !== 'UCS-2')
        return [];
    const literal = count(pieces.map((piece) => ('text' in piece ? piece.text : '')).join(''));
    const seen = new Set();
    const drivers = [];
    for (const note of literal.ucs2Characters) {
        if (seen.has(note.char))
            continue;
        seen.add(note.char);
        const code = `U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
        const name = note.name ?? characterName(note.char);
        drivers.push({ kind: 'character', name: note.char, detail: `${code}${name ? ` ${name}` : ''} forces UCS-2` });
    }
    return drivers;
}
/** Variables whose worst value, replaced by their minimum, would lower the maximum. */
function variableDrivers(pieces, max, cost, spec) {
    const names = [...new Set(pieces.flatMap((piece) => ('variable' in piece ? [piece.variable] : [])))];
    const drivers = [];
    for (const name of names) {
        const lowered = pieces.map((piece) => ('variable' in piece && piece.variable === name ? { text: minimumValue(spec(name)) } : piece));
        const without = cost(renderText(lowered, 'max', spec));
        if (!isLess(without, max) || (without.segments === max.segments && without.encoding === max.encoding))
            continue;
        drivers.push({ kind: 'variable', name, detail: variableDetail(name, spec(name), without, max) });
    }
    if (drivers.length > 0 || names.length === 0)
        return drivers;
    // No single variable decides, but together they may: name every one that adds length.
    const allLow = cost(renderText(pieces.map((piece) => ('variable' in piece ? { text: minimumValue(spec(piece.variable)) } : piece)), 'max', spec));
    if (allLow.segments === max.segments && allLow.encoding === max.encoding)
        return drivers;
    for (const name of names) {
        const resolved = spec(name);
        if (resolved.maxLength > resolved.minLength)
            drivers.push({ kind: 'variable', name, detail: variableDetail(name, resolved, allLow, max) });
    }
    return drivers;
}
function variableDetail(name, spec, without, max) {
    const parts = [];
    if (name.startsWith('> '))
        parts.push('partial with unknown content');
    if (!spec.declared)
        parts.push('undeclared');
    if (mayForceUcs2(spec.charset) && max.encoding === 'UCS-2')
        parts.push(`charset ${spec.charset}: may force UCS-2`);
    parts.push(`up to ${spec.maxLength} characters`);
    if (spec.charset === 'gsm' || spec.charset === 'ascii')
        parts.push('extension characters like € or { cost 2 septets');
    const added = max.segments - without.segments;
    if (added > 0)
        parts.push(`adds ${added} segment${added === 1 ? '' : 's'}`);
    return parts.join(', ');
}
/** Blocks whose branch in the maximum rendering costs more than their other branch. */
function branchDrivers(worst, renderings) {
    const drivers = [];
    const top = renderings.find((entry) => entry.rendering === worst).max;
    for (const [block, choice] of worst.choices) {
        let alternative;
        for (const { rendering, max } of renderings) {
            const taken = rendering.choices.get(block);
            if (taken === undefined || taken === choice)
                continue;
            let sameElsewhere = true;
            for (const [other, otherChoice] of rendering.choices) {
                if (other !== block && worst.choices.has(other) && worst.choices.get(other) !== otherChoice) {
                    sameElsewhere = false;
                    break;
                }
            }
            if (sameElsewhere && (!alternative || isLess(alternative, max)))
                alternative = max;
        }
        if (alternative && alternative.segments < top.segments) {
            const label = alternatives(block)[choice].label;
            drivers.push({ kind: 'branch', name: blockName(block), detail: `the ${label} gives ${top.segments} segments; the other branch ${alternative.segments}` });
        }
    }
    return drivers;
}
//# sourceMappingURL=segment-range.js.map