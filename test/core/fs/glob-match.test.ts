/**
 * The linear-time glob matcher (issue 17, item 11) against picomatch on random glob shapes
 * and paths, and its time on the patterns that made regex matchers backtrack.
 */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { checkGlob, compileGlob, MAX_GLOB_LENGTH } from '../../../packages/core/src/fs/glob-match.js';
import { propertyRuns, propertySeed } from '../../reliability/property-runs.js';

const PATTERN_PART = fc.constantFrom('a', 'b', 'ab', '.a', '*', '**', '?', 'a*', '*b', '[ab]', '[b-c]', 'a?b', '{a,b}', '.*', 'x.sms.md', '*.sms.md');
const PATH_PART = fc.constantFrom('a', 'b', 'ab', 'aab', '.a', '.b', 'c', 'x.sms.md', 'y.sms.md', 'ba');

/**
 * Two picomatch quirks are left out on purpose: it reads `[!a]` as something that matches
 * "a" (git and POSIX negate it; ours does), and `*\/**` does not match "a" while `a/**`
 * does (ours: a trailing `**` may match no segment after any segment).
 */
const pattern = fc
  .array(PATTERN_PART, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('/'))
  .filter((glob) => !/(^|\/)[^/]*[*?[{][^/]*\/\*\*$/.test(glob));
const path = fc.array(PATH_PART, { minLength: 1, maxLength: 7 }).map((parts) => parts.join('/'));

describe('compileGlob', () => {
  it.each([true, false])('agrees with picomatch (dot: %s) on random glob shapes and paths', (dot) => {
    fc.assert(
      fc.property(pattern, fc.array(path, { minLength: 1, maxLength: 8 }), (glob, paths) => {
        const ours = compileGlob(glob, { dot });
        const theirs = picomatch(glob, { dot });
        for (const p of paths) expect(ours(p), `${glob} on ${p}`).toBe(theirs(p));
      }),
      { numRuns: Math.min(propertyRuns(), 3_000), seed: propertySeed() },
    );
  });

  it('matches `**/a/` × 9 and `a/**/` × 3,000 over deep paths in linear time; refuses over-long patterns', () => {
    const deep = Array.from({ length: 40 }, () => 'a').join('/') + '/b';
    const started = performance.now();
    expect(compileGlob(`${'**/a/'.repeat(9)}c`, { dot: true })(deep)).toBe(false);
    const long = `${'a/**/'.repeat(200)}c`;
    expect(compileGlob(long, { dot: true })(deep)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(checkGlob(`${'a/**/'.repeat(3_000)}c`)).toMatch(/pattern too long \(15001 characters; the limit is 1024\)/);
    expect(checkGlob('x'.repeat(65_536))).toMatch(/too long/);
    expect(checkGlob('a'.repeat(MAX_GLOB_LENGTH))).toBeUndefined();
    expect(checkGlob('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}')).toMatch(/brace alternatives/);
  });
});
