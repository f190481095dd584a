import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ExitCode } from '../exit-codes.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { toPosix } from '../files/discover-files.js';

export const INIT_FILE_NAME = 'smslint.config.json';
const SCHEMA_IN_NODE_MODULES = 'node_modules/@smslint/core/schema/smslint.config.schema.json';

/**
 * Where the starter config's "$schema" points: the schema installed in the project's own
 * node_modules (the folder or a parent), as a relative path, so editors resolve it offline
 * and teammates' checkouts too. Undefined when the project has no local install: a URL to
 * a package that is not published would not resolve, and a path into a global install
 * would only work on this machine.
 */
export function schemaReference(folder: string): string | undefined {
  let dir = folder;
  for (;;) {
    const candidate = join(dir, SCHEMA_IN_NODE_MODULES);
    if (existsSync(candidate)) {
      const rel = toPosix(relative(folder, candidate));
      return rel.startsWith('.') ? rel : `./${rel}`;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `smslint --init`: write a starter smslint.config.json in the working folder; never overwrite. */
export async function initCommand(cwd: string): Promise<number> {
  const target = join(cwd, INIT_FILE_NAME);
  if (existsSync(target) || existsSync(join(cwd, '.smslintrc.json'))) {
    process.stderr.write(`smslint: ${existsSync(target) ? INIT_FILE_NAME : '.smslintrc.json'} already exists in ${cwd}; not overwriting it.\n`);
    return ExitCode.fatal;
  }
  const schema = schemaReference(dirname(target));
  const starter = {
    ...(schema !== undefined ? { $schema: schema } : {}),
    root: true,
    kind: 'support',
    region: 'us',
    maxSegments: 2,
    rules: {},
  };
  await writeFileAtomic(target, `${JSON.stringify(starter, null, 2)}\n`);
  process.stdout.write(`Wrote ${INIT_FILE_NAME}. Set "brand" to your brand name and adjust "rules" as needed.\n`);
  if (schema === undefined) {
    process.stdout.write(`No "$schema": smslint is not installed in this project's node_modules. Install it here and add "$schema": "./${SCHEMA_IN_NODE_MODULES}" for editor completion.\n`);
  }
  return ExitCode.ok;
}
