#!/usr/bin/env node
// CPU of consecutive in-process lint passes over the CLI bench corpus: the first pass pays
// V8's warm-up (compiling, interpreting, optimising), later ones show the analysis itself.
// Also the live heap after each pass (after a full GC): what a finished run keeps alive.
//
//   node --expose-gc bench/cli/warm-passes.js [--passes 3]
//
// Runs the built bundle (`npm run build`) the way bin/smslint.js does, on the main thread
// only, with the report discarded; generate the corpus first (`node bench/cli/run.js`).
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadBundle } from '../../packages/core/load-bundle.js';

const { values } = parseArgs({ options: { passes: { type: 'string', default: '3' } } });
process.chdir(fileURLToPath(new URL('../../', import.meta.url)));
process.env.SMSLINT_WORKERS = '0';
const { main } = loadBundle(fileURLToPath(new URL('../../packages/cli/bundle/main.cjs', import.meta.url))).exports;
// The report is built as usual and dropped (the write callback keeps `writeOut` waiting for it).
process.stdout.write = (_text, callback) => {
  if (typeof callback === 'function') callback();
  return true;
};
const mb = (bytes) => (bytes / 1048576).toFixed(1);
globalThis.gc?.();
writeSync(2, `live heap before: ${mb(process.memoryUsage().heapUsed)} MB\n`);
for (let pass = 1; pass <= Number(values.passes); pass++) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await main(['--no-ignore', 'bench/.work/cli/corpus']);
  const used = process.cpuUsage(cpu);
  const ms = (performance.now() - wall).toFixed(0);
  globalThis.gc?.();
  const live = globalThis.gc ? `, live heap after ${mb(process.memoryUsage().heapUsed)} MB` : '';
  writeSync(2, `pass ${pass}: CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, wall ${ms} ms, RSS ${mb(process.memoryUsage().rss)} MB${live}\n`);
}
