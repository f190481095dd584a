import { handlebarsLibrary } from '../lazy-libraries.js';
import { withSamples } from '../sample-data.js';
import type { ParseProblem, RenderResult, Template } from '../types.js';
import { lintHandlebars } from './handlebars-lint.js';
import { parseHandlebarsBody } from './handlebars-parse.js';
import { scanAll } from './scan-all.js';
import type { Dialect } from './types.js';

/**
 * Handlebars (and Mustache, its logic-less subset: `{{#section}}…{{/section}}`, `{{.}}`),
 * the default dialect. Parsed by Handlebars itself, with a property-tested fast path for
 * the common subset (handlebars-subset.ts).
 */
export const handlebars: Dialect = {
  id: 'handlebars',
  title: 'Handlebars',
  docsAnchor: 'handlebars',
  placeholder: (name) => `{{${name}}}`,
  parse: (input) => parseHandlebarsBody(input),
  scan: (masked) => scanAll(/\{\{\{?[^{}\n]+\}?\}\}/g, masked),
  render: renderHandlebars,
  lint: lintHandlebars,
};


/**
 * Renders a template for previews. Safe by construction: an isolated Handlebars
 * environment with only the built-in helpers (`knownHelpersOnly`), no partials (each is
 * shown as "[partial name]" with a warning), and prototype access disabled, so
 * `{{constructor.constructor}}` or `{{__proto__}}` render nothing. `noEscape`: SMS is plain
 * text, so HTML-escaping would send "&amp;" where the customer should read "&".
 * Data: declared variable samples, overridden by `data`. Never throws.
 */
function renderHandlebars(template: Template, data: Record<string, unknown>): RenderResult {
  const problems: ParseProblem[] = [];
  const range = template.body.range;
  if (template.problems.some((problem) => problem.code === 'handlebars-too-deep')) {
    problems.push({ code: 'render-failed', message: 'Cannot render: blocks are nested too deeply.', range, severity: 'error' });
    return { text: '', problems };
  }
  const env = handlebarsLibrary().create();
  let ast: hbs.AST.Program;
  try {
    ast = env.parse(template.body.text);
  } catch (error) {
    problems.push({ code: 'render-failed', message: `Cannot render: ${messageOf(error)}`, range, severity: 'error' });
    return { text: '', problems };
  }
  replacePartials(ast, (name) =>
    problems.push({
      code: 'render-partial',
      message: `Partial "${name}" is not rendered in previews; it is shown as [partial ${name}].`,
      range,
      severity: 'warning',
    }),
  );
  try {
    const render = env.compile(ast, { knownHelpersOnly: true, noEscape: true, strict: false });
    const text = render(withSamples(template, data), {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
      allowCallsToHelperMissing: false,
      partials: {},
    });
    return { text, problems };
  } catch (error) {
    problems.push({ code: 'render-failed', message: `Cannot render: ${messageOf(error)}`, range, severity: 'error' });
    return { text: '', problems };
  }
}

/** Turns every `{{> name}}` into visible text, so nothing is looked up at render time. */
function replacePartials(program: hbs.AST.Program, report: (name: string) => void): void {
  const body = program.body as hbs.AST.Node[];
  for (let i = 0; i < body.length; i++) {
    const node = body[i];
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const nameNode = (node as hbs.AST.PartialStatement).name as { original?: string; value?: unknown };
      const name = nameNode.original ?? String(nameNode.value ?? 'partial');
      report(name);
      const replacement = { type: 'ContentStatement', value: `[partial ${name}]`, original: `[partial ${name}]`, loc: node.loc } as unknown as hbs.AST.ContentStatement;
      body[i] = replacement;
    } else if (node.type === 'BlockStatement' || node.type === 'DecoratorBlock') {
      const block = node as hbs.AST.BlockStatement;
      if (block.program) replacePartials(block.program, report);
      if (block.inverse) replacePartials(block.inverse, report);
    }
  }
}

export function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
