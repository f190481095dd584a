/**
 * V8 heap settings of the language server, applied by its entry before anything else loads.
 *
 * An editor's server allocates a few MB of short-lived objects per keystroke (the re-parse,
 * the re-lint, the diagnostics message) over a small live heap (about 30 MB on a
 * 2,000-template catalog). V8's default old-generation growth lets the heap reach several
 * times the live size between full collections, so resident memory followed the garbage,
 * not the documents (bench/lsp/RESULTS.md, "Memory"). A fixed growth of 60 % keeps the heap
 * near what is live; full collections of a heap this small are cheap and mostly concurrent.
 * In interleaved runs 60 % kept the server's CPU per keystroke where V8's default had it,
 * while 30 % (a few MB less) cost about 25 % more.
 *
 * `setFlagsFromString` works here because V8 reads this flag at each collection, not once
 * at start (unlike the young generation's size, which a running process cannot change), so
 * it takes effect however the server is started: the bin, the extension's `dist/server.js`
 * forked by VS Code, or `node` on the bundle.
 */
import { setFlagsFromString } from 'node:v8';

/** The flags, in V8's command-line syntax. */
export const HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=60'];

/** The Node.js options the process was started with: the command line's and NODE_OPTIONS. */
function startOptions(): string[] {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
}

/**
 * Applies HEAP_FLAGS (`setFlags` is V8's by default), except a flag the process was
 * started with (`given`): whoever launches the server can still choose its own value.
 */
export function tuneHeap(setFlags: (flags: string) => void = setFlagsFromString, given: readonly string[] = startOptions()): void {
  const name = (flag: string) => flag.split('=')[0].replaceAll('_', '-');
  const chosen = new Set(given.map(name));
  for (const flag of HEAP_FLAGS) if (!chosen.has(name(flag))) setFlags(flag);
}
