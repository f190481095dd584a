/** Distinct file contexts remembered per cache; an evicted one only costs cache misses. */
const MAX_CONTEXTS = 256;
/** Short ids for file contexts (config + format + front matter), per cache. */
const contextIds = new WeakMap();
let nextContextId = 0;
/** JSON of metadata / variable specs, per object: parse results are immutable and shared. */
const jsonOf = new WeakMap();
function memoJson(value) {
    if (typeof value !== 'object' || value === null)
        return JSON.stringify(value) ?? '';
    let json = jsonOf.get(value);
    if (json === undefined) {
        json = JSON.stringify(value);
        jsonOf.set(value, json);
    }
    return json;
}
function contextId(cache, context) {
    let ids = contextIds.get(cache);
    if (!ids)
        contextIds.set(cache, (ids = new Map()));
    let id = ids.get(context);
    if (id !== undefined) {
        ids.delete(context); // refresh recency
    }
    else {
        // Ids are never re-used, so an evicted context cannot alias a later one.
        id = (nextContextId++).toString(36);
        while (ids.size >= MAX_CONTEXTS)
            ids.delete(ids.keys().next().value);
    }
    ids.set(context, id);
    return id;
}
/**
 * Keys already built, per template metadata object. The parser creates one metadata object
 * per parsed section, and the memoising parser's moved copies of an unchanged template
 * share it (they are new Template objects), so it identifies "this template, wherever it
 * now sits". What the key holds is still compared before a memo is used.
 */
const keyOfTemplate = new WeakMap();
/**
 * Cache keys for the templates of one lint. A key holds everything a template's check()
 * can see: the config (`configKey`), the file format and front matter — the same for the
 * whole file, so built once per lint and interned to a short id instead of being copied
 * into each of thousands of keys — then the template's id, effective metadata and raw text.
 * An unchanged template (or the memoising parser's moved copy of it) gets the same key
 * string object as last time, already flat and hashed: no slicing, joining or rehashing.
 * Since hand-built files may share metadata objects or place a template in another text,
 * the memo is used only when its context, id, metadata, default variable and text all match.
 */
export function templateKeys(cache, file, configKey) {
    const frontMatter = file.frontMatter ? file.text.slice(file.frontMatter.range.start, file.frontMatter.range.end) : '';
    const context = contextId(cache, `${configKey}\u0000${file.format}\u0000${frontMatter}`);
    return (template) => {
        const { start, end } = template.range;
        // Hand-built templates may lack metadata: no memo for them.
        const owner = typeof template.metadata === 'object' && template.metadata !== null ? template.metadata : undefined;
        const memo = owner && keyOfTemplate.get(owner);
        if (memo &&
            memo.context === context &&
            memo.id === template.id &&
            memo.defaultVariable === template.defaultVariable &&
            memo.key.length - memo.sourceStart === end - start &&
            memo.key.endsWith(file.text.slice(start, end))) {
            return memo.key;
        }
        const prefix = `${context}\u0000${template.id}\u0000${memoJson(template.metadata)}\u0000${memoJson(template.defaultVariable)}\u0000`;
        const key = prefix + file.text.slice(start, end);
        if (owner)
            keyOfTemplate.set(owner, {
                context,
                id: template.id,
                defaultVariable: template.defaultVariable,
                sourceStart: prefix.length,
                key,
            });
        return key;
    };
}
//# sourceMappingURL=template-cache-key.js.map