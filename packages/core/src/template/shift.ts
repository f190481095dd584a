import type { OffsetRange } from '../text/range.js';
import type { BodyNode, ParseProblem, SmslintComment, Template, TemplateBody } from './types.js';
import { PLACED_AT, PLACED_IN, PLACED_WITH, type PlacedTemplate } from './placement.js';

/** Copies of parse results moved by `delta` offsets (a memoised section re-used at a new place). */
export function shiftRange(range: OffsetRange, delta: number): OffsetRange {
  return { start: range.start + delta, end: range.end + delta };
}

/**
 * A template moved by `delta`. A keystroke moves every template below it, and each copy
 * lives until the next keystroke, so the young generation's collections copy ~1,000 of them
 * per keystroke on a 2,000-template catalog: a catalog template's copy is a MovedTemplate
 * (one object shape, its two ranges moved, its body moved when first read). It is not
 * vouched for until the parser places it (template/placement.ts). No problems: the same
 * empty array (parse results are not mutated).
 */
export function shiftTemplate(template: Template, delta: number): Template {
  if (delta === 0) return template;
  if (!template.headingRange) {
    const problems = template.problems.length === 0 ? template.problems : shiftProblems(template.problems, delta);
    const moved: Template = { ...template, range: shiftRange(template.range, delta), body: shiftBody(template.body, delta), problems };
    (moved as PlacedTemplate)[PLACED_AT] = -1;
    if (template.metadataRange) moved.metadataRange = shiftRange(template.metadataRange, delta);
    return moved;
  }
  return new MovedTemplate(template, template.headingRange, delta);
}

/**
 * A catalog template (parsed at offset 0 of its section's own text: `origin`) placed `delta`
 * further on. Its fields are a parsed template's, in parseSection's order, so it reads,
 * compares and serialises as one; `body` is an own enumerable accessor that builds the moved
 * body when first read: a moved template whose findings come from the lint cache is not
 * read past its ranges and metadata (hover, lenses and the like read the one under the
 * cursor), and a moved body is most of a moved template's size. The accessor's functions
 * are shared by every MovedTemplate (one object shape, no closures per copy); what they
 * read is in private fields, which neither JSON, a spread nor a deep equality sees.
 */
class MovedTemplate {
  declare id: string;
  declare title: string;
  declare headingRange: OffsetRange;
  declare range: OffsetRange;
  declare metadata: Template['metadata'];
  declare body: TemplateBody;
  declare problems: ParseProblem[];
  declare metadataRange?: OffsetRange;
  declare defaultVariable?: Template['defaultVariable'];
  declare [PLACED_IN]: string;
  declare [PLACED_AT]: number;
  declare [PLACED_WITH]: object;
  readonly #origin: TemplateBody;
  readonly #delta: number;
  #body: TemplateBody | undefined = undefined;

  constructor(origin: Template, headingRange: OffsetRange, delta: number) {
    this.#origin = origin.body;
    this.#delta = delta;
    this.id = origin.id;
    this.title = origin.title;
    this.headingRange = shiftRange(headingRange, delta);
    this.range = shiftRange(origin.range, delta);
    this.metadata = origin.metadata;
    Object.defineProperty(this, 'body', MovedTemplate.lazyBody);
    this.problems = origin.problems.length === 0 ? origin.problems : shiftProblems(origin.problems, delta);
    this[PLACED_IN] = '';
    this[PLACED_AT] = -1;
    this[PLACED_WITH] = origin.metadata;
    if (origin.metadataRange) this.metadataRange = shiftRange(origin.metadataRange, delta);
    if (origin.defaultVariable) this.defaultVariable = origin.defaultVariable;
  }

  /** `body` of every MovedTemplate: enumerable like a parsed template's, writable through the setter. */
  private static readonly lazyBody: PropertyDescriptor = {
    get(this: MovedTemplate): TemplateBody {
      return (this.#body ??= shiftBody(this.#origin, this.#delta));
    },
    set(this: MovedTemplate, value: TemplateBody) {
      this.#body = value;
    },
    enumerable: true,
    configurable: true,
  };
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
