import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLEAN_CATALOG, CURLY_CATALOG, DUPLICATE_CATALOG, useTempTrees } from './cli-harness.js';

/**
 * Runs the composite action's own shell steps with bash, as the runner does: the same
 * scripts, GITHUB_ACTION_PATH pointing into this checkout, and the `${{ … }}` expressions
 * the steps use filled in from the inputs and earlier step outputs.
 */
const actionDir = fileURLToPath(new URL('../../packages/github-action/', import.meta.url));
const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
const tempTree = useTempTrees();

interface ActionRun {
  outputs: Record<string, Record<string, string>>;
  logs: Record<string, string>;
  failed: string[];
}

function runAction(workspace: string, inputs: Record<string, string>): ActionRun {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs as Record<string, { default?: string }>)) values[name] = inputs[name] ?? spec.default ?? '';
  const result: ActionRun = { outputs: {}, logs: {}, failed: [] };
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(expression);
      if (input) return values[input[1]];
      const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
      if (output) return result.outputs[output[1]]?.[output[2]] ?? '';
      throw new Error(`test runner: unsupported expression ${expression}`);
    });
  for (const step of action.runs.steps as { id?: string; name: string; run?: string; if?: string; env?: Record<string, string>; 'working-directory'?: string }[]) {
    if (!step.run) continue; // `uses:` steps (the SARIF upload) need GitHub itself
    if (step.if && step.if.includes('exit-code != ')) {
      if (result.outputs.lint?.['exit-code'] === '0') continue;
    }
    const outputFile = join(workspace, `.github-output-${step.id ?? 'step'}`);
    writeFileSync(outputFile, '');
    const env: Record<string, string> = { ...process.env, GITHUB_ACTION_PATH: actionDir, GITHUB_OUTPUT: outputFile } as Record<string, string>;
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value);
    const run = spawnSync('bash', ['-e', '-c', step.run], { cwd: join(workspace, expand(step['working-directory'] ?? '.')), env, encoding: 'utf8' });
    result.logs[step.name] = run.stdout + run.stderr;
    if (run.status !== 0) result.failed.push(step.name);
    if (step.id) {
      result.outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    }
  }
  return result;
}

describe('the GitHub Action, run step by step', () => {
  it('runs the smslint of its own checkout, writes SARIF and annotations, and passes a clean tree', () => {
    const dir = tempTree({ 'templates/a.sms.md': CLEAN_CATALOG }).dir;
    const run = runAction(dir, { paths: 'templates' });
    expect(run.outputs.setup.bin).toBe(join(actionDir, '..', 'cli', 'bin', 'smslint.js'));
    expect(run.failed).toEqual([]);
    expect(run.outputs.lint['exit-code']).toBe('0');
    const sarif = JSON.parse(readFileSync(join(dir, 'smslint-results.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('fails the job on lint errors, with annotations and a SARIF report', () => {
    const dir = tempTree({ 'dup.sms.md': DUPLICATE_CATALOG, 'a.sms.md': CURLY_CATALOG }).dir;
    const run = runAction(dir, {});
    expect(run.outputs.lint['exit-code']).toBe('1');
    expect(run.logs['Run smslint']).toMatch(/^::error file=dup\.sms\.md,/m);
    expect(run.failed).toEqual(['Fail on lint errors']);
    expect(existsSync(join(dir, 'smslint-results.sarif'))).toBe(true);
  });

  it('fails the job with exit code 2 on a broken config or a path that matches nothing: no step hides it', () => {
    const broken = tempTree({ 'smslint.config.json': '{ "rules": { "text-speak": "loud" } }', 'a.sms.md': CLEAN_CATALOG }).dir;
    const config = runAction(broken, {});
    expect(config.outputs.lint['exit-code']).toBe('2');
    expect(config.logs['Run smslint']).toMatch(/^::error file=smslint\.config\.json,line=1,/m);
    expect(config.failed).toEqual(['Fail on lint errors']);

    const empty = tempTree({ 'a.sms.md': CLEAN_CATALOG }).dir;
    const nothing = runAction(empty, { paths: 'drafts/**/*.sms.md' });
    expect(nothing.outputs.lint['exit-code']).toBe('2');
    expect(nothing.failed).toEqual(['Fail on lint errors']);
  });

  it('never hides a failure behind `|| true`', () => {
    const scripts = (action.runs.steps as { run?: string }[]).map((s) => s.run ?? '').join('\n');
    expect(scripts).not.toMatch(/\|\|\s*true/);
    expect(scripts).not.toMatch(/\bnpx\b/);
  });
});
