/**
 * The playground (packages/playground) end to end: built with its real build script,
 * served over HTTP on 127.0.0.1 and driven in Debian Chromium with playwright-core, as a
 * person would use it (typing, clicking, keyboard only); its results compared with the
 * CLI's on the rule docs examples and the template library. Needs /usr/bin/chromium:
 * fails without it when CI is set, skips with a message otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@smslint/core';
import { BIN } from '../cli/cli-harness.js';
import { CHROMIUM } from '../e2e-vscode/code-server.js';
import { ruleDocExamples } from '../rules/rule-doc-examples.js';
// @ts-expect-error: plain ES modules without types
import { buildPlayground } from '../../packages/playground/build.mjs';
// @ts-expect-error: plain ES modules without types
import { servePlayground } from '../../packages/playground/serve.mjs';

const repoDir = fileURLToPath(new URL('../../', import.meta.url));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI) throw new Error(`The playground test needs ${CHROMIUM} (apt-get install chromium)`);
  console.warn(`Skipping the playground browser tests: ${CHROMIUM} is missing`);
}

const work = mkdtempSync(join(tmpdir(), 'smslint-playground-'));
const dist = join(work, 'dist');
let server: { close(): void } | undefined;
let baseUrl = '';
let browser: Browser | undefined;
let context: BrowserContext;

beforeAll(async () => {
  await buildPlayground({ outdir: dist });
  const served = await servePlayground({ root: dist, port: 0 });
  server = served.server;
  baseUrl = served.url;
  if (!hasChromium) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh page with the playground loaded; fails the test on any page error or failed request. */
async function open(hash = ''): Promise<Page> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(`${baseUrl}${hash}`);
  await page.waitForFunction(() => 'smslintPlayground' in globalThis);
  await settled(page);
  return page;
}
const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

async function typeMessage(page: Page, text: string): Promise<void> {
  const box = page.locator('textarea').first();
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await expect.poll(() => page.locator('#message').inputValue()).toBe(text);
  await settled(page);
}

/**
 * Waits until the page has drawn its last input: the playground analyses in one
 * requestAnimationFrame per burst of input, and frame callbacks run in the order they were
 * requested, so a frame requested now runs after the pending update (a fixed sleep raced
 * it on a loaded CI machine).
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

const summary = (page: Page) => page.locator('[data-testid="summary"]').textContent();

describe('playground build', () => {
  it('bundles the core for browsers and writes a static folder', () => {
    for (const file of ['index.html', 'playground.js', 'playground.css', 'sw.js']) expect(existsSync(join(dist, file)), file).toBe(true);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    // Everything the page loads is in the folder (a docs link is fine; a script or stylesheet is not).
    expect(html).not.toMatch(/src="(?:https?:)?\/\//);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"[^>]+href="(?:https?:)?\/\//);
  });

  it('fails when anything pulls a Node built-in into the bundle', async () => {
    const entry = join(work, 'uses-fs.ts');
    writeFileSync(entry, "import { readFileSync } from 'node:fs';\nconsole.log(readFileSync);\n");
    await expect(buildPlayground({ outdir: join(work, 'bad'), entry })).rejects.toThrow(/must not use Node built-ins: "node:fs"/);
  });

  it('type-checks', () => {
    execFileSync(process.execPath, [join(repoDir, 'node_modules/typescript/bin/tsc'), '-p', 'packages/playground/tsconfig.json'], { cwd: repoDir, stdio: 'pipe' });
  });
});

describe.runIf(hasChromium)('playground in Chromium', () => {
  it('shows encoding, segments and findings as the message is typed', async () => {
    const page = await open();
    await typeMessage(page, 'Hi, thx 4 ur msg. Call us at 212-555-0123.');
    expect(await summary(page)).toMatch(/^GSM-7, 1 segment \(42 of 160 septets\)/);
    const rules = await page.locator('#findings li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.ruleId));
    expect(rules).toContain('text-speak');
    const docs = await page.locator('#findings li[data-rule-id="text-speak"] a').first().getAttribute('href');
    expect(docs).toMatch(/docs\/rules\/text-speak\.md$/);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('draws segment boundaries where the CLI counts them (161 septets: 153 + 8)', async () => {
    const page = await open();
    await page.locator('#message').fill('a'.repeat(161));
    await expect.poll(() => summary(page)).toMatch(/^GSM-7, 2 segments/);
    const parts = await page.locator('#preview .segment').allTextContents();
    expect(parts.map((p) => p.length)).toEqual([153, 8]);
    await page.locator('#message').fill('Thanks for waiting’' + 'x'.repeat(60));
    await expect.poll(() => summary(page)).toMatch(/^UCS-2, 2 segments/);
    expect((await page.locator('#preview .segment').allTextContents()).map((p) => p.length)).toEqual([67, 12]);
    await page.close();
  });

  it('replaces a character that forces UCS-2 in one click', async () => {
    const page = await open();
    await typeMessage(page, 'We’re on it, Ana. Reply STOP to opt out.');
    expect(await summary(page)).toMatch(/^UCS-2/);
    await page.getByRole('button', { name: "Replace with '" }).click();
    await expect.poll(() => page.locator('#message').inputValue()).toBe("We're on it, Ana. Reply STOP to opt out.");
    await settled(page);
    expect(await summary(page)).toMatch(/^GSM-7, 1 segment/);
    await page.close();
  });

  it('applies a quick fix from the keyboard alone', async () => {
    const page = await open();
    await typeMessage(page, 'Thx for your patience, Ana. Reply STOP to opt out.');
    const fix = page.locator('#findings li[data-rule-id="text-speak"] button.fix').first();
    await page.locator('#message').focus();
    for (let i = 0; i < 40 && !(await fix.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await fix.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#message').inputValue()).toBe('Thanks for your patience, Ana. Reply STOP to opt out.');
    await page.close();
  });

  it('keeps the message and settings in a link that restores them', async () => {
    const page = await open();
    await typeMessage(page, 'Hola {{nombre}}, su cita es mañana a las 10:00. Responda STOP para salir.');
    await page.getByLabel('Kind').selectOption('transactional');
    await page.getByLabel('Spanish').check();
    await page.getByLabel('Brand').fill('Acme');
    await page.getByLabel('Provider').selectOption('twilio');
    await page.getByLabel(/Sample values/).fill('nombre=Zoë');
    await settled(page);
    const link = page.url();
    expect(link).toMatch(/#s=[A-Za-z0-9_-]+$/);
    const expected = await summary(page);
    const again = await open(new URL(link).hash);
    expect(await again.locator('#message').inputValue()).toBe('Hola {{nombre}}, su cita es mañana a las 10:00. Responda STOP para salir.');
    expect(await again.getByLabel('Kind').inputValue()).toBe('transactional');
    expect(await again.getByLabel('Spanish').isChecked()).toBe(true);
    expect(await again.getByLabel('Brand').inputValue()).toBe('Acme');
    expect(await again.getByLabel('Provider').inputValue()).toBe('twilio');
    expect(await summary(again)).toBe(expected);
    expect(await again.locator('#preview .bubble').textContent()).toContain('Hola Zoë,');
    const broken = await open('#s=%%%not-base64');
    expect(await broken.locator('#notice').textContent()).toMatch(/no valid message/);
    expect(await broken.locator('#message').inputValue()).toBe('');
    await Promise.all([page.close(), again.close(), broken.close()]);
  });

  it('counts what the provider sends: under Twilio Smart Encoding a curly quote costs nothing', async () => {
    const page = await open();
    await typeMessage(page, 'We\u2019re on it \u2013 reply here or call 212-555-0123.');
    expect(await summary(page)).toMatch(/^UCS-2, 1 segment/);
    expect(await page.locator('#findings li[data-rule-id="ucs2-character"]').count()).toBeGreaterThan(0);
    await page.getByLabel('Provider').selectOption('twilio');
    await expect.poll(() => summary(page)).toMatch(/^GSM-7, 1 segment/);
    expect(await page.locator('#findings li[data-rule-id="ucs2-character"]').count()).toBe(0);
    expect(await page.locator('#segments').textContent()).toMatch(/Worst case: /);
    await page.close();
  });

  it('reads the chosen placeholder dialect: Rails %{name} is a placeholder, not a leftover bracket', async () => {
    const page = await open();
    await typeMessage(page, 'Hi %{name}, your order shipped. Reply STOP to opt out.');
    const rules = () => page.locator('#findings li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.ruleId));
    expect(await rules()).toContain('leftover-bracket');
    await page.getByLabel('Placeholders').selectOption('rails');
    await page.getByLabel(/Sample values/).fill('name=Ana');
    await expect.poll(rules).not.toContain('leftover-bracket');
    await expect.poll(() => page.locator('#preview .bubble').textContent()).toContain('Hi Ana, your order shipped.');
    await page.close();
  });

  it('never sends anything: no request leaves the page while typing', async () => {
    const page = await open();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await typeMessage(page, 'Your code is 123456. Visit https://example.com/help or call 212-555-0123.');
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('works offline once loaded', async () => {
    const offline = await browser!.newContext();
    const page = await offline.newPage();
    await page.goto(baseUrl);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await offline.setOffline(true);
    await page.reload();
    await page.locator('#message').fill('Back online soon. Reply STOP to opt out.');
    await expect.poll(() => page.locator('[data-testid="summary"]').textContent()).toMatch(/^GSM-7, 1 segment/);
    await offline.close();
  });

  it('labels every control and keeps text contrast at WCAG AA in light and dark schemes', async () => {
    const page = await open();
    await typeMessage(page, 'Hi, thx 4 waiting’. Call us at 212-555-0123.');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea, button')]
        .filter((el) => {
          const control = el as HTMLInputElement;
          return (control.labels?.length ?? 0) === 0 && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const ratios = await page.evaluate(contrastOfTextElements);
      const failing = ratios.filter((r) => r.ratio < 4.5);
      expect(failing, `${colorScheme}: ${JSON.stringify(failing)}`).toEqual([]);
      expect(ratios.length).toBeGreaterThan(10);
    }
    await page.close();
  });
});

/**
 * In the page: the contrast ratio (WCAG 2) of every element that shows text, against the
 * nearest ancestor background that is not transparent.
 */
function contrastOfTextElements(): { text: string; ratio: number }[] {
  const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const background = (el: Element | null): number[] => {
    for (; el; el = el.parentElement) {
      const rgba = parse(getComputedStyle(el).backgroundColor);
      if (rgba.length === 3 || (rgba.length === 4 && rgba[3] > 0)) return rgba.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out: { text: string; ratio: number }[] = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    const style = getComputedStyle(el);
    if (!own || style.visibility === 'hidden' || style.display === 'none' || (el as HTMLElement).offsetParent === null) continue;
    const fg = luminance(parse(style.color));
    const bg = luminance(background(el));
    out.push({ text: (el.textContent ?? '').trim().slice(0, 40), ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) });
  }
  return out;
}

interface CliMessage {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

describe.runIf(hasChromium)('playground results equal the CLI', () => {
  /** Files to compare: the template library and every rule docs example, written out as files. */
  function corpus(): { path: string; format: 'message' | 'catalog' }[] {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.sms(\.md)?$/.test(entry.name)) files.push(path);
      }
    };
    walk(join(repoDir, 'templates'));
    const examples = join(work, 'examples');
    execFileSync('mkdir', ['-p', examples]);
    const docs = join(repoDir, 'docs/rules');
    for (const page of readdirSync(docs).filter((name) => name.endsWith('.md') && name !== 'README.md')) {
      ruleDocExamples(readFileSync(join(docs, page), 'utf8')).forEach((example, index) => {
        const path = join(examples, `${page.replace(/\.md$/, '')}-${index}.${example.format}`);
        writeFileSync(path, example.code);
        files.push(path);
      });
    }
    return files.map((path) => ({ path, format: path.endsWith('.sms') ? 'message' : 'catalog' }));
  }

  it('on the template library and the rule docs examples', async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(60);
    // Exit 1 (errors found) is expected for the not-ok examples: read the report either way.
    const run = spawnSync(process.execPath, [BIN, '--format', 'json', ...files.map((f) => f.path)], {
      cwd: repoDir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBeLessThanOrEqual(1);
    const cli = JSON.parse(run.stdout) as { results: { filePath: string; messages: CliMessage[] }[] };
    const byPath = new Map(cli.results.map((r) => [r.filePath.startsWith('/') ? r.filePath : join(repoDir, r.filePath), r.messages]));
    const page = await open();
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file.path, 'utf8');
      const { config } = loadConfig(file.path);
      const fromPage = (await page.evaluate(
        ([text, format, config]) => {
          const api = (globalThis as any).smslintPlayground;
          return api.analyze(text, { format, kind: 'support', region: 'us', brand: '', shiftTables: [], graphemes: 'keep', maxSegments: 0, samples: {} }, config).findings;
        },
        [text, file.format, config] as const,
      )) as CliMessage[];
      const expected = (byPath.get(file.path) ?? []).map(({ ruleId, severity, message, line, column }) => ({ ruleId, severity, message, line, column }));
      const actual = fromPage.map(({ ruleId, severity, message, line, column }) => ({ ruleId, severity, message, line, column }));
      expect(actual, relative(repoDir, file.path)).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(50);
    await page.close();
  });
});
