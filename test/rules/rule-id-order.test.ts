import { rules } from '@smslint/core';
import { describe, expect, it } from 'vitest';
import { compareRuleIds } from '../../packages/core/src/rules/registry.js';

describe('compareRuleIds', () => {
  it('orders every rule id (and the engine ids) as localeCompare does', () => {
    const ids = [...rules.map((rule) => rule.meta.id), 'parse-error', 'internal-error', 'read-error'];
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect([...ids].sort(compareRuleIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect(rules.map((rule) => rule.meta.id)).toEqual(rules.map((rule) => rule.meta.id).sort((a, b) => a.localeCompare(b)));
  });
});
