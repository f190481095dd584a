import type { Template } from './types.js';

/** Keys that would reach an object's prototype: never written or read by previews. */
export const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Declared samples (nested by dotted path) under the caller's data. */
export function withSamples(template: Template, data: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(template.metadata.variables ?? {})) {
    if (spec.sample === undefined) continue;
    setSamplePath(merged, name.split('.'), spec.sample);
  }
  return { ...merged, ...data };
}

/**
 * Sets `value` at a dotted path (`["customer", "firstName"]`), creating plain objects on the
 * way and replacing what is not one. A path through a prototype key is not written (false).
 */
export function setSamplePath(target: Record<string, unknown>, path: readonly string[], value: unknown): boolean {
  if (path.some((key) => UNSAFE_KEYS.has(key))) return false;
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (!Object.hasOwn(node, key) || typeof node[key] !== 'object' || node[key] === null) node[key] = Object.create(null);
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
  return true;
}

/**
 * The value at a dotted path in sample data, own properties only (no prototype, no
 * getters run on anything but plain data): a placeholder `{{a.b}}` reads data.a.b.
 */
export function lookupPath(data: unknown, path: readonly string[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (UNSAFE_KEYS.has(key) || typeof node !== 'object' || node === null) return undefined;
    if (Array.isArray(node) && /^\d+$/.test(key)) node = node[Number(key)];
    else if (Object.hasOwn(node, key)) node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}
