import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExitCode, FatalError, UsageError } from '../exit-codes.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { listScenarios, scenarioFile, templateLibraryDir } from './template-library.js';

/** `smslint new <scenario> [--out dir]` / `smslint new --list`: start a catalog from the bundled library. */
export async function newCommand(argv: readonly string[], cwd: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { out: { type: 'string' }, list: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const library = templateLibraryDir();
  if (!library) throw new FatalError('The bundled template library (templates/) was not found next to the smslint package.');
  const scenarios = listScenarios(library);
  if (parsed.values.list) {
    process.stdout.write(`${scenarios.join('\n')}\n`);
    return ExitCode.ok;
  }
  const [scenario, ...extra] = parsed.positionals;
  if (!scenario || extra.length > 0) throw new UsageError('new needs exactly one scenario; see "smslint new --list".');
  const name = scenario.replace(/\.sms\.md$/, '');
  if (!scenarios.includes(name)) {
    throw new UsageError(`Unknown scenario "${scenario}". Available: ${scenarios.join(', ')}.`);
  }
  const outDir = resolve(cwd, parsed.values.out ?? '.');
  const target = join(outDir, `${basename(name)}.sms.md`);
  if (existsSync(target)) {
    process.stderr.write(`smslint: ${target} already exists; not overwriting it.\n`);
    return ExitCode.fatal;
  }
  try {
    mkdirSync(outDir, { recursive: true });
    await writeFileAtomic(target, await readFile(scenarioFile(library, name)));
  } catch (error) {
    throw new FatalError(`Cannot write ${target}: ${(error as Error).message}`);
  }
  process.stdout.write(`Created ${target}\n`);
  await carryFolderConfig(dirname(scenarioFile(library, name)), outDir);
  return ExitCode.ok;
}

/**
 * Some library folders count segments with their own settings (es/ uses the Spanish shift
 * table): the catalog's budgets only hold with them. Copy that config when the target folder
 * has none; otherwise say which settings the catalog assumes instead of touching the user's.
 */
async function carryFolderConfig(scenarioDir: string, outDir: string): Promise<void> {
  const source = join(scenarioDir, 'smslint.config.json');
  if (!existsSync(source)) return;
  const settings = await readFile(source, 'utf8');
  const target = join(outDir, 'smslint.config.json');
  if (!existsSync(target)) {
    await writeFileAtomic(target, settings);
    process.stdout.write(`Created ${target} (the catalog's segment budgets assume these settings)\n`);
    return;
  }
  const { readRegularTextFile } = await import('@smslint/core');
  const existing = readRegularTextFile(target); // the user's folder: it may hold anything
  if (existing.ok && existing.text.trim() === settings.trim()) return;
  process.stderr.write(
    `smslint: the catalog assumes these settings, which ${target} may not have; merge them:\n${settings.trim()}\n`,
  );
}
