/**
 * mulberry32: a tiny deterministic PRNG, so generated corpora and test inputs are the same
 * on every machine and run (a failing run replays exactly). Shared by benches and tests.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A string of 0 to `maxCount - 1` pieces, each drawn from `pieces` (the count is drawn
 * first): the generated inputs of property tests that mix tricky fragments.
 * @param {() => number} random
 * @param {readonly string[]} pieces
 * @param {number} maxCount
 * @returns {string}
 */
export function randomPieces(random, pieces, maxCount) {
  let text = '';
  const count = Math.floor(random() * maxCount);
  for (let j = 0; j < count; j++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}
