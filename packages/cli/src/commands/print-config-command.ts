import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExitCode, FatalError } from '../exit-codes.js';

/** `smslint --print-config file`: the merged config that applies to a file, as JSON. */
export async function printConfigCommand(file: string, configFile: string | undefined, cwd: string): Promise<number> {
  if (configFile !== undefined && !existsSync(resolve(cwd, configFile))) throw new FatalError(`Config file not found: ${configFile}`);
  const { loadConfig } = await import('@smslint/core');
  const { config, errors } = loadConfig(resolve(cwd, file), { cwd, ...(configFile !== undefined ? { configFile: resolve(cwd, configFile) } : {}) });
  process.stdout.write(`${JSON.stringify(config, null, 2)}\n`);
  if (errors.length > 0) {
    const { formatConfigProblem, toConfigProblem } = await import('../report/config-problem.js');
    for (const e of errors) process.stderr.write(formatConfigProblem(toConfigProblem(e), cwd));
  }
  return errors.length > 0 ? ExitCode.fatal : ExitCode.ok;
}
