import type { Template, TemplateBody } from '../types.js';
import { go } from './go.js';
import { handlebars } from './handlebars.js';
import { icu } from './icu.js';
import { jinja } from './jinja.js';
import { liquid } from './liquid.js';
import { notify } from './notify.js';
import { printf } from './printf.js';
import { rails } from './rails.js';
import type { Dialect, DialectId } from './types.js';

/** Every placeholder dialect, by id: one line per module. */
export const DIALECTS: Readonly<Record<DialectId, Dialect>> = {
  handlebars,
  liquid,
  icu,
  rails,
  printf,
  notify,
  go,
  jinja,
};

export const DIALECT_IDS = Object.keys(DIALECTS) as DialectId[];

/** The default when neither config nor front matter says otherwise. */
export const DEFAULT_DIALECT: DialectId = 'handlebars';

export function isDialectId(value: unknown): value is DialectId {
  return typeof value === 'string' && Object.hasOwn(DIALECTS, value);
}

export function getDialect(id: DialectId | undefined): Dialect {
  return (id && Object.hasOwn(DIALECTS, id) ? DIALECTS[id] : undefined) ?? DIALECTS[DEFAULT_DIALECT];
}

/** The dialect a template's body was parsed in (hand-built bodies: the default). */
export function dialectOf(template: Template | { body: TemplateBody }): Dialect {
  return getDialect(template.body.dialect);
}
