/**
 * V8 heap settings of the language server, applied by its entry before anything else loads.
 *
 * An editor's server allocates a few MB of short-lived objects per keystroke (the re-parse,
 * the re-lint, the diagnostics message) over a small live heap (about 30 MB on a
 * 2,000-template catalog). V8's default old-generation growth lets the heap reach several
 * times the live size between full collections, so resident memory followed the garbage,
 * not the documents (bench/lsp/RESULTS.md, "Memory"). A fixed growth of 30 % keeps the heap
 * near what is live; full collections of a heap this small are cheap and mostly concurrent,
 * and the server's CPU per keystroke stayed the same in interleaved runs.
 *
 * `setFlagsFromString` works here because V8 reads this flag at each collection, not once
 * at start (unlike the young generation's size, which a running process cannot change), so
 * it takes effect however the server is started: the bin, the extension's `dist/server.js`
 * forked by VS Code, or `node` on the bundle.
 */
import { setFlagsFromString } from 'node:v8';

/** The flags, in V8's command-line syntax. */
export const HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=30'];

/** Applies HEAP_FLAGS (`setFlags` is V8's by default). */
export function tuneHeap(setFlags: (flags: string) => void = setFlagsFromString): void {
  for (const flag of HEAP_FLAGS) setFlags(flag);
}
