import type { RuleSetting } from '@smslint/core';

/** Everything a lint worker needs to lint a file exactly as the main thread would. */
export interface LintSettings {
  cwd: string;
  /** --config: use exactly this file instead of discovery. */
  configFile?: string;
  inlineConfig: boolean;
  /** Apply config `ignore` globs (off with --no-ignore). */
  ignore: boolean;
  ruleOverrides: Record<string, RuleSetting>;
  /** 'write': --fix; 'dry-run': --fix-dry-run (compute, never write). */
  fix: 'off' | 'write' | 'dry-run';
  /** --cache: compute cache keys and accept cached reports. */
  cache: boolean;
  /**
   * Compute each message's fingerprint (SARIF's partialFingerprints): a hash per finding,
   * so only for the sarif format, and for --cache, whose reports any later format may reuse.
   */
  fingerprints: boolean;
  /** Attach each template's cost to the report (the json format shows it). */
  costs: boolean;
  version: string;
}

/** A cached report from an earlier run, offered to the worker that lints the file. */
export interface CachedEntry {
  key: string;
  report: import('../report/file-report.js').FileReport;
}

export type FileOutcome =
  | { kind: 'ignored'; absolutePath: string }
  | { kind: 'report'; report: import('../report/file-report.js').FileReport; cacheKey?: string };
