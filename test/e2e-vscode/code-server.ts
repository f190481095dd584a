/**
 * Runs a real VS Code for the end-to-end test: code-server with the packaged .vsix,
 * everything it writes kept under one temp folder (XDG_* and HOME), stopped by its PID.
 * Recipe and pitfalls: /work/shared/notes/real-clients.md.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where .ci/setup-vscode-e2e.sh installs code-server when SMSLINT_CODE_SERVER is not set. */
const DEFAULT_CODE_SERVER = '/var/cache/smslint-e2e/code-server-4.100.3/node_modules/.bin/code-server';
export const CHROMIUM = process.env.SMSLINT_CHROMIUM ?? '/usr/bin/chromium';

export function findCodeServer(): string | undefined {
  const candidate = process.env.SMSLINT_CODE_SERVER || DEFAULT_CODE_SERVER;
  return existsSync(candidate) ? candidate : undefined;
}

export function isolatedEnv(root: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_DATA_HOME: join(root, 'data'),
    XDG_CACHE_HOME: join(root, 'cache'),
    TMPDIR: join(root, 'tmp'),
  };
}

let packaged: string | undefined;

/** Builds the bundles and packages the .vsix (offline) the way a release does; once per test file. */
export function packageExtension(repoDir: string): string {
  if (packaged) return packaged;
  const manifest = JSON.parse(readFileSync(join(repoDir, 'extension/package.json'), 'utf8')) as { version: string };
  execFileSync('npm', ['run', 'package', '-w', 'smslint-vscode'], { cwd: repoDir, stdio: 'pipe', timeout: 120_000 });
  const vsix = join(repoDir, 'extension', `smslint-${manifest.version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`packaging did not produce ${vsix}`);
  packaged = vsix;
  return vsix;
}

/** Debian Chromium, headless, writing only under `root`. */
export function launchChromium(root: string): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: isolatedEnv(root),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningCodeServer {
  url: string;
  stop(): Promise<void>;
  /** Everything code-server printed, for failure messages. */
  log(): string;
}

/** User settings that keep the workbench quiet and deterministic. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
};

/**
 * Workspace trust on, as a user has it by default, but without the startup prompt: a folder
 * not yet trusted opens in Restricted Mode (`security.workspace.trust.startupPrompt: never`).
 */
const TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
};

export interface CodeServerOptions {
  /** Keep workspace trust on (folders open untrusted); by default it is off (`--disable-workspace-trust`). */
  workspaceTrust?: boolean;
  /** The extension to install instead of smslint's packaged .vsix (bench/editor's floor peer). */
  vsix?: string;
}

export async function startCodeServer(
  codeServer: string,
  root: string,
  vsix: string,
  options: CodeServerOptions = {},
): Promise<RunningCodeServer> {
  const env = isolatedEnv(root);
  for (const dir of ['home', 'config', 'data', 'cache', 'tmp']) await mkdir(join(root, dir), { recursive: true });
  const userData = join(root, 'user-data');
  const extensions = join(root, 'extensions');
  await mkdir(join(userData, 'User'), { recursive: true });
  const settings = options.workspaceTrust ? { ...USER_SETTINGS, ...TRUST_SETTINGS } : USER_SETTINGS;
  await writeFile(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  const install = spawnSync(
    codeServer,
    ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix],
    { env, encoding: 'utf8', timeout: 60_000 },
  );
  if (install.status !== 0) {
    throw new Error(`code-server --install-extension failed (${install.status}):\n${install.stdout}\n${install.stderr}`);
  }

  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    codeServer,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
    ],
    // Own process group: stopping it also stops the extension host and language server.
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop, log: () => output };
}

export interface VsCodeSession {
  /** The temp folder everything is written under. */
  root: string;
  server: RunningCodeServer;
  page: Page;
  /** Closes the browser, stops code-server and removes `root`. */
  stop(): Promise<void>;
}

/**
 * code-server with the packaged extension and a Chromium page, all under a new temp folder
 * named `prefix…`; `writeFolder` writes the workspace(s) there and may name one to open.
 */
export async function startVsCode(
  codeServer: string,
  repoDir: string,
  prefix: string,
  writeFolder: (root: string) => Promise<string | undefined>,
  options: CodeServerOptions = {},
): Promise<VsCodeSession> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  };
  try {
    const vsix = options.vsix ?? packageExtension(repoDir);
    const folder = await writeFolder(root);
    server = await startCodeServer(codeServer, root, vsix, options);
    browser = await launchChromium(root);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    if (folder) {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    }
    return { root, server, page, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
