import type { OffsetRange } from '../text/range.js';
import type { BodyNode, ParseProblem, SmslintComment, Template, TemplateBody } from './types.js';
import { PLACED_AT, PLACED_IN, PLACED_WITH, type PlacedTemplate } from './placement.js';

/** Copies of parse results moved by `delta` offsets (a memoised section re-used at a new place). */
export function shiftRange(range: OffsetRange, delta: number): OffsetRange {
  return { start: range.start + delta, end: range.end + delta };
}

/**
 * A template moved by `delta`. A keystroke moves every template below it, so a catalog
 * template's copy is built field by field in parseSection's order (every placed template gets one object
 * shape, and the lint's per-template reads stay monomorphic) rather than spread. It is not
 * vouched for until the parser places it (template/placement.ts). No problems: the same
 * empty array (parse results are not mutated).
 */
export function shiftTemplate(template: Template, delta: number): Template {
  if (delta === 0) return template;
  const problems = template.problems.length === 0 ? template.problems : shiftProblems(template.problems, delta);
  if (!template.headingRange) {
    const moved: Template = { ...template, range: shiftRange(template.range, delta), body: shiftBody(template.body, delta), problems };
    (moved as PlacedTemplate)[PLACED_AT] = -1;
    if (template.metadataRange) moved.metadataRange = shiftRange(template.metadataRange, delta);
    return moved;
  }
  const shifted: PlacedTemplate = {
    id: template.id,
    title: template.title,
    headingRange: shiftRange(template.headingRange, delta),
    range: shiftRange(template.range, delta),
    metadata: template.metadata,
    body: shiftBody(template.body, delta),
    problems,
    [PLACED_IN]: '',
    [PLACED_AT]: -1,
    [PLACED_WITH]: template.metadata,
  };
  if (template.metadataRange) shifted.metadataRange = shiftRange(template.metadataRange, delta);
  if (template.defaultVariable) shifted.defaultVariable = template.defaultVariable;
  return shifted;
}

export function shiftProblems(problems: ParseProblem[], delta: number): ParseProblem[] {
  return problems.map((problem) => ({ ...problem, range: shiftRange(problem.range, delta) }));
}

export function shiftComments(comments: SmslintComment[], delta: number): SmslintComment[] {
  return comments.map((comment) => ({ ...comment, range: shiftRange(comment.range, delta) }));
}

/**
 * A body moved by `delta` whose nodes (its deep part) are shifted when first read. A
 * keystroke moves every template below it, and a moved template whose findings come from
 * the lint cache is not read node by node again (hover, lenses and the like read the one
 * under the cursor), so shifting them all cost each keystroke about a third of its parse.
 * `nodes` stays an own enumerable property (an accessor of the literal), in the field order
 * buildBody writes, so the body reads, compares and serialises as an eagerly shifted one.
 * The fields are listed rather than spread: spreading a body moved before would run its
 * `nodes` accessor and shift every node of it after all. A new TemplateBody field goes here too.
 */
function shiftBody(body: TemplateBody, delta: number): TemplateBody {
  let nodes: BodyNode[] | undefined;
  const shifted: TemplateBody = {
    source: body.source,
    range: shiftRange(body.range, delta),
    get nodes(): BodyNode[] {
      return (nodes ??= shiftNodes(body.nodes, delta));
    },
    set nodes(value: BodyNode[]) {
      nodes = value;
    },
    masked: body.masked,
    text: body.text,
  };
  if (body.dialect !== undefined) shifted.dialect = body.dialect;
  return shifted;
}

function shiftNodes(nodes: BodyNode[], delta: number): BodyNode[] {
  return nodes.map((node): BodyNode => {
    if (node.type === 'block') {
      return {
        ...node,
        range: shiftRange(node.range, delta),
        program: shiftNodes(node.program, delta),
        inverse: node.inverse ? shiftNodes(node.inverse, delta) : null,
      };
    }
    return { ...node, range: shiftRange(node.range, delta) };
  });
}
