const KINDS = ['support', 'transactional', 'marketing'];
const REGIONS = ['us', 'us-strict', 'ca', 'uk-eu'];
const CHARSETS = ['gsm', 'ucs2', 'digits', 'ascii', 'unknown'];
const VARIABLE_KEYS = ['minLength', 'maxLength', 'charset', 'sample'];
/** "HH:MM-HH:MM", 24-hour local time; 24:00 is allowed as an end. */
const SEND_WINDOW = /^(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
/**
 * Checks metadata read from YAML or a flat comment. Invalid values become
 * 'metadata-invalid' problems located at the value and are dropped; unknown keys are kept
 * (the contract lets rules report them).
 */
export function validateMetadata(raw, locate) {
    const metadata = {};
    const problems = [];
    const invalid = (path, message) => problems.push({ code: 'metadata-invalid', message, range: locate(path), severity: 'error' });
    for (const [key, value] of Object.entries(raw)) {
        switch (key) {
            case 'kind':
                if (typeof value === 'string' && KINDS.includes(value))
                    metadata.kind = value;
                else
                    invalid([key], `"kind" must be one of ${KINDS.join(', ')}.`);
                break;
            case 'region':
                if (typeof value === 'string' && REGIONS.includes(value))
                    metadata.region = value;
                else
                    invalid([key], `"region" must be one of ${REGIONS.join(', ')}.`);
                break;
            case 'brand':
            case 'locale':
                if (typeof value === 'string' && value.trim() !== '')
                    metadata[key] = value;
                else
                    invalid([key], `"${key}" must be a non-empty string.`);
                break;
            case 'maxSegments':
                if (Number.isInteger(value) && value >= 1)
                    metadata.maxSegments = value;
                else
                    invalid([key], '"maxSegments" must be a whole number of at least 1.');
                break;
            case 'sendWindow':
                if (typeof value === 'string' && SEND_WINDOW.test(value))
                    metadata.sendWindow = value;
                else
                    invalid([key], '"sendWindow" must be "HH:MM-HH:MM" in 24-hour local time, e.g. "09:00-20:00".');
                break;
            case 'optInConfirmation':
            case 'recurring':
                if (typeof value === 'boolean')
                    metadata[key] = value;
                else
                    invalid([key], `"${key}" must be true or false.`);
                break;
            case 'variables': {
                if (!isPlainObject(value)) {
                    invalid([key], '"variables" must map variable names to {maxLength, charset, sample}.');
                    break;
                }
                const variables = {};
                for (const [name, spec] of Object.entries(value)) {
                    const checked = validateVariable(spec, (message, field) => invalid(field === undefined ? [key, name] : [key, name, field], `Variable "${name}": ${message}`));
                    if (checked)
                        variables[name] = checked;
                }
                metadata.variables = variables;
                break;
            }
            default:
                metadata[key] = value;
        }
    }
    return { metadata, problems };
}
function validateVariable(spec, invalid) {
    if (spec === null)
        return {};
    if (!isPlainObject(spec)) {
        invalid('expected {maxLength, minLength, charset, sample}.');
        return null;
    }
    const out = {};
    for (const [field, value] of Object.entries(spec)) {
        if (!VARIABLE_KEYS.includes(field))
            invalid(`unknown field "${field}" (known: ${VARIABLE_KEYS.join(', ')}).`, field);
        else if (field === 'minLength' || field === 'maxLength') {
            if (Number.isInteger(value) && value >= 0)
                out[field] = value;
            else
                invalid(`"${field}" must be a whole number ≥ 0.`, field);
        }
        else if (field === 'charset') {
            if (typeof value === 'string' && CHARSETS.includes(value))
                out.charset = value;
            else
                invalid(`"charset" must be one of ${CHARSETS.join(', ')}.`, field);
        }
        else if (typeof value === 'string' || typeof value === 'number')
            out.sample = String(value);
        else
            invalid('"sample" must be a string.', field);
    }
    if (out.minLength !== undefined && out.maxLength !== undefined && out.minLength > out.maxLength) {
        invalid(`"minLength" (${out.minLength}) is greater than "maxLength" (${out.maxLength}).`, 'minLength');
        delete out.minLength;
    }
    return out;
}
/** Own metadata over defaults; variable specs merge field by field. */
export function mergeMetadata(base, own) {
    const merged = { ...base, ...own };
    if (base.variables || own.variables) {
        const variables = { ...base.variables };
        for (const [name, spec] of Object.entries(own.variables ?? {}))
            variables[name] = { ...variables[name], ...spec };
        merged.variables = variables;
    }
    return merged;
}
export function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=metadata.js.map