import type { OffsetRange } from '../text/range.js';
import { DIALECT_IDS, isDialectId } from './dialects/registry.js';
import type { ParseProblem, TemplateMetadata, VariableSpec } from './types.js';
import { isVariableType, VARIABLE_TYPES } from './variable-types.js';

const KINDS = ['support', 'transactional', 'marketing'];
const REGIONS = ['us', 'us-strict', 'ca', 'uk-eu'];
const CHARSETS = ['gsm', 'ucs2', 'digits', 'ascii', 'unknown'];
const VARIABLE_KEYS = ['type', 'minLength', 'maxLength', 'charset', 'sample'];
/** "HH:MM-HH:MM", 24-hour local time; 24:00 is allowed as an end. */
const SEND_WINDOW = /^(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

export type Locate = (path: readonly (string | number)[]) => OffsetRange;

/**
 * Checks metadata read from YAML or a flat comment. Invalid values become
 * 'metadata-invalid' problems located at the value and are dropped; unknown keys are kept
 * (the contract lets rules report them).
 */
export function validateMetadata(raw: Record<string, unknown>, locate: Locate): { metadata: TemplateMetadata; problems: ParseProblem[] } {
  const metadata: TemplateMetadata = {};
  const problems: ParseProblem[] = [];
  const invalid = (path: (string | number)[], message: string) =>
    problems.push({ code: 'metadata-invalid', message, range: locate(path), severity: 'error' });

  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'kind':
        if (typeof value === 'string' && KINDS.includes(value)) metadata.kind = value as TemplateMetadata['kind'];
        else invalid([key], `"kind" must be one of ${KINDS.join(', ')}.`);
        break;
      case 'region':
        if (typeof value === 'string' && REGIONS.includes(value)) metadata.region = value as TemplateMetadata['region'];
        else invalid([key], `"region" must be one of ${REGIONS.join(', ')}.`);
        break;
      case 'brand':
      case 'locale':
        if (typeof value === 'string' && value.trim() !== '') metadata[key] = value;
        else invalid([key], `"${key}" must be a non-empty string.`);
        break;
      case 'maxSegments':
        if (Number.isInteger(value) && (value as number) >= 1) metadata.maxSegments = value as number;
        else invalid([key], '"maxSegments" must be a whole number of at least 1.');
        break;
      case 'volume':
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0) metadata.volume = value;
        else invalid([key], '"volume" must be a number of messages per month (0 or more).');
        break;
      case 'destinations': {
        const destinations = validateDestinations(value, (message, country) =>
          invalid(country === undefined ? [key] : [key, country], message),
        );
        if (destinations) metadata.destinations = destinations;
        break;
      }
      case 'sendWindow':
        if (typeof value === 'string' && SEND_WINDOW.test(value)) metadata.sendWindow = value;
        else invalid([key], '"sendWindow" must be "HH:MM-HH:MM" in 24-hour local time, e.g. "09:00-20:00".');
        break;
      case 'optInConfirmation':
      case 'recurring':
      case 'otp':
        if (typeof value === 'boolean') metadata[key] = value;
        else invalid([key], `"${key}" must be true or false.`);
        break;
      case 'placeholders':
        if (isDialectId(value)) metadata.placeholders = value;
        else invalid([key], `"placeholders" must be one of ${DIALECT_IDS.join(', ')}.`);
        break;
      case 'variables': {
        if (!isPlainObject(value)) {
          invalid([key], '"variables" must map variable names to {type, maxLength, charset, sample}.');
          break;
        }
        const variables: Record<string, VariableSpec> = {};
        for (const [name, spec] of Object.entries(value)) {
          const checked = validateVariable(spec, (message, field) =>
            invalid(field === undefined ? [key, name] : [key, name, field], `Variable "${name}": ${message}`),
          );
          if (checked) variables[name] = checked;
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

/** ISO 3166-1 alpha-2 country codes are two capital letters. */
const COUNTRY = /^[A-Z]{2}$/;

function validateDestinations(
  value: unknown,
  invalid: (message: string, country?: string) => void,
): Record<string, number> | null {
  if (!isPlainObject(value)) {
    invalid('"destinations" must map ISO 3166 country codes to shares, e.g. {US: 0.8, CA: 0.2}.');
    return null;
  }
  const out: Record<string, number> = {};
  for (const [country, share] of Object.entries(value)) {
    if (!COUNTRY.test(country)) invalid(`"destinations": "${country}" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. US).`, country);
    else if (typeof share !== 'number' || !Number.isFinite(share) || share < 0) invalid(`"destinations": the share of ${country} must be a number of 0 or more.`, country);
    else out[country] = share;
  }
  return out;
}

function validateVariable(spec: unknown, invalid: (message: string, field?: string) => void): VariableSpec | null {
  if (spec === null) return {};
  if (!isPlainObject(spec)) {
    invalid('expected {type, maxLength, minLength, charset, sample}.');
    return null;
  }
  const out: VariableSpec = {};
  for (const [field, value] of Object.entries(spec)) {
    if (!VARIABLE_KEYS.includes(field)) invalid(`unknown field "${field}" (known: ${VARIABLE_KEYS.join(', ')}).`, field);
    else if (field === 'type') {
      if (isVariableType(value)) out.type = value;
      else invalid(`"type" must be one of ${VARIABLE_TYPES.join(', ')}.`, field);
    } else if (field === 'minLength' || field === 'maxLength') {
      if (Number.isInteger(value) && (value as number) >= 0) out[field] = value as number;
      else invalid(`"${field}" must be a whole number ≥ 0.`, field);
    } else if (field === 'charset') {
      if (typeof value === 'string' && CHARSETS.includes(value)) out.charset = value as VariableSpec['charset'];
      else invalid(`"charset" must be one of ${CHARSETS.join(', ')}.`, field);
    } else if (typeof value === 'string' || typeof value === 'number') out.sample = String(value);
    else invalid('"sample" must be a string.', field);
  }
  if (out.minLength !== undefined && out.maxLength !== undefined && out.minLength > out.maxLength) {
    invalid(`"minLength" (${out.minLength}) is greater than "maxLength" (${out.maxLength}).`, 'minLength');
    delete out.minLength;
  }
  return out;
}

/** Own metadata over defaults; variable specs merge field by field. */
export function mergeMetadata(base: TemplateMetadata, own: TemplateMetadata): TemplateMetadata {
  const merged: TemplateMetadata = { ...base, ...own };
  if (base.variables || own.variables) {
    const variables: Record<string, VariableSpec> = { ...base.variables };
    for (const [name, spec] of Object.entries(own.variables ?? {})) variables[name] = { ...variables[name], ...spec };
    merged.variables = variables;
  }
  return merged;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
