import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalog, PRICING_CONFIG, ROUTE_DELIVERY_CANCELED_EN, ROUTE_DELIVERY_CANCELED_EN_CURLY } from '../cost/cents-templates.js';
import { BIN, runCli, useTempTrees } from './cli-harness.js';
import { FakeGitHubApi } from './fake-github-api.js';
import { GitRepo } from './git-repo.js';

const tree = useTempTrees();
const servers: FakeGitHubApi[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.stop();
});

const action = parse(readFileSync(new URL('../../packages/github-action/action.yml', import.meta.url), 'utf8'));
const costStep = action.runs.steps.find((s: { id?: string }) => s.id === 'cost');

/** A pull request: the base commit has the plain template, the working tree curly quotes. */
function pullRequestRepo(): { repo: GitRepo; base: string } {
  const { dir } = tree({});
  const repo = new GitRepo(dir);
  repo.write({ 'smslint.config.json': JSON.stringify(PRICING_CONFIG), 'templates/en.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN, volume: 20000 } }) });
  const base = repo.commit('base');
  repo.write({ 'templates/en.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN_CURLY, volume: 20000 } }) });
  repo.commit('curly quotes');
  return { repo, base };
}

async function githubEnv(pullRequest = 42): Promise<{ api: FakeGitHubApi; env: Record<string, string> }> {
  const api = new FakeGitHubApi('acme/sms', pullRequest, 30);
  servers.push(api);
  const apiUrl = await api.start();
  // Outside the repository, as on a runner (the event and the summary are not in the checkout).
  const { dir: runner } = tree({ 'event.json': JSON.stringify({ pull_request: { number: pullRequest } }), 'summary.md': '' });
  const eventPath = join(runner, 'event.json');
  const summary = join(runner, 'summary.md');
  return {
    api,
    env: { GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: 'acme/sms', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_STEP_SUMMARY: summary, GITHUB_TOKEN: 'test-token' },
  };
}

describe('pull request comment and job summary (issue 16)', () => {
  it('creates one comment, then edits it on the next run; finds it past the first page', async () => {
    const { repo, base } = pullRequestRepo();
    const { api, env } = await githubEnv();
    api.seed(45); // two pages of other people's comments before smslint's
    const first = await runCli(['diff', '--base', base, '--format', 'markdown', '--github-summary', '--github-comment'], { cwd: repo.dir, env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/pull request comment created/);
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v3/repos/acme/sms/issues/42/comments?per_page=100',
      'GET /api/v3/repos/acme/sms/issues/42/comments?per_page=100&page=2',
      'POST /api/v3/repos/acme/sms/issues/42/comments',
    ]);
    expect(api.requests.every((r) => r.authorization === 'Bearer test-token')).toBe(true);
    const posted = api.requests[2].body!.body!;
    expect(posted).toBe(first.stdout);
    expect(posted.startsWith('<!-- smslint-diff -->\n')).toBe(true);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe(`${first.stdout}\n`);

    // The next push: the text is fixed again, the same comment is edited.
    repo.write({ 'templates/en.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN.replace('Thanks', 'Thank you'), volume: 20000 } }) });
    api.requests.length = 0;
    const second = await runCli(['diff', '--base', base, '--format', 'json', '--github-comment'], { cwd: repo.dir, env });
    expect(second.code, second.stderr).toBe(0);
    const ours = api.comments.filter((c) => c.body.includes('<!-- smslint-diff -->'));
    expect(ours).toHaveLength(1);
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH']);
    expect(api.requests[2].path).toBe(`/api/v3/repos/acme/sms/issues/comments/${ours[0].id}`);
    // The comment is always the markdown, whatever --format prints.
    expect(ours[0].body).toContain('| `route-delivery-canceled` | changed |');
    expect(ours[0].body).not.toContain('costs more');
  });

  it('skips the comment without a token or outside a pull request, and fails clearly on an API error', async () => {
    const { repo, base } = pullRequestRepo();
    const { api, env } = await githubEnv();
    const noToken = await runCli(['diff', '--base', base, '--github-comment'], { cwd: repo.dir, env: { ...env, GITHUB_TOKEN: '' } });
    expect(noToken.code).toBe(0);
    expect(noToken.stderr).toContain('no pull request comment: no token');
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify({ ref: 'refs/heads/main' }));
    const push = await runCli(['diff', '--base', base, '--github-comment'], { cwd: repo.dir, env: { ...env, GITHUB_EVENT_NAME: 'push' } });
    expect(push.stderr).toContain('not a pull request event (push)');
    expect(api.requests).toEqual([]);
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify({ pull_request: { number: 42 } }));
    const denied = await runCli(['diff', '--base', base, '--github-comment'], { cwd: repo.dir, env: { ...env, GITHUB_TOKEN: 'wrong' } });
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('GitHub API GET /api/v3/repos/acme/sms/issues/42/comments answered 401: Bad credentials');
    // A read-only token (pull requests from forks): a note, not a failed job.
    const fork = await runCli(['diff', '--base', base, '--github-comment'], { cwd: repo.dir, env: { ...env, GITHUB_TOKEN: 'read-only-token' } });
    expect(fork.code).toBe(0);
    expect(fork.stderr).toContain('the token may not comment (GitHub API POST /api/v3/repos/acme/sms/issues/42/comments answered 403: Resource not accessible by integration)');
  });

  it('the action\u2019s cost step only passes flags `smslint diff --help` lists', async () => {
    const line = (costStep.run as string).split('\n').find((l) => l.includes(' diff '))!;
    const flags = [...new Set(line.match(/(?<=\s)--[a-z][a-z-]+/g) ?? [])];
    expect(flags).toEqual(expect.arrayContaining(['--base', '--format', '--github-summary', '--github-comment']));
    const { dir } = tree({});
    const help = (await runCli(['diff', '--help'], { cwd: dir })).stdout;
    for (const flag of flags) expect(help, flag).toContain(flag);
  });

  it('the action\u2019s cost step writes the job summary and the comment (its script run with bash)', async () => {
    const { repo, base } = pullRequestRepo();
    const { api, env } = await githubEnv();
    // The setup step's output: the CLI under test, as the action's own checkout builds it.
    const stepEnv = {
      ...process.env,
      ...env,
      GITHUB_TOKEN: '',
      SMSLINT_BIN: BIN,
      SMSLINT_PATHS: 'templates',
      SMSLINT_CONFIG: '',
      SMSLINT_DIFF_BASE: base,
      SMSLINT_GITHUB_TOKEN: 'test-token',
    };
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile('bash', ['-e', '-c', costStep.run], { cwd: repo.dir, env: stepEnv }, (error, _stdout, stderr) =>
        resolve({ code: error ? (error as { code?: number }).code ?? 1 : 0, stderr }),
      );
      child.stdin?.end();
    });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toContain('| `route-delivery-canceled` | changed | GSM-7, 2 segments');
    expect(api.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
  });
});
