import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/**
 * The install path a new user takes before smslint is in a registry (docs/getting-started.md):
 * pack every package, install the tarballs into an empty folder outside the repository, and
 * run `smslint`, `smslint --init` and the language server there. The packages come from the
 * tarballs only; the registry is used for third-party dependencies.
 *
 * Packing runs with --ignore-scripts on what `npm run build` produced: the packages' prepack
 * scripts rebuild bundle/ and packages/cli/templates/ in place, which would pull files from
 * under the other end-to-end tests running in parallel. The CLI is packed from a staged copy
 * that gets the template library the same way its prepack (scripts/copy-templates.js) does.
 */
const repo = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['packages/core', 'packages/cli', 'packages/language-server'];

let work: string;
let project: string;
let tarballs: string[];

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    // The repository's own npm settings and workspace must not leak into the user's folder.
    env: { ...process.env, npm_config_workspace: '', npm_config_workspaces: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
}

function expectOk(run: SpawnSyncReturns<string>, what: string): void {
  expect(run.status, `${what}\n${run.stdout}\n${run.stderr}`).toBe(0);
}

/** The CLI package as its prepack would leave it: bin, bundle, dist and the template library. */
function stageCli(stage: string): string {
  const from = join(repo, 'packages/cli');
  const to = join(stage, 'cli');
  for (const entry of ['package.json', 'bin', 'bundle', 'dist']) cpSync(join(from, entry), join(to, entry), { recursive: true });
  cpSync(join(repo, 'templates'), join(to, 'templates'), { recursive: true });
  return to;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'smslint-install-'));
  const packed = join(work, 'tarballs');
  mkdirSync(packed);
  const folders = PACKAGES.map((p) => (p === 'packages/cli' ? stageCli(join(work, 'stage')) : join(repo, p)));
  for (const folder of folders) expectOk(npm(['pack', folder, '--ignore-scripts', '--pack-destination', packed], work), `npm pack ${folder}`);
  tarballs = readdirSync(packed).map((f) => join(packed, f));
  // An empty project outside the repository, as a user has.
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-support-replies', version: '1.0.0', private: true }, null, 2));
  expectOk(npm(['install', '--save-dev', '--prefer-offline', ...tarballs], project), 'npm install <tarballs>');
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const bin = (name: string) => join(project, 'node_modules', '.bin', name);

describe('installed from packed tarballs into an empty folder', () => {
  it('packs every package, and npm publish --dry-run accepts each', () => {
    expect(tarballs.map((t) => t.slice(t.lastIndexOf('/') + 1)).sort()).toEqual(['smslint-0.1.0.tgz', 'smslint-core-0.1.0.tgz', 'smslint-language-server-0.1.0.tgz']);
    const folders = PACKAGES.map((p) => (p === 'packages/cli' ? join(work, 'stage', 'cli') : join(repo, p)));
    for (const folder of folders) {
      const run = npm(['publish', folder, '--dry-run', '--ignore-scripts'], work);
      expectOk(run, `npm publish --dry-run ${folder}`);
      // Scoped packages are private on a first publish unless they say otherwise.
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      if (manifest.name.startsWith('@')) expect(manifest.publishConfig?.access, manifest.name).toBe('public');
    }
  });

  it('runs smslint on a template, from stdin and on a folder', () => {
    mkdirSync(join(project, 'templates'), { recursive: true });
    writeFileSync(join(project, 'templates', 'replies.sms.md'), '## Delay\n\nSorry, ur order is late. Reply STOP to opt out.\n');
    const run = spawnSync(bin('smslint'), ['templates', '--format', 'json'], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.results[0].filePath).toBe('templates/replies.sms.md');
    expect(report.results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('text-speak');
    const stdin = spawnSync(bin('smslint'), ['-'], { cwd: project, input: 'Hi, thx 4 ur msg\n', encoding: 'utf8' });
    expect(stdin.stdout).toContain('text-speak');
    const version = spawnSync(bin('smslint'), ['--version'], { cwd: project, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe('0.1.0');
    // The template library ships inside the CLI package.
    const library = spawnSync(bin('smslint'), ['new', '--list'], { cwd: project, encoding: 'utf8' });
    expect(library.status, library.stderr).toBe(0);
    expect(library.stdout.trim().split('\n').length).toBeGreaterThan(3);
  });

  it('writes a config with --init whose $schema resolves in the project', () => {
    const run = spawnSync(bin('smslint'), ['--init'], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(project, 'smslint.config.json'), 'utf8'));
    expect(config.$schema).toBe('./node_modules/@smslint/core/schema/smslint.config.schema.json');
    const schema = JSON.parse(readFileSync(join(project, config.$schema), 'utf8'));
    expect(schema.title).toBe('smslint configuration');
    const lint = spawnSync(bin('smslint'), ['templates'], { cwd: project, encoding: 'utf8' });
    expect(lint.stderr).not.toContain('invalid config');
  });

  it('starts smslint-language-server --stdio and answers initialize; --version prints the version', async () => {
    const version = spawnSync(bin('smslint-language-server'), ['--version'], { cwd: project, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe('0.1.0');
    const child = spawn(bin('smslint-language-server'), ['--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as {
        serverInfo?: { name: string; version?: string };
        capabilities: Record<string, unknown>;
      };
      expect(result.serverInfo).toEqual({ name: 'smslint-language-server', version: '0.1.0' });
      expect(result.capabilities.hoverProvider).toBeTruthy();
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
