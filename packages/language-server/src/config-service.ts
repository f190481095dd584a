import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { clearConfigCache, LineIndex, loadConfig, readRegularTextFile, type ConfigError, type LoadConfigResult } from '@smslint/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE, toRange } from './diagnostics.js';

/** Diagnostics for one config file (an empty list clears earlier ones). */
export interface ConfigDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
}

/**
 * Config the same way as the CLI (`loadConfig`: nearest file walking up, merged to
 * `root: true`), or exactly `smslint.configPath` when the client sets it. An invalid config
 * never stops linting: loadConfig leaves bad values out, and the errors become
 * diagnostics located in the config file itself.
 */
export class ConfigService {
  private configPath: string | null = null;
  /** Config files that currently show diagnostics, so a fixed file gets cleared. */
  private readonly reported = new Set<string>();

  constructor(private readonly workspaceRoot: string | null) {}

  setConfigPath(configPath: string | null): void {
    if (configPath === this.configPath) return;
    this.configPath = configPath;
    clearConfigCache();
  }

  /** Forget every cached config (a config file was created, changed or deleted). */
  invalidate(): void {
    clearConfigCache();
  }

  configFor(filePath: string): LoadConfigResult {
    const cwd = this.workspaceRoot ?? path.dirname(filePath);
    return loadConfig(filePath, this.configPath ? { configFile: this.configPath, cwd } : { cwd });
  }

  /**
   * Diagnostics for every config file that has errors now, plus empty lists for files that
   * had errors before and are fine now.
   */
  diagnosticsFor(results: LoadConfigResult[]): ConfigDiagnostics[] {
    const byFile = new Map<string, ConfigError[]>();
    for (const result of results) {
      for (const error of result.errors) {
        const list = byFile.get(error.file) ?? [];
        if (!list.some((seen) => seen.message === error.message && seen.range?.start === error.range?.start)) list.push(error);
        byFile.set(error.file, list);
      }
    }
    const out: ConfigDiagnostics[] = [];
    for (const file of this.reported) {
      if (!byFile.has(file)) out.push({ uri: pathToFileURL(file).href, diagnostics: [] });
    }
    this.reported.clear();
    for (const [file, errors] of byFile) {
      this.reported.add(file);
      out.push({ uri: pathToFileURL(file).href, diagnostics: configDiagnostics(file, errors) });
    }
    return out;
  }
}

function configDiagnostics(file: string, errors: ConfigError[]): Diagnostic[] {
  // Unreadable (or not a regular file): every error lands on the first character.
  const read = readRegularTextFile(file);
  const index = read.ok ? new LineIndex(read.text) : null;
  return errors.map((error) => ({
    range: index && error.range ? toRange(index, error.range) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'invalid-config',
    message: `${error.message}${error.pointer ? ` (at ${error.pointer})` : ''} — smslint uses the defaults for this value.`,
  }));
}
