import type { OffsetRange } from '../text/range.js';
import type { BodyNode, ParseProblem, SmslintComment, Template, TemplateBody } from './types.js';

/** Copies of parse results moved by `delta` offsets (a memoised section re-used at a new place). */
export function shiftRange(range: OffsetRange, delta: number): OffsetRange {
  return { start: range.start + delta, end: range.end + delta };
}

export function shiftTemplate(template: Template, delta: number): Template {
  if (delta === 0) return template;
  const shifted: Template = {
    ...template,
    range: shiftRange(template.range, delta),
    body: shiftBody(template.body, delta),
    problems: shiftProblems(template.problems, delta),
  };
  if (template.headingRange) shifted.headingRange = shiftRange(template.headingRange, delta);
  if (template.metadataRange) shifted.metadataRange = shiftRange(template.metadataRange, delta);
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
