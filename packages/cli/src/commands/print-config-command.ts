import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RuleSetting, SmslintConfig } from '@smslint/core';
import { ExitCode, FatalError } from '../exit-codes.js';
import { displayPath } from '../files/discover-files.js';

const KINDS = ['support', 'transactional', 'marketing'] as const;

/** Where a setting came from: a config file (relative path), `--rule`, or smslint's default. */
type Origin = string;

/**
 * `smslint --print-config file`: the settings in effect for a file, as JSON: every config
 * field with its value and the config file that set it (or "default"), and every rule with
 * its severity per template kind, its options, and where its setting came from.
 */
export async function printConfigCommand(
  file: string,
  configFile: string | undefined,
  ruleOverrides: Record<string, RuleSetting>,
  cwd: string,
): Promise<number> {
  if (configFile !== undefined && !existsSync(resolve(cwd, configFile))) throw new FatalError(`Config file not found: ${configFile}`);
  const { CONFIG_DEFAULTS, configSchema, effectiveSetting, loadConfig, readConfigFile, rules } = await import('@smslint/core');
  const target = resolve(cwd, file);
  const { config, errors } = loadConfig(target, { cwd, ...(configFile !== undefined ? { configFile: resolve(cwd, configFile) } : {}) });
  // Each merged file as written, nearest first: the first one that sets a field is where it comes from.
  const layers = config.sources.map((source) => ({ path: displayPath(cwd, source), config: readConfigFile(source).config as SmslintConfig }));
  const setBy = (has: (c: SmslintConfig) => boolean): Origin[] => layers.filter((l) => has(l.config)).map((l) => l.path);

  const settings: Record<string, { value: unknown; from: Origin | Origin[] }> = {};
  const fields = Object.keys((configSchema as { properties: Record<string, unknown> }).properties).filter((k) => k !== '$schema' && k !== 'rules');
  for (const key of fields) {
    const field = key as keyof SmslintConfig;
    const origins = setBy((c) => c[field] !== undefined);
    const merged = config[field];
    const mergedPerKey = merged !== null && typeof merged === 'object';
    settings[key] = {
      value: merged ?? CONFIG_DEFAULTS[field] ?? null,
      // Objects and lists merge across files, so each file that contributed is listed.
      from: origins.length === 0 ? 'default' : mergedPerKey ? origins : origins[0],
    };
  }

  const ruleSettings: Record<string, { severity: Record<string, string>; options: Record<string, unknown>; from: Origin }> = {};
  for (const rule of rules) {
    const id = rule.meta.id;
    const own = (map: Record<string, RuleSetting> | undefined) => !!map && Object.prototype.hasOwnProperty.call(map, id);
    const severity: Record<string, string> = {};
    let options: Record<string, unknown> = {};
    for (const kind of KINDS) {
      const effective = effectiveSetting(rule, kind, config, ruleOverrides);
      severity[kind] = effective.severity;
      options = effective.options;
    }
    ruleSettings[id] = { severity, options, from: own(ruleOverrides) ? '--rule' : (setBy((c) => own(c.rules))[0] ?? 'default') };
  }

  const output = { file: displayPath(cwd, target), configFiles: layers.map((l) => l.path), settings, rules: ruleSettings };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  if (errors.length > 0) {
    const { formatConfigProblem, toConfigProblem } = await import('../report/config-problem.js');
    for (const e of errors) process.stderr.write(formatConfigProblem(toConfigProblem(e), cwd));
  }
  return errors.length > 0 ? ExitCode.fatal : ExitCode.ok;
}
