/**
 * Ignore files on the linear-time matcher (issue 17, item 11): the same decisions as the
 * `ignore` package (git semantics) on random ignore files and paths, and bounded time and a
 * clear warning (never a crash) on the patterns that made it backtrack or overflow.
 */
import fc from 'fast-check';
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { GitignoreRules } from '../../packages/cli/src/files/gitignore-rules.js';
import { propertyRuns, propertySeed } from '../reliability/property-runs.js';

const NAME = fc.constantFrom('a', 'b', 'ab', '.a', 'x.sms.md', 'drafts', 'c');
const GLOB_PART = fc.constantFrom('a', 'b', 'ab', '.a', '*', '**', '?', 'a*', '*.sms.md', '[ab]', '[!a]', 'drafts', 'x.sms.md');
const line = fc
  .tuple(fc.boolean(), fc.constantFrom('', '/'), fc.array(GLOB_PART, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '/'), fc.constantFrom('', '', '#'))
  .map(([negated, lead, parts, trail, comment]) => `${comment}${negated ? '!' : ''}${lead}${parts.join('/')}${trail}`);
const path = fc.tuple(fc.array(NAME, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([parts, dir]) => parts.join('/') + (dir ? '/' : ''));

describe('GitignoreRules', () => {
  it('decides like the `ignore` package on random ignore files and paths', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.array(path, { minLength: 1, maxLength: 10 }), (lines, paths) => {
        const ours = new GitignoreRules().add(lines.join('\n'));
        const theirs = ignore().add(lines.join('\n'));
        for (const p of paths) expect(ours.ignores(p), `${JSON.stringify(lines)} on ${p}`).toBe(theirs.ignores(p));
      }),
      { numRuns: Math.min(propertyRuns(), 3_000), seed: propertySeed() },
    );
  });

  it('`**/a/` × 9 over a 40-level path is fast; 64K-character and `a/**/` × 3,000 patterns are refused with their line', () => {
    const deep = `${Array.from({ length: 40 }, () => 'a').join('/')}/x.sms.md`;
    const rules = new GitignoreRules().add([`${'**/a/'.repeat(9)}b`, 'x'.repeat(65_536), `${'a/**/'.repeat(3_000)}b`, 'keep.sms.md']);
    const started = performance.now();
    expect(rules.ignores(deep)).toBe(false);
    expect(rules.ignores('keep.sms.md')).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(rules.refused.map((r) => r.line)).toEqual([2, 3]);
    expect(rules.refused[0].reason).toMatch(/pattern too long \(65539 characters/);
  });
});
