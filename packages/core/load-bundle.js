// Loads a CommonJS bundle through a V8 code cache, the way Node 22's
// `module.enableCompileCache()` does for modules (Node 20, also VS Code's extension host, has
// no such switch, so the bundles are CommonJS and compiled here with `vm.Script`). Used by the
// CLI's bin (packages/cli/bundle/main.cjs) and the VS Code extension's server launcher
// (dist/server.js). Plain JavaScript outside dist/ so a bin can load it before anything is
// compiled, with only Node built-ins.
//
// Without a cache, V8 parses the bundle (2.4 MB for the CLI, 1.3 MB for the server) and
// compiles every function it runs to bytecode on each start: a quarter of a one-file lint.
// The bytecode of the functions a run compiled is saved (at exit, or `saveAfterMs` after
// the start for a long-lived server that may be killed) and handed back to V8 next time.
//
// Where: $SMSLINT_COMPILE_CACHE, else `<os temp dir>/smslint-compile-cache-<uid>` (like
// Node's `node-compile-cache`), one file per bundle content, Node version, architecture and
// V8 flags. The folder must be a real folder owned by this user and writable by no one else;
// otherwise, and with SMSLINT_DISABLE_COMPILE_CACHE=1, nothing is read or written. A cache V8
// rejects (another V8 build or flags), a corrupt file or a read-only folder falls back to a
// normal compile silently; a rejected cache is rewritten at exit.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Cache files kept per bundle name (one per build and Node version in use); older ones go. */
const KEEP_PER_BUNDLE = 4;

/** The cache folder the environment asks for, or undefined when caching is off. */
export function compileCacheDir(env = process.env) {
  if (env.SMSLINT_DISABLE_COMPILE_CACHE === '1') return undefined;
  if (env.SMSLINT_COMPILE_CACHE) return env.SMSLINT_COMPILE_CACHE;
  const user = typeof process.getuid === 'function' ? `-${process.getuid()}` : '';
  return join(tmpdir(), `smslint-compile-cache${user}`);
}

/** Whether `dir` exists (created private if missing) and only this user can write it. */
function privateFolder(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return false;
    return process.platform === 'win32' || (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** The cache file name: what V8's own check does not cover (it compares the source length only). */
function cacheName(bundlePath, source) {
  const key = createHash('sha256')
    .update(source)
    .update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env.NODE_OPTIONS ?? ''}`)
    .digest('hex')
    .slice(0, 32);
  return `${basename(bundlePath)}-${key}.cache`;
}

/** A regular file's bytes (no symbolic link, no FIFO that would block), or undefined. */
function readCacheFile(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Write `data` atomically (temp file + rename) and drop the oldest caches of this bundle. */
function writeCacheFile(dir, name, data) {
  try {
    const temp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, join(dir, name));
    const prefix = name.slice(0, name.lastIndexOf('-') + 1);
    const siblings = readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.cache') && f !== name)
      .map((f) => ({ f, time: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { f } of siblings.slice(KEEP_PER_BUNDLE - 1)) rmSync(join(dir, f), { force: true });
  } catch {
    // A full disk or a folder gone read-only: the next run compiles normally.
  }
}

/**
 * Run the CommonJS bundle at `bundlePath` and return its exports and what happened to the
 * cache: 'off' (disabled or no private folder), 'missing' or 'rejected' (compiled normally;
 * saved later), or 'used'. `saveAfterMs`: save that long after the start (by then a server
 * has compiled its first lint) instead of at exit.
 */
export function loadBundle(bundlePath, { env = process.env, saveAfterMs } = {}) {
  const bytes = readFileSync(bundlePath);
  const dir = compileCacheDir(env);
  const cacheDir = dir !== undefined && privateFolder(dir) ? dir : undefined;
  const name = cacheDir === undefined ? undefined : cacheName(bundlePath, bytes);
  const cachedData = name === undefined ? undefined : readCacheFile(join(cacheDir, name));
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  const script = new Script(wrapper, { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  const cache = name === undefined ? 'off' : cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  if (cache === 'missing' || cache === 'rejected') {
    // Saved late, the cache holds every function this run compiled, not only the top level.
    const save = () => writeCacheFile(cacheDir, name, script.createCachedData());
    if (saveAfterMs === undefined) process.once('exit', save);
    else setTimeout(save, saveAfterMs).unref();
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { exports: module.exports, cache };
}
