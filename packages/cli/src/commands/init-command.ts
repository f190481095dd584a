import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode } from '../exit-codes.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { toPosix } from '../files/discover-files.js';
import { smslintVersion } from '../version.js';

export const INIT_FILE_NAME = 'smslint.config.json';
const SCHEMA_SPECIFIER = '@smslint/core/schema/smslint.config.schema.json';

/**
 * Where the starter config's "$schema" points: the installed schema relative to the project
 * (editors resolve it offline), or the published copy when smslint is installed elsewhere.
 */
export function schemaReference(cwd: string): string {
  try {
    const schemaFile = fileURLToPath(import.meta.resolve(SCHEMA_SPECIFIER));
    const rel = toPosix(relative(cwd, schemaFile));
    if (!rel.startsWith('..') && existsSync(schemaFile)) return rel.startsWith('.') ? rel : `./${rel}`;
  } catch {
    // not resolvable from here: fall back to the published schema
  }
  return `https://unpkg.com/@smslint/core@${smslintVersion()}/schema/smslint.config.schema.json`;
}

/** `smslint --init`: write a starter smslint.config.json in the working folder; never overwrite. */
export async function initCommand(cwd: string): Promise<number> {
  const target = join(cwd, INIT_FILE_NAME);
  if (existsSync(target) || existsSync(join(cwd, '.smslintrc.json'))) {
    process.stderr.write(`smslint: ${existsSync(target) ? INIT_FILE_NAME : '.smslintrc.json'} already exists in ${cwd}; not overwriting it.\n`);
    return ExitCode.fatal;
  }
  const starter = {
    $schema: schemaReference(dirname(target)),
    root: true,
    kind: 'support',
    region: 'us',
    maxSegments: 2,
    rules: {},
  };
  await writeFileAtomic(target, `${JSON.stringify(starter, null, 2)}\n`);
  process.stdout.write(`Wrote ${INIT_FILE_NAME}. Set "brand" to your brand name and adjust "rules" as needed.\n`);
  return ExitCode.ok;
}
