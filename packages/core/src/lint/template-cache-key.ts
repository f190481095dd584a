import type { Template, TemplateFile } from '../template/types.js';
import { localeFromPath } from '../template/locale.js';
import { isPlacedIn } from '../template/placement.js';
import { detachedSlice } from '../template/detached-slice.js';
import type { LintCache } from './cache.js';

/** Distinct file contexts remembered per cache; an evicted one only costs cache misses. */
const MAX_CONTEXTS = 256;

/** Short ids for file contexts (config + format + front matter), per cache. */
const contextIds = new WeakMap<LintCache, Map<string, string>>();
let nextContextId = 0;

/** JSON of metadata / variable specs, per object: parse results are immutable and shared. */
const jsonOf = new WeakMap<object, string>();

function memoJson(value: object | undefined): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? '';
  let json = jsonOf.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    jsonOf.set(value, json);
  }
  return json;
}

function contextId(cache: LintCache, context: string): string {
  let ids = contextIds.get(cache);
  if (!ids) contextIds.set(cache, (ids = new Map()));
  let id = ids.get(context);
  if (id !== undefined) {
    ids.delete(context); // refresh recency
  } else {
    // Ids are never re-used, so an evicted context cannot alias a later one.
    id = (nextContextId++).toString(36);
    while (ids.size >= MAX_CONTEXTS) ids.delete(ids.keys().next().value as string);
  }
  ids.set(context, id);
  return id;
}

/** A key built for a template, and what it was built from. */
interface KeyMemo {
  context: string;
  id: string;
  defaultVariable: object | undefined;
  /** Placeholder dialect the body was parsed in (config overrides may differ per file). */
  dialect: string | undefined;
  /** The line break right after the template (see lineBreakAfter). */
  breakAfter: string;
  /** Where the template's raw text starts in `key`. */
  sourceStart: number;
  /** Built for a template the parser vouched for (template/placement.ts): its text is its metadata's section text. */
  vouched: boolean;
  key: string;
}

/**
 * The line break that ends the template's last line ('' at the end of the text or before
 * other text). It lies outside the template's range, yet fixes that add a line copy it (a
 * body ending with a link gets the new sentence on a line of its own, in the body's line
 * break), so a cached fix made before that break changed would insert the old one.
 */
export function lineBreakAfter(text: string, end: number): string {
  const c = text.charCodeAt(end);
  if (c === 10) return '\n';
  if (c !== 13) return '';
  return text.charCodeAt(end + 1) === 10 ? '\r\n' : '\r';
}

/**
 * Keys already built, per template metadata object. The parser creates one metadata object
 * per parsed section, and the memoising parser's moved copies of an unchanged template
 * share it (they are new Template objects), so it identifies "this template, wherever it
 * now sits". What the key holds is still compared before a memo is used; the text only
 * when the parser does not vouch for it (template/placement.ts).
 */
const keyOfTemplate = new WeakMap<object, KeyMemo>();

/**
 * Cache keys for the templates of one lint. A key holds everything a template's check()
 * can see: the config (`configKey`), the file format, front matter and path locale — the same for the
 * whole file, so built once per lint and interned to a short id instead of being copied
 * into each of thousands of keys — then the template's id, effective metadata, the line
 * break after it and its raw text.
 * An unchanged template (or the memoising parser's moved copy of it) gets the same key
 * string object as last time, already flat and hashed: no slicing, joining or rehashing.
 * Since hand-built files may share metadata objects or place a template in another text,
 * the memo is used only when its context, id, metadata, default variable and text all match.
 */
export function templateKeys(cache: LintCache, file: TemplateFile, configKey: string): { context: string; keyOf: (template: Template) => string } {
  const frontMatter = file.frontMatter ? file.text.slice(file.frontMatter.range.start, file.frontMatter.range.end) : '';
  // The locale a path names (`es.yml`, `templates/es/`) changes what rules check, as front matter does.
  const pathLocale = localeFromPath(file.path)?.locale ?? '';
  const context = contextId(cache, `${configKey}\u0000${file.format}\u0000${frontMatter}\u0000${pathLocale}`);
  return { context, keyOf: (template) => {
    const { start, end } = template.range;
    // Hand-built templates may lack metadata: no memo for them.
    const owner: object | undefined = typeof template.metadata === 'object' && template.metadata !== null ? template.metadata : undefined;
    const memo = owner && keyOfTemplate.get(owner);
    const breakAfter = lineBreakAfter(file.text, end);
    const vouched = isPlacedIn(template, file.text);
    if (
      memo &&
      memo.context === context &&
      memo.id === template.id &&
      memo.defaultVariable === template.defaultVariable &&
      memo.breakAfter === breakAfter &&
      memo.key.length - memo.sourceStart === end - start &&
      // Vouched for on both sides: the text, and the dialect the body was parsed in, are those
      // of the one section parse that made this metadata object (the body is not read).
      ((vouched && memo.vouched) || (memo.dialect === template.body.dialect && memo.key.endsWith(file.text.slice(start, end))))
    ) {
      // Compared equal: the memo's text is this metadata's section text from now on.
      if (vouched) memo.vouched = true;
      return memo.key;
    }
    const prefix = `${context}\u0000${template.id}\u0000${memoJson(template.metadata)}\u0000${memoJson(template.defaultVariable)}\u0000${template.body.dialect ?? ''}\u0000${breakAfter}\u0000`;
    // Detached: a slice of the document would keep that whole version alive in the cache.
    const key = prefix + detachedSlice(file.text, start, end);
    if (owner) keyOfTemplate.set(owner, {
      context,
      id: template.id,
      defaultVariable: template.defaultVariable,
      dialect: template.body.dialect,
      breakAfter,
      sourceStart: prefix.length,
      vouched,
      key,
    });
    return key;
  } };
}
