import type { VariableCharset, VariableSpec, VariableType } from './types.js';
import { TYPE_DEFAULTS } from './variable-types.js';

/** Spec used for variables nobody declared: up to 20 characters that may force UCS-2. */
export const DEFAULT_VARIABLE: Required<Pick<VariableSpec, 'maxLength' | 'charset'>> = { maxLength: 20, charset: 'unknown' };

export interface ResolvedVariable {
  minLength: number;
  maxLength: number;
  charset: VariableCharset;
  sample?: string;
  declared: boolean;
  /** Declared type, else the inferred one. */
  type?: VariableType;
}

/**
 * The worst character of each charset for the maximum rendering (sms-facts.md §1):
 * digits cost 1 septet; any GSM character may be an extension character (2 septets);
 * "ascii" means printable ASCII without the backtick (which is not GSM), so its worst is an
 * extension character like "{" too; ucs2/unknown values may hold astral characters (emoji),
 * 2 UTF-16 units each, and force UCS-2.
 */
const WORST: Record<VariableCharset, string> = {
  digits: '9',
  gsm: '€',
  ascii: '{',
  ucs2: '😀',
  unknown: '😀',
};

/** Whether a value of this charset may switch the whole message to UCS-2. */
export function mayForceUcs2(charset: VariableCharset): boolean {
  return charset === 'ucs2' || charset === 'unknown';
}

export function minimumValue(spec: ResolvedVariable): string {
  return (spec.charset === 'digits' ? '0' : 'a').repeat(spec.minLength);
}

export function maximumValue(spec: ResolvedVariable): string {
  return WORST[spec.charset].repeat(spec.maxLength);
}

/** The declared sample, else a plausible value within the declared lengths. */
export function sampleValue(name: string, spec: ResolvedVariable): string {
  if (spec.sample !== undefined) return spec.sample;
  const base = spec.charset === 'digits' ? '123456' : plausibleWord(name);
  let value = base.slice(0, Math.max(spec.minLength, Math.min(base.length, spec.maxLength)));
  while (value.length < spec.minLength) value += spec.charset === 'digits' ? '0' : 'x';
  return value;
}

function plausibleWord(name: string): string {
  const last = name.split('.').pop() ?? name;
  if (/name/i.test(last)) return 'Alex';
  if (/url|link/i.test(last)) return 'https://example.com/t/AB12';
  if (/code|otp|pin/i.test(last)) return '482913';
  if (/date/i.test(last)) return '12 May';
  if (/time/i.test(last)) return '3:30 PM';
  return 'Sample';
}

/**
 * Template metadata, then config variables, then the defaults of the variable's type
 * (declared, else inferred: `inferredTypes`), then the default spec; fields merge.
 */
export function resolveVariable(
  name: string,
  declared: Record<string, VariableSpec> | undefined,
  configured: Record<string, VariableSpec> | undefined,
  fallback: VariableSpec,
  inferredTypes?: Record<string, VariableType>,
): ResolvedVariable {
  const key = name.startsWith('this.') ? name.slice(5) : name.startsWith('./') ? name.slice(2) : name;
  const own = ownSpec(declared, key) ?? ownSpec(declared, name);
  const config = ownSpec(configured, key) ?? ownSpec(configured, name);
  const declaredType = hasField(own, 'type') ? own!.type : hasField(config, 'type') ? config!.type : undefined;
  const inferredType = inferredTypes && Object.hasOwn(inferredTypes, name) ? inferredTypes[name] : undefined;
  const type = declaredType ?? inferredType;
  const typed = type !== undefined && Object.hasOwn(TYPE_DEFAULTS, type) ? TYPE_DEFAULTS[type] : undefined;
  const layers: Array<VariableSpec | undefined> = [own, config, typed, fallback];
  // Each field as `{ ...fallback, ...typed, ...config, ...own }` would hold it, without building that object.
  const field = <K extends keyof VariableSpec>(key: K): VariableSpec[K] => {
    for (const layer of layers) if (hasField(layer, key)) return layer![key];
    return undefined;
  };
  const maxLength = field('maxLength') ?? DEFAULT_VARIABLE.maxLength;
  return {
    minLength: Math.min(field('minLength') ?? 0, maxLength),
    maxLength,
    charset: field('charset') ?? DEFAULT_VARIABLE.charset,
    sample: field('sample'),
    declared: own !== undefined || config !== undefined,
    ...(typed !== undefined ? { type } : {}),
  };
}

/** Whether spreading `spec` would copy `field`: an own enumerable property of an object. */
function hasField(spec: VariableSpec | undefined, field: keyof VariableSpec): boolean {
  return spec !== undefined && spec !== null && Object.prototype.propertyIsEnumerable.call(spec, field);
}

/** Own entries only: "constructor" or "__proto__" must not find Object.prototype members. */
function ownSpec(record: Record<string, VariableSpec> | undefined, key: string): VariableSpec | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
