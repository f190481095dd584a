/**
 * The process VS Code forks for the language server: loads the bundled server
 * (dist/server.js, 1.3 MB) from a V8 code cache, so a new window does not compile it again,
 * nor the functions its first lint runs. Node 20 (VS Code's extension host) has no
 * `module.enableCompileCache`; this is the same with `vm.Script`'s `cachedData`.
 * Measured by bench/editor/server-start.js (see bench/editor/RESULTS.md).
 *
 * The cache lives in the extension's global storage (SMSLINT_SERVER_CODE_CACHE_DIR, set by
 * client.ts), never in a workspace, and is named by a hash of the bundle: V8 checks a
 * cache against the source's length only. Without the variable, or on any error with the
 * cache, the server loads as a plain module.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

export const CODE_CACHE_DIR_ENV = 'SMSLINT_SERVER_CODE_CACHE_DIR';

/** Written this long after start: by then the first document has been linted and its functions compiled. */
const WRITE_AFTER_MS = 5_000;

/**
 * Runs `serverFile` as a CommonJS module, from and then into a code cache in `cacheDir`.
 * Returns whether a cache was used (`hit`), or none was (`miss`: one is written later) or
 * there is no cache directory (`off`).
 */
export function launchServer(serverFile: string, cacheDir: string | undefined, writeAfterMs = WRITE_AFTER_MS): 'hit' | 'miss' | 'off' {
  if (!cacheDir) {
    createRequire(serverFile)(serverFile);
    return 'off';
  }
  const bytes = readFileSync(serverFile);
  // A content key, not a signature: sha1 of the bytes is the cheapest hash Node has everywhere.
  const name = `server-${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}.cache`;
  const source = bytes.toString('utf8');
  const cacheFile = path.join(cacheDir, name);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // first start of this version
  }
  const script = new Script(Module.wrap(source), { filename: serverFile, cachedData });
  const server = new Module(serverFile);
  server.filename = serverFile;
  server.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(serverFile));
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  wrapper.call(server.exports, server.exports, createRequire(serverFile), server, serverFile, path.dirname(serverFile));
  if (cachedData && !script.cachedDataRejected) return 'hit';
  setTimeout(() => {
    try {
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
      // Caches of other versions of the bundle are never read again.
      for (const other of readdirSync(cacheDir)) if (/^server-[0-9a-f]{16}\.cache$/.test(other) && other !== name) rmSync(path.join(cacheDir, other), { force: true });
    } catch {
      // a read-only or full disk: the next start compiles again
    }
  }, writeAfterMs).unref();
  return 'miss';
}

// Forked by the client as dist/server-launcher.js (esbuild's CommonJS bundle of this file).
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) launchServer(path.join(__dirname, 'server.js'), process.env[CODE_CACHE_DIR_ENV] || undefined);
