import type { VariableSpec, VariableType } from './types.js';

/** Every variable `type`, in the order the docs and the JSON schema list them. */
export const VARIABLE_TYPES: readonly VariableType[] = [
  'url',
  'phone',
  'email',
  'digits',
  'id',
  'number',
  'money',
  'date',
  'time',
  'name',
  'text',
];

/**
 * What a value of each type looks like when nothing more is declared (docs/configuration.md,
 * "Variable types"). A declaration's own fields override these field by field. Lengths are
 * what sending systems usually produce: a branded tracking link, an E.164 or formatted
 * national number, a 4–8 digit code. Samples pass link-validity and phone-validity.
 */
export const TYPE_DEFAULTS: Readonly<Record<VariableType, Readonly<Required<Omit<VariableSpec, 'type'>>>>> = {
  url: { charset: 'ascii', minLength: 12, maxLength: 40, sample: 'https://example.com/t/AB12' },
  phone: { charset: 'ascii', minLength: 10, maxLength: 16, sample: '+1 888 123 4567' },
  email: { charset: 'ascii', minLength: 6, maxLength: 40, sample: 'help@example.com' },
  digits: { charset: 'digits', minLength: 4, maxLength: 8, sample: '482913' },
  id: { charset: 'ascii', minLength: 4, maxLength: 20, sample: 'A1B2C3D4' },
  number: { charset: 'ascii', minLength: 1, maxLength: 10, sample: '3' },
  money: { charset: 'gsm', minLength: 2, maxLength: 12, sample: '$42.50' },
  date: { charset: 'gsm', minLength: 5, maxLength: 20, sample: 'Tue, May 12' },
  time: { charset: 'ascii', minLength: 4, maxLength: 8, sample: '3:30 PM' },
  name: { charset: 'unknown', minLength: 1, maxLength: 20, sample: 'Alex' },
  text: { charset: 'unknown', minLength: 0, maxLength: 20, sample: 'Sample' },
};

export function isVariableType(value: unknown): value is VariableType {
  return typeof value === 'string' && (VARIABLE_TYPES as readonly string[]).includes(value);
}

/** Types whose values are links, phone numbers or email addresses (what detections list). */
export const CONTACT_TYPES: ReadonlySet<VariableType> = new Set(['url', 'phone', 'email']);
