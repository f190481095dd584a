import { describe, expect, it } from 'vitest';
import { variableRoot } from '@smslint/core';
import { mulberry32 as prng, randomPieces } from '../../bench/lib/seeded-random.js';

const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|null|undefined)$/;

/** The definition with regular expressions, as first written. */
function reference(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed || LITERAL.test(trimmed) || trimmed.startsWith('@') || trimmed.startsWith('../')) return undefined;
  const path = trimmed.replace(/^this[./]/, '');
  if (path === 'this' || path === '.') return undefined;
  return path.split(/[./]/)[0] || undefined;
}

const PARTS = ['this', '.', '/', '..', '../', '@', 'name', 'order', 'id', ' ', '\t', '"', "'", '1', '-', 'true', 'null', 'x', 'thisx', '[a]', '\u00a0'];

describe('variableRoot', () => {
  it('equals the regular-expression definition (generated paths)', () => {
    const random = prng(41);
    for (let i = 0; i < 20_000; i++) {
      const name = randomPieces(random, PARTS, 6);
      expect(variableRoot(name), JSON.stringify(name)).toBe(reference(name));
    }
  });
});
