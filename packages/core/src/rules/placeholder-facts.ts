/**
 * What each placeholder of a template is: its declared or inferred type (and where the type
 * came from), its resolved spec, and the placeholders that are links, phone numbers or email
 * addresses. Computed once per template and config and shared by the rules, `inspect` and
 * the language server, so they all see the same facts.
 */
import type { ResolvedConfig } from '../config/types.js';
import { detectLinks } from '../detect/index.js';
import type { LinkMatch } from '../detect/types.js';
import { inferTypeFromContext, inferTypeFromContextAfter, inferTypeFromName, inferTypeFromSample, isRecipientPhoneContext, nameWords } from '../template/infer-variable-type.js';
import { OPT_OUT_LINK_WORDS } from '../template/placeholder-vocabulary.js';
import type { InferredTypeSource, SegmentRangeOptions, Template, VariableNode, VariableSpec, VariableType } from '../template/types.js';
import { DEFAULT_VARIABLE, resolveVariable, type ResolvedVariable } from '../template/variable-values.js';
import type { OffsetRange } from '../text/range.js';
import { countOptionsOf } from './segment-options.js';
import { memoPerTemplate } from './template-memo.js';
import { variableRoot } from './variables.js';

/** Where a placeholder's type comes from. */
export type TypeSource = 'declared' | InferredTypeSource;

export interface PlaceholderFact {
  /** Path or helper call as written ("Client.LoginLink", "formatDate when 'MMM D'"). */
  name: string;
  /** The whole mustache in the document. */
  range: OffsetRange;
  /** false for triple-stash `{{{x}}}`. */
  escaped: boolean;
  /** Inside `{{#each}}`/`{{#with}}`: relative to an item. */
  scoped: boolean;
  /** Declared in the template's metadata, the front matter or the config. */
  declared: boolean;
  /** Declared type, else the inferred one; undefined when nothing says. */
  type?: VariableType;
  source?: TypeSource;
  /** The spec counts use: declaration over type defaults over the default spec. */
  spec: ResolvedVariable;
  /** Values never leave GSM-7 (charset gsm, digits or ascii). */
  gsmSafe: boolean;
  /** Part of a link written around it ("https://{{host}}/x", "{{url}}/path"). */
  inLink: boolean;
  /** The sample its declaration gives (not a type default): checked like literal text. */
  declaredSample?: string;
}

/** A link, phone number or email address that is (or holds) a placeholder; document offsets. */
export interface PlaceholderContact {
  /** As written in the document, e.g. "{{url}}/help". */
  text: string;
  start: number;
  end: number;
  placeholder: string;
  via: TypeSource;
  /** A phone that is the recipient's own number ("Sent to {{phone}}"): not a way to reach anyone. */
  recipient?: true;
}

export interface PlaceholderFacts {
  placeholders: PlaceholderFact[];
  links: PlaceholderContact[];
  phones: PlaceholderContact[];
  emails: PlaceholderContact[];
  /** Link placeholders that lead out of the program ("{{unsubscribeUrl}}"): opt-out wording. */
  optOutLinks: PlaceholderContact[];
  /** Type per placeholder name for counts (`SegmentRangeOptions.inferredTypes`). */
  inferredTypes: Record<string, VariableType>;
  /** Where each of those types came from (`SegmentRangeOptions.inferredSources`). */
  inferredSources: Record<string, InferredTypeSource>;
}

const GSM_SAFE = new Set(['gsm', 'digits', 'ascii']);
/** A run glued to a placeholder that continues a link: "/path", "?q=1", "#top". */
const PATH_AFTER = /^[/?#][^\s]*/;
const TRAILING = /[.,!?;:'")\]}>]+$/;

/** The placeholder facts of a template under a config (memoised per template object and config). */
export const placeholderFacts: (template: Template, config: ResolvedConfig) => PlaceholderFacts = memoPerTemplate(computeFacts);

/** Segment-range options of a template: the config's counting options and the inferred types. */
export function templateRangeOptions(template: Template, config: ResolvedConfig): SegmentRangeOptions {
  const facts = placeholderFacts(template, config);
  return { variables: config.variables, countOptions: countOptionsOf(config), inferredTypes: facts.inferredTypes, inferredSources: facts.inferredSources };
}

function variableNodes(template: Template): Array<{ node: VariableNode; scoped: boolean }> {
  const out: Array<{ node: VariableNode; scoped: boolean }> = [];
  const walk = (nodes: Template['body']['nodes'], scoped: boolean) => {
    for (const node of nodes) {
      if (node.type === 'variable') out.push({ node, scoped });
      else if (node.type === 'block') {
        walk(node.program, scoped || node.helper === 'each' || node.helper === 'with');
        if (node.inverse) walk(node.inverse, scoped);
      }
    }
  };
  walk(template.body.nodes, false);
  return out;
}

/** Declared spec of a path: the exact path, else its root (as `specFor` finds it). */
function declaredSpecOf(name: string, template: Template, config: ResolvedConfig): VariableSpec | undefined {
  const root = variableRoot(name);
  for (const record of [template.metadata.variables, config.variables]) {
    if (!record) continue;
    for (const key of [name.trim(), root]) if (key !== undefined && Object.hasOwn(record, key)) return record[key];
  }
  return undefined;
}

function computeFacts(template: Template, config: ResolvedConfig): PlaceholderFacts {
  const { masked, source: bodySource, range: body } = template.body;
  const literalLinks = detectLinks(masked);
  const fallback = template.defaultVariable ?? DEFAULT_VARIABLE;
  const facts: PlaceholderFacts = { placeholders: [], links: [], phones: [], emails: [], optOutLinks: [], inferredTypes: Object.create(null), inferredSources: Object.create(null) };

  for (const { node, scoped } of variableNodes(template)) {
    const start = node.range.start - body.start;
    const end = node.range.end - body.start;
    const link = literalLinks.find((l) => l.start <= start && end <= l.end);
    const glued = link ? undefined : gluedLink(masked, start, end);
    const declaredSpec = declaredSpecOf(node.name, template, config);
    let type: VariableType | undefined = declaredSpec?.type;
    let source: TypeSource | undefined = type ? 'declared' : undefined;
    // Each source is asked only while the type is still open (cheapest and surest first).
    const typeFrom = (find: () => VariableType | undefined, from: TypeSource) => {
      if (type) return;
      const found = find();
      if (found) [type, source] = [found, from];
    };
    // "@{{domain}} #{{code}}": the origin line of a WebOTP message names a host, not a link to open.
    if (masked[start - 1] === '@' && /^[ \t]+#/.test(masked.slice(end, end + 4))) typeFrom(() => 'id', 'context');
    typeFrom(() => inferTypeFromName(node.name), 'name');
    const sample = declaredSpec?.sample;
    if (sample !== undefined) typeFrom(() => inferTypeFromSample(sample), 'sample');
    if (link || glued) typeFrom(() => (link && !partOfLinkHost(link, start) ? 'id' : 'url'), 'context');
    typeFrom(() => inferTypeFromContext(masked.slice(Math.max(0, start - 40), start)), 'context');
    typeFrom(() => inferTypeFromContextAfter(masked.slice(end, end + 80)), 'context');

    const key = node.name;
    if (type && !declaredSpec?.type) {
      facts.inferredTypes[key] = type;
      if (source && source !== 'declared') facts.inferredSources[key] = source;
    }
    const spec = resolveVariable(key, template.metadata.variables, config.variables, fallback, facts.inferredTypes);
    // resolveVariable looks up exact names; a root declaration ("order" for "order.id") counts too.
    const resolved = declaredSpec && !spec.declared ? resolveRoot(spec, declaredSpec) : spec;
    facts.placeholders.push({
      name: node.name,
      range: node.range,
      escaped: node.escaped,
      scoped,
      declared: declaredSpec !== undefined,
      ...(type ? { type, source } : {}),
      spec: resolved,
      gsmSafe: GSM_SAFE.has(resolved.charset),
      inLink: link !== undefined || glued !== undefined,
      ...(declaredSpec?.sample !== undefined ? { declaredSample: declaredSpec.sample } : {}),
    });
    if (!type || !source || link) continue;
    const at = glued ?? { start, end };
    const contact: PlaceholderContact = {
      text: bodySource.slice(at.start, at.end),
      start: body.start + at.start,
      end: body.start + at.end,
      placeholder: node.name,
      via: source,
    };
    if (type === 'url') {
      facts.links.push(contact);
      const words = nameWords(node.name);
      if (words.some((w) => OPT_OUT_LINK_WORDS.has(w)) || (words.includes('opt') && words.includes('out'))) facts.optOutLinks.push(contact);
    }
    else if (type === 'phone') {
      if (isRecipientPhoneContext(masked.slice(Math.max(0, start - 40), start), masked.slice(end, end + 40))) contact.recipient = true;
      facts.phones.push(contact);
    }
    else if (type === 'email') facts.emails.push(contact);
  }
  return facts;
}

/** Fields of a root declaration over what resolveVariable found for the full path. */
function resolveRoot(spec: ResolvedVariable, declared: VariableSpec): ResolvedVariable {
  const maxLength = declared.maxLength ?? spec.maxLength;
  return {
    ...spec,
    maxLength,
    minLength: Math.min(declared.minLength ?? spec.minLength, maxLength),
    charset: declared.charset ?? spec.charset,
    ...(declared.sample !== undefined ? { sample: declared.sample } : {}),
    declared: true,
  };
}

/** "{{url}}/path" or "{{base}}?id=1": a placeholder a link path is glued to (masked offsets). */
function gluedLink(masked: string, start: number, end: number): { start: number; end: number } | undefined {
  const after = PATH_AFTER.exec(masked.slice(end, end + 300));
  if (!after || after[0].length < 2) return undefined;
  const before = masked.slice(Math.max(0, start - 1), start);
  if (before !== '' && !/\s|[("'<\[]/.test(before)) return undefined;
  const path = after[0].replace(TRAILING, '');
  return path.length < 2 ? undefined : { start, end: end + path.length };
}

/** Whether a masked offset lies in the host of a written link ("https://{{host}}/x"). */
function partOfLinkHost(link: LinkMatch, offset: number): boolean {
  const schemeEnd = link.scheme ? link.text.indexOf('//') + 2 : 0;
  const rest = link.text.slice(schemeEnd);
  const pathAt = rest.search(/[/?#]/);
  const hostEnd = link.start + schemeEnd + (pathAt < 0 ? rest.length : pathAt);
  return offset >= link.start && offset < hostEnd;
}
