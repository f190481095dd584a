#!/usr/bin/env node
// md5 of everything `smslint` prints for the CLI bench corpus, in every output format, so a
// performance change can show its output stayed byte-identical (before/after, or two builds).
//
//   node bench/cli/output-md5.js [--bin packages/cli/bin/smslint.js] [--corpus bench/.work/cli/corpus]
//
// Generate the corpus first (`node bench/cli/run.js`). The command runs in the repository
// root with a relative corpus path, so another build (e.g. a worktree of the base commit,
// `--bin /tmp/base/packages/cli/bin/smslint.js`) prints the same paths. Each format runs once
// on the main thread only and once with one forced worker: lanes must not change the output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    bin: { type: 'string', default: join(root, 'packages/cli/bin/smslint.js') },
    corpus: { type: 'string', default: 'bench/.work/cli/corpus' },
  },
});
if (!existsSync(resolve(root, values.corpus))) {
  console.error(`output-md5: no corpus at ${values.corpus}; run \`node bench/cli/run.js\` first.`);
  process.exit(2);
}

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'];
const LANES = { 'main thread': '0', 'one worker': '1' };
const md5 = (text) => createHash('md5').update(text).digest('hex');

const all = createHash('md5');
for (const format of FORMATS) {
  const seen = new Map();
  for (const [lane, workers] of Object.entries(LANES)) {
    const run = spawnSync(process.execPath, [resolve(values.bin), '--no-ignore', '--format', format, values.corpus], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, NO_COLOR: '1', SMSLINT_WORKERS: workers },
    });
    if (run.status === null || run.status > 1) {
      console.error(`output-md5: ${format} (${lane}) failed (${run.status ?? run.signal}): ${run.stderr.slice(0, 500)}`);
      process.exit(2);
    }
    const digest = md5(`${run.status}\n${run.stdout}\n${run.stderr}`);
    seen.set(lane, digest);
    if (lane === 'main thread') all.update(`${format}\0${digest}\0`);
  }
  const digests = [...seen.values()];
  const same = digests.every((d) => d === digests[0]);
  console.log(`${format.padEnd(8)} ${digests[0]}${same ? '' : `  DIFFERS with one worker: ${digests[1]}`}`);
  if (!same) process.exitCode = 1;
}
console.log(`all      ${all.digest('hex')}`);
