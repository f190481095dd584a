/** Spec used for variables nobody declared: up to 20 characters that may force UCS-2. */
export const DEFAULT_VARIABLE = { maxLength: 20, charset: 'unknown' };
/**
 * The worst character of each charset for the maximum rendering (sms-facts.md §1):
 * digits cost 1 septet; any GSM character may be an extension character (2 septets);
 * "ascii" means printable ASCII without the backtick (which is not GSM), so its worst is an
 * extension character like "{" too; ucs2/unknown values may hold astral characters (emoji),
 * 2 UTF-16 units each, and force UCS-2.
 */
const WORST = {
    digits: '9',
    gsm: '€',
    ascii: '{',
    ucs2: '😀',
    unknown: '😀',
};
/** Whether a value of this charset may switch the whole message to UCS-2. */
export function mayForceUcs2(charset) {
    return charset === 'ucs2' || charset === 'unknown';
}
export function minimumValue(spec) {
    return (spec.charset === 'digits' ? '0' : 'a').repeat(spec.minLength);
}
export function maximumValue(spec) {
    return WORST[spec.charset].repeat(spec.maxLength);
}
/** The declared sample, else a plausible value within the declared lengths. */
export function sampleValue(name, spec) {
    if (spec.sample !== undefined)
        return spec.sample;
    const base = spec.charset === 'digits' ? '123456' : plausibleWord(name);
    let value = base.slice(0, Math.max(spec.minLength, Math.min(base.length, spec.maxLength)));
    while (value.length < spec.minLength)
        value += spec.charset === 'digits' ? '0' : 'x';
    return value;
}
function plausibleWord(name) {
    const last = name.split('.').pop() ?? name;
    if (/name/i.test(last))
        return 'Alex';
    if (/url|link/i.test(last))
        return 'https://example.com/t/AB12';
    if (/code|otp|pin/i.test(last))
        return '482913';
    if (/date/i.test(last))
        return '12 May';
    if (/time/i.test(last))
        return '3:30 PM';
    return 'Sample';
}
/** Template metadata, then config variables, then the default spec; fields merge. */
export function resolveVariable(name, declared, configured, fallback) {
    const key = name.startsWith('this.') ? name.slice(5) : name.startsWith('./') ? name.slice(2) : name;
    const own = ownSpec(declared, key) ?? ownSpec(declared, name);
    const config = ownSpec(configured, key) ?? ownSpec(configured, name);
    // Each field as `{ ...fallback, ...config, ...own }` would hold it, without building that object.
    const field = (name) => hasField(own, name) ? own[name] : hasField(config, name) ? config[name] : hasField(fallback, name) ? fallback[name] : undefined;
    const maxLength = field('maxLength') ?? DEFAULT_VARIABLE.maxLength;
    return {
        minLength: Math.min(field('minLength') ?? 0, maxLength),
        maxLength,
        charset: field('charset') ?? DEFAULT_VARIABLE.charset,
        sample: field('sample'),
        declared: own !== undefined || config !== undefined,
    };
}
/** Whether spreading `spec` would copy `field`: an own enumerable property of an object. */
function hasField(spec, field) {
    return spec !== undefined && spec !== null && Object.prototype.propertyIsEnumerable.call(spec, field);
}
/** Own entries only: "constructor" or "__proto__" must not find Object.prototype members. */
function ownSpec(record, key) {
    return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
//# sourceMappingURL=variable-values.js.map