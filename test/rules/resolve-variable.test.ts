import { describe, expect, it } from 'vitest';
import type { VariableSpec } from '@smslint/core';
import { DEFAULT_VARIABLE, resolveVariable } from '../../packages/core/src/template/variable-values.js';
import { mulberry32 as prng } from '../../bench/lib/seeded-random.js';

/** The definition: template metadata over config over the fallback, merged by spreading. */
function reference(name: string, declared: Record<string, VariableSpec> | undefined, configured: Record<string, VariableSpec> | undefined, fallback: VariableSpec) {
  const own = (record: Record<string, VariableSpec> | undefined, key: string) => (record && Object.hasOwn(record, key) ? record[key] : undefined);
  const key = name.replace(/^(?:this\.|\.\/)/, '');
  const fromTemplate = own(declared, key) ?? own(declared, name);
  const fromConfig = own(configured, key) ?? own(configured, name);
  const spec = { ...fallback, ...fromConfig, ...fromTemplate };
  const maxLength = spec.maxLength ?? DEFAULT_VARIABLE.maxLength;
  return {
    minLength: Math.min(spec.minLength ?? 0, maxLength),
    maxLength,
    charset: spec.charset ?? DEFAULT_VARIABLE.charset,
    sample: spec.sample,
    declared: fromTemplate !== undefined || fromConfig !== undefined,
  };
}

const NAMES = ['name', 'this.name', './name', 'this./name', 'order.id', 'this.order.id', 'constructor', '__proto__', '> footer', 'thisname'];

function randomSpec(random: () => number): VariableSpec {
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
  const r = random();
  // Odd values the merge must treat as spreading would: null, a string, an array, undefined fields, hidden fields.
  if (r < 0.04) return null as unknown as VariableSpec;
  if (r < 0.08) return 'abc' as unknown as VariableSpec;
  if (r < 0.1) return [1, 2] as unknown as VariableSpec;
  const spec: Record<string, unknown> = {};
  for (const field of ['maxLength', 'minLength', 'charset', 'sample']) {
    const roll = random();
    if (roll < 0.35) continue;
    if (roll < 0.45) spec[field] = undefined;
    else if (roll < 0.5) Object.defineProperty(spec, field, { value: 7, enumerable: false });
    else if (field === 'charset') spec[field] = pick(['gsm', 'digits', 'ascii', 'ucs2', 'unknown']);
    else if (field === 'sample') spec[field] = pick(['Dana', '', '123']);
    else spec[field] = Math.floor(random() * 50);
  }
  return spec as VariableSpec;
}

function randomRecord(random: () => number): Record<string, VariableSpec> | undefined {
  if (random() < 0.2) return undefined;
  const record: Record<string, VariableSpec> = {};
  for (const name of NAMES) if (random() < 0.4) Object.defineProperty(record, name, { value: randomSpec(random), enumerable: true, writable: true });
  return record;
}

describe('resolveVariable', () => {
  it('merges fields exactly as spreading fallback, config and template specs does (generated specs)', () => {
    const random = prng(31);
    for (let i = 0; i < 5_000; i++) {
      const declared = randomRecord(random);
      const configured = randomRecord(random);
      const fallback = random() < 0.5 ? DEFAULT_VARIABLE : randomSpec(random) ?? {};
      for (const name of NAMES) {
        expect(resolveVariable(name, declared, configured, fallback), JSON.stringify({ name, declared, configured, fallback })).toEqual(
          reference(name, declared, configured, fallback),
        );
      }
    }
  });
});
