/**
 * Issue 12: on the real-world corpus, the default CLI with no config gives at most 1.0
 * warning-or-error per template (bench/real-world/first-run.js runs the built CLI).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../bench/real-world/first-run.js', import.meta.url));

describe('real-world corpus: first run with no config', () => {
  it('averages at most 1.0 warning or error per template', () => {
    const summary = JSON.parse(execFileSync(process.execPath, [script, '--json', '--sample', '0'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    console.log(`first run: ${summary.templates} templates, ${summary.errors} errors + ${summary.warnings} warnings = ${summary.average.toFixed(2)} per template; by rule ${JSON.stringify(summary.byRule)}`);
    expect(summary.templates).toBeGreaterThanOrEqual(200);
    expect(summary.average).toBeLessThanOrEqual(1.0);
  }, 120_000);
});
