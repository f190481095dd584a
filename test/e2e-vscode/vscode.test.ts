/**
 * End-to-end: the packaged extension in a real VS Code (code-server 4.100.3 = VS Code
 * 1.100.3) driven through Debian Chromium with playwright-core. Opens a catalog with a
 * problem, sees the smslint diagnostic in the Problems panel, checks the status bar
 * segment count, opens the preview webview, applies the quick fix and sees the problem
 * go and the status bar and preview follow; then opens a single-template *.sms file
 * (language, highlighting, diagnostics). Screenshots go to test/.artifacts/ (git-ignored).
 *
 * Needs code-server (SMSLINT_CODE_SERVER, installed by .ci/setup-vscode-e2e.sh) and
 * /usr/bin/chromium: fails without them when CI is set, skips with a message otherwise.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, findCodeServer, startVsCode, type RunningCodeServer, type VsCodeSession } from './code-server.js';
import { CATALOG_FILE, DATA_FILE, SINGLE_FILE, TRUST_TEMPLATE_FILE, writeTrustWorkspace, writeWorkspace, type TrustConfig } from './workspace.js';

const repoDir = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = join(repoDir, 'test/.artifacts');
const codeServer = findCodeServer();
const missing = [
  codeServer ? null : 'code-server (run .ci/setup-vscode-e2e.sh and export SMSLINT_CODE_SERVER=<path>)',
  existsSync(CHROMIUM) ? null : `${CHROMIUM} (apt-get install chromium)`,
].filter((m): m is string => m !== null);

if (missing.length > 0) {
  const message = `VS Code end-to-end test needs ${missing.join(' and ')}`;
  if (process.env.CI) throw new Error(message);
  console.warn(`Skipping: ${message}`);
}

describe.skipIf(missing.length > 0)('smslint in VS Code (code-server)', () => {
  let session: VsCodeSession | undefined;
  let server: RunningCodeServer | undefined;
  let page: Page;

  const shot = async (name: string) => page.screenshot({ path: join(artifacts, `vscode-${name}.png`) });

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    session = await startVsCode(codeServer!, repoDir, 'smslint-e2e-vscode-', (root) => writeWorkspace(join(root, 'workspace')));
    ({ server, page } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.stop();
  });

  it('lints, fixes, counts and previews a template', async () => {
    try {
      // Open the catalog from the explorer.
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: CATALOG_FILE });
      await row.waitFor({ timeout: 30_000 });
      await row.click();
      await page.locator('.monaco-editor .view-lines', { hasText: 'Order shipped' }).waitFor();

      // Problems panel: the curly apostrophe forces UCS-2.
      await page.keyboard.press('Control+Shift+M');
      const markers = page.locator('.markers-panel');
      // The ’ (U+2019) in "it’s": the single *.sms file has its own (U+2014) problem.
      const ucs2Marker = markers.locator('.monaco-list-row', { hasText: /U\+2019.*ucs2-character/ });
      await ucs2Marker.first().waitFor({ timeout: 60_000 });
      await shot('1-problems');

      // Status bar for the template under the cursor: placing it on the problem.
      await ucs2Marker.first().click();
      const status = page.locator('.statusbar-item', { hasText: /(GSM-7|UCS-2) · \d+ segments? \(\d+\/\d+\)/ });
      await expect.poll(async () => status.first().innerText(), { timeout: 30_000 }).toMatch(/UCS-2 · \d+ segments? \(\d+\/\d+\)/);

      // Preview: clicking the status bar item opens the webview, the ’ highlighted.
      await status.first().click();
      const frame = await previewFrame(page);
      await frame.locator('.segment').first().waitFor({ timeout: 30_000 });
      expect(await frame.locator('.summary').innerText()).toMatch(/^UCS-2 · \d+ segments · \d+\/\d+ UTF-16 units$/);
      expect(await frame.locator('mark.ucs2').allInnerTexts()).toEqual(['’']);
      await shot('2-preview-ucs2');

      // Quick fix: back on the problem, Ctrl+. and the rule's fix (listed first, focused).
      await ucs2Marker.first().click();
      // Focus the editor (clicking the marker only reveals the problem there).
      await page.locator('.editor-group-container .monaco-editor textarea').first().focus();
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: /^Fix: / });
      await fix.first().waitFor({ timeout: 20_000 });
      expect(await fix.first().getAttribute('class')).toMatch(/\bfocused\b/);
      await shot('3-quick-fix');
      // The menu blocks pointer events: choose with the keyboard.
      await page.keyboard.press('Enter');
      await expect.poll(async () => ucs2Marker.count(), { timeout: 30_000 }).toBe(0);

      // Fixed: GSM-7, 2 segments at the samples, up to 3: over the budget of 2.
      await expect.poll(async () => status.first().innerText(), { timeout: 30_000 }).toMatch(/GSM-7 · 2 segments \(\d+\/306\) · up to 3/);
      await expect.poll(async () => status.first().getAttribute('class'), { timeout: 30_000 }).toMatch(/\bwarning-kind\b/);

      // The open preview follows the edit.
      await expect.poll(async () => frame.locator('.summary').innerText(), { timeout: 30_000 }).toMatch(/^GSM-7 · 2 segments · \d+\/306 septets$/);
      expect(await frame.locator('.segment').count()).toBe(2);
      expect(await frame.locator('mark.ucs2').count()).toBe(0);
      expect(await frame.locator('.segment-text').first().innerText()).toContain('Northwind: Hi Dana,');
      expect(await frame.locator('.note.warning').innerText()).toContain('budget');
      await shot('4-fixed-preview');

      // From the command palette, the preview renders with a JSON data file picked in a quick pick.
      await page.locator('.editor-group-container .monaco-editor textarea').first().focus();
      await page.keyboard.press('F1');
      await page.keyboard.type('smslint: Preview Template');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'smslint: Preview Template' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: DATA_FILE }).waitFor({ timeout: 20_000 });
      await page.keyboard.type('zoe');
      await page.keyboard.press('Enter');
      await expect.poll(async () => frame.locator('.source').innerText(), { timeout: 30_000 }).toBe(`Variables from ${DATA_FILE}`);
      expect(await frame.locator('.summary').innerText()).toMatch(/^UCS-2 · \d+ segments · \d+\/\d+ UTF-16 units$/);
      expect(await frame.locator('mark.ucs2').allInnerTexts()).toEqual(['ë']);
      expect(await frame.locator('.segment-text').first().innerText()).toContain('Northwind: Hi Zoë,');
      await shot('5-preview-data-file');

      // A single-template *.sms file: own language, Handlebars highlighting, linted too.
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SINGLE_FILE }).click();
      await page.locator('.statusbar-item', { hasText: /^SMS Template$/ }).waitFor({ timeout: 20_000 });
      const line = page.locator('.monaco-editor .view-line', { hasText: 'running late' });
      const textClass = await line.locator('span > span', { hasText: 'Northwind: Hi' }).first().getAttribute('class');
      const placeholderClass = await line.locator('span > span', { hasText: /^firstName$/ }).first().getAttribute('class');
      expect(placeholderClass).not.toBe(textClass);
      const singleFile = markers.locator('.monaco-list-row', { hasText: SINGLE_FILE });
      await singleFile.first().waitFor({ timeout: 30_000 });
      await expect
        .poll(async () => markers.locator('.monaco-list-row', { hasText: /U\+2014.*ucs2-character/ }).count(), { timeout: 30_000 })
        .toBe(1);

      // Cursor in its body: the status bar and the open preview follow.
      await line.locator('span > span', { hasText: 'running late' }).first().click();
      await expect.poll(async () => status.first().innerText(), { timeout: 30_000 }).toMatch(/UCS-2 · 2 segments \(\d+\/134\)/);
      await expect.poll(async () => frame.locator('h1').innerText(), { timeout: 30_000 }).toBe('order-delayed');
      // Still rendered with the chosen data file: Zoë's ë and the literal em dash.
      await expect.poll(async () => frame.locator('mark.ucs2').allInnerTexts(), { timeout: 30_000 }).toEqual(['ë', '—']);
      await shot('6-single-file');
    } catch (error) {
      await shot('failure').catch(() => undefined);
      throw new Error(`${(error as Error).message}\n--- code-server log ---\n${server?.log().slice(-4000)}`);
    }
  }, 150_000);

  it('shows one outline for a catalog, short hovers, and a preview bubble that stands out in light, dark and high-contrast themes', async () => {
    try {
      // One outline: Go to Symbol lists each template once (Markdown's outline, not a second one from the server).
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: CATALOG_FILE }).click();
      const editorText = page.locator('.monaco-editor .view-line', { hasText: 'good news' });
      await editorText.first().waitFor({ timeout: 20_000 });
      await page.locator('.editor-group-container .monaco-editor textarea').first().focus();
      await page.keyboard.press('Control+Shift+O');
      const symbols = page.locator('.quick-input-list .monaco-list-row');
      await symbols.first().waitFor({ timeout: 20_000 });
      await expect.poll(async () => symbols.filter({ hasText: 'Callback offer' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(1_000); // a second provider would answer within this
      expect(await symbols.filter({ hasText: 'Order shipped' }).count()).toBe(1);
      expect(await symbols.filter({ hasText: 'Callback offer' }).count()).toBe(1);
      await shot('7-outline');
      await page.keyboard.press('Escape');

      // A hover on a word in the body is a few lines, without a copy of the template.
      await editorText.first().locator('span > span', { hasText: 'good news' }).first().hover();
      const hover = page.locator('.monaco-hover-content', { hasText: 'order-shipped' });
      await hover.first().waitFor({ timeout: 20_000 });
      const hoverText = await hover.first().innerText();
      expect(hoverText).toContain('smslint: Preview Template');
      expect(hoverText).not.toContain('Track it any time');
      expect(hoverText.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(8);
      await shot('8-hover');
      await page.mouse.move(5, 5);

      // The preview opened above: the bubble, its frame and its text, read in each theme.
      const frame = await previewFrame(page);
      let lastBody = '';
      for (const theme of ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast']) {
        if (theme !== 'Default Light Modern') {
          // The colour theme picker (Ctrl+K Ctrl+T), as a user switches it.
          await page.locator('.editor-group-container .monaco-editor textarea').first().focus();
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+T');
          await page.keyboard.type(theme);
          // "Browse Additional Color Themes…" stays pinned first: click the theme's own row
          // (and not "Default High Contrast Light" for its dark twin).
          const row = page
            .locator('.quick-input-list .monaco-list-row')
            .filter({ hasText: theme })
            .filter({ hasNotText: 'Browse' })
            .filter({ hasNotText: `${theme} Light` });
          await row.first().waitFor({ timeout: 20_000 });
          await row.first().click();
          await expect.poll(async () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor), { timeout: 30_000 }).not.toBe(lastBody);
          await page.waitForTimeout(500);
        }
        const colors = await frame.evaluate(() => {
          const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
          return {
            body: style('body').backgroundColor,
            phone: style('.phone').backgroundColor,
            phoneBorder: style('.phone').borderTopColor,
            bubble: style('.bubble').backgroundColor,
            bubbleBorder: style('.bubble').borderTopColor,
            text: style('.segment-text').color,
          };
        });
        lastBody = colors.body;
        const phone = over(parseColor(colors.phone), parseColor(colors.body));
        const bubble = over(parseColor(colors.bubble), phone);
        const text = over(parseColor(colors.text), bubble);
        const bubbleEdge = over(parseColor(colors.bubbleBorder), phone);
        const phoneEdge = over(parseColor(colors.phoneBorder), parseColor(colors.body));
        const report = `${theme}: ${JSON.stringify(colors)}`;
        // The message is readable on the bubble (WCAG AA for body text).
        expect(contrast(text, bubble), report).toBeGreaterThanOrEqual(4.5);
        // The bubble stands out from the phone frame: by its fill, or by an edge as visible as UI borders must be (WCAG 1.4.11).
        expect(contrast(bubble, phone) >= 1.2 || contrast(bubbleEdge, phone) >= 3, report).toBe(true);
        // The frame is visible on the page.
        expect(contrast(phoneEdge, parseColor(colors.body)), report).toBeGreaterThanOrEqual(1.5);
        await shot(`9-preview-${theme.toLowerCase().replace(/\s+/g, '-')}`);
      }
    } catch (error) {
      await shot('failure-2').catch(() => undefined);
      throw new Error(`${(error as Error).message}\n--- code-server log ---\n${server?.log().slice(-4000)}`);
    }
  }, 150_000);
});

/**
 * Issue 17, item 8: `smslint.configPath` is a restricted setting. A repository's
 * .vscode/settings.json must not point the server at a file of its choosing (a config with
 * other rules, a FIFO that would block a read) until the user trusts the folder. Workspace
 * trust on, a folder opens in Restricted Mode: smslint lints with the defaults, and does
 * not hang; once the user trusts it (the Workspace Trust editor's Trust button), the
 * workspace's setting applies.
 */
describe.skipIf(missing.length > 0)('smslint.configPath in an untrusted workspace (code-server)', () => {
  let session: VsCodeSession | undefined;
  let server: RunningCodeServer | undefined;
  let page: Page;
  const folders: Record<TrustConfig, string> = { quiet: '', fifo: '' };

  const shot = async (name: string) => page.screenshot({ path: join(artifacts, `vscode-trust-${name}.png`) });

  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true });
    const writeFolders = async (root: string) => {
      for (const config of ['quiet', 'fifo'] as const) folders[config] = await writeTrustWorkspace(join(root, `workspace-${config}`), config);
      return undefined;
    };
    session = await startVsCode(codeServer!, repoDir, 'smslint-e2e-vscode-trust-', writeFolders, { workspaceTrust: true });
    ({ server, page } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.stop();
  });

  const markers = () => page.locator('.markers-panel');
  const ucs2Marker = () => markers().locator('.monaco-list-row', { hasText: /U\+2019.*ucs2-character/ });
  const redirectMarker = () => markers().locator('.monaco-list-row', { hasText: 'multichannel-redirect' });
  const restricted = () => page.locator('.statusbar-item', { hasText: 'Restricted Mode' });

  /** Opens the folder (untrusted: Restricted Mode) and its template; waits for the default problems. */
  const openUntrusted = async (config: TrustConfig) => {
    await page.goto(`${server!.url}/?folder=${encodeURIComponent(folders[config])}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await restricted().first().waitFor({ timeout: 30_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: TRUST_TEMPLATE_FILE }).click();
    await page.locator('.monaco-editor .view-lines', { hasText: 'here to help' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Shift+M');
    // The default rules: both problems, so the server neither used the workspace's file nor hung on it.
    await ucs2Marker().first().waitFor({ timeout: 60_000 });
    await redirectMarker().first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(2_000); // a late configuration pull would change the problems within this
  };

  /** Trusts the open folder as a user does: Manage Workspace Trust, then Trust. */
  const trustFolder = async (name: string) => {
    await page.keyboard.press('F1');
    await page.keyboard.type('Manage Workspace Trust');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Manage Workspace Trust' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    const trust = page.locator('.workspace-trust-editor .workspace-trust-buttons-row .monaco-button', { hasText: /^Trust$/ });
    await trust.first().waitFor({ timeout: 20_000 });
    await shot(`${name}-trust-editor`);
    await trust.first().click();
    await expect.poll(async () => restricted().count(), { timeout: 30_000 }).toBe(0);
  };

  const withLog = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (error) {
      await shot(`${name}-failure`).catch(() => undefined);
      throw new Error(`${(error as Error).message}\n--- code-server log ---\n${server?.log().slice(-4000)}`);
    }
  };

  it('a config with other rules: ignored until the folder is trusted, then applied', async () => {
    await withLog('quiet', async () => {
      await openUntrusted('quiet');
      expect(await ucs2Marker().count()).toBe(1);
      await shot('quiet-1-untrusted');
      await trustFolder('quiet');
      // Trusted: the workspace's config (ucs2-character off) applies; the other problem stays.
      await expect.poll(async () => ucs2Marker().count(), { timeout: 60_000 }).toBe(0);
      expect(await redirectMarker().count()).toBe(1);
      await shot('quiet-2-trusted');
    });
  }, 150_000);

  it('a FIFO: never opened while untrusted; once trusted, a config problem and linting with the defaults, no hang', async () => {
    await withLog('fifo', async () => {
      await openUntrusted('fifo');
      const configProblem = markers().locator('.monaco-list-row', { hasText: /not a regular file/ });
      expect(await configProblem.count()).toBe(0);
      await shot('fifo-1-untrusted');
      await trustFolder('fifo');
      await configProblem.first().waitFor({ timeout: 60_000 });
      expect(await ucs2Marker().count()).toBe(1);
      await shot('fifo-2-trusted');
    });
  }, 150_000);
});

type Rgba = [number, number, number, number];

/** A computed CSS colour: `rgb()`/`rgba()` or the `color(srgb …)` that color-mix() computes to. */
function parseColor(css: string): Rgba {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css);
  if (rgb) return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255, rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(css);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3]), srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`unexpected computed colour ${css}`);
}

/** `top` composited over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: Rgba, b: Rgba): number {
  const luminance = (c: Rgba) => {
    const [r, g, bl] = c.slice(0, 3).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The webview's content frame: VS Code nests it in two iframes. */
async function previewFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator('#preview').count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the preview webview did not open');
}
