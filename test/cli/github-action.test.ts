import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLEAN_CATALOG, makeTree, runCli } from './cli-harness.js';

const action = parse(readFileSync(new URL('../../packages/github-action/action.yml', import.meta.url), 'utf8'));

describe('packages/github-action/action.yml', () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['paths', 'config', 'max-warnings', 'sarif-file', 'upload-sarif']),
    );
    const upload = action.runs.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload.with.sarif_file).toContain('inputs.sarif-file');
  });

  it('only uses flags and formats the CLI accepts', async () => {
    // The lint step runs smslint (the setup step's flags belong to npm).
    const scripts = action.runs.steps.find((s: { id?: string }) => s.id === 'lint').run as string;
    const flags = [...new Set(scripts.match(/(?<=[\s(])--[a-z][a-z-]+/g) ?? [])];
    expect(flags).toEqual(expect.arrayContaining(['--config', '--max-warnings', '--format', '--output-file', '--no-color']));
    const dir = makeTree({ 'a.sms.md': CLEAN_CATALOG });
    try {
      const help = (await runCli(['--help'], { cwd: dir.dir })).stdout;
      for (const flag of flags) expect(help, flag).toContain(flag);
      for (const format of scripts.match(/--format (\w+)/g) ?? []) {
        const run = await runCli([...format.split(' '), '--output-file', 'out.txt'], { cwd: dir.dir });
        expect(run.code, `${format}: ${run.stderr}`).toBe(0);
      }
    } finally {
      dir.dispose();
    }
  });
});
