import { escapePointerSegment } from './json-source.js';
import { loadAjv } from './load-ajv.js';
import { configSchema } from './schema.js';
let compiled;
function validator() {
    if (!compiled) {
        const Ajv = loadAjv();
        const ajv = new Ajv({ allErrors: true, strict: false });
        compiled = ajv.compile(configSchema);
    }
    return compiled;
}
const SEVERITIES = '"off", "info", "warn" or "error"';
/** `/rules/<id>/1…`: inside a rule's options object. */
const OPTIONS_PATH = /^\/rules\/([^/]+)\/1(\/.*)?$/;
const unescape = (segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
/** One human message per offending value (ajv reports every failed branch of a oneOf). */
function describe(error, pointer) {
    const where = pointer || '(root)';
    if (error.keyword === 'additionalProperties') {
        const name = String(error.params.additionalProperty);
        if (error.instancePath === '/rules')
            return `Unknown rule "${name}" (see docs/rules/README.md for rule ids)`;
        if (error.instancePath === '')
            return `Unknown config field "${name}" (see docs/configuration.md)`;
        const options = OPTIONS_PATH.exec(error.instancePath);
        if (options)
            return `Invalid options for rule "${unescape(options[1])}": unknown option "${name}"`;
        return `Unknown field "${name}" in ${error.instancePath}`;
    }
    const options = OPTIONS_PATH.exec(error.instancePath);
    if (options) {
        const where = options[2] ? ` at "${options[2].slice(1)}"` : '';
        return `Invalid options for rule "${unescape(options[1])}"${where}: ${error.message ?? 'invalid'}`;
    }
    if (/^\/rules\/[^/]+/.test(error.instancePath)) {
        const rule = unescape(error.instancePath.split('/')[2]);
        return `Invalid setting for rule "${rule}": expected ${SEVERITIES}, or [severity, {options}]`;
    }
    if (error.keyword === 'enum') {
        const allowed = error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ');
        return `${where}: must be one of ${allowed}`;
    }
    return `${where}: ${error.message ?? 'is invalid'}`;
}
/** The pointer the user should look at for an ajv error (the unknown key itself for additionalProperties). */
function pointerOf(error) {
    if (error.keyword === 'additionalProperties') {
        return `${error.instancePath}/${escapePointerSegment(String(error.params.additionalProperty))}`;
    }
    if (OPTIONS_PATH.test(error.instancePath))
        return error.instancePath;
    const rule = /^\/rules\/[^/]+/.exec(error.instancePath);
    return rule ? rule[0] : error.instancePath;
}
function rangeOf(pointer, locations, preferKey) {
    if (!locations)
        return undefined;
    return (preferKey ? locations.keys.get(pointer) : undefined) ?? locations.values.get(pointer) ?? locations.keys.get(pointer);
}
/**
 * Validate parsed config JSON against the shipped schema. Each offending value gives one
 * located error (pointer, and range when `locations` from parseJsonSource are given).
 * Never throws.
 */
export function validateConfig(json, file, locations) {
    const validate = validator();
    if (validate(json))
        return { valid: true, config: json, errors: [] };
    const byPointer = new Map();
    const all = validate.errors ?? [];
    // A rule whose options are wrong gets the options error, not the oneOf's other branches.
    const badOptions = new Set(all.flatMap((e) => OPTIONS_PATH.exec(e.instancePath)?.[1] ?? []));
    for (const error of all) {
        const pointer = pointerOf(error);
        const rule = /^\/rules\/([^/]+)$/.exec(pointer)?.[1];
        if (rule && badOptions.has(rule))
            continue;
        if ([...byPointer.keys()].some((p) => pointer.startsWith(`${p}/`) || p.startsWith(`${pointer}/`)))
            continue;
        if (byPointer.has(pointer))
            continue;
        byPointer.set(pointer, {
            file,
            message: describe(error, pointer),
            pointer,
            range: rangeOf(pointer, locations, error.keyword === 'additionalProperties'),
        });
    }
    const errors = [...byPointer.values()];
    return { valid: false, config: withoutInvalid(json, errors), errors };
}
/**
 * The config minus every offending value, so one bad rule setting does not throw away
 * the rest of the file. A non-object root yields an empty config.
 */
function withoutInvalid(json, errors) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        return {};
    const copy = { ...json };
    for (const error of errors) {
        const parts = (error.pointer ?? '').split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (parts.length === 0)
            return {};
        const [top, second] = parts;
        const container = copy[top];
        if (parts.length >= 2 &&
            (top === 'rules' || top === 'variables') &&
            typeof container === 'object' &&
            container !== null &&
            !Array.isArray(container)) {
            const inner = { ...container };
            delete inner[second];
            copy[top] = inner;
        }
        else {
            delete copy[top];
        }
    }
    return copy;
}
//# sourceMappingURL=validate.js.map