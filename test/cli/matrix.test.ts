/**
 * `smslint matrix` end to end (issue 14): the built bin on real translations (a Rails
 * config/locales tree, an i18next tree, catalogs in locale folders; test/fixtures/matrix)
 * and on written catalogs that raise each flag.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LocaleMatrix } from '@smslint/core';
import { runCli, useTempTrees } from './cli-harness.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/matrix/${name}`, import.meta.url));
const makeTree = useTempTrees();

async function matrixJson(cwd: string, args: string[] = []): Promise<LocaleMatrix> {
  const run = await runCli(['matrix', '--format', 'json', ...args], { cwd });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as LocaleMatrix;
}

describe('smslint matrix on real locale trees', () => {
  it('Rails config/locales (en, fr, de): one row per key, the locale key taken out', async () => {
    const matrix = await matrixJson(fixture('rails-decidim-half-signup'));
    expect(matrix.locales).toEqual(['en', 'de', 'fr']);
    expect(matrix.rows.map((r) => [r.base, r.id])).toEqual([['config/locales/*.yml', 'decidim.half_signup.quick_auth.sms_verification.text_message']]);
    const [row] = matrix.rows;
    expect(Object.keys(row.cells)).toEqual(['en', 'de', 'fr']);
    // "code %{verification}": the matrix counts the code as digits, as the rules infer it (issue 12).
    for (const cell of Object.values(row.cells)) {
      expect(cell).toMatchObject({ encoding: 'GSM-7', worstEncoding: 'GSM-7', segments: { min: 1, max: 1 }, driver: null, placeholders: ['%{verification}'], flags: [] });
    }
    expect(row.cells.de!.file).toBe('config/locales/de.yml');
  });

  it('i18next locales/<lng>/sms.json (en, es, fr): Spanish accents flip three strings to UCS-2', async () => {
    const matrix = await matrixJson(fixture('i18next-signupflow'));
    expect(matrix.locales).toEqual(['en', 'es', 'fr']);
    expect(matrix.rows).toHaveLength(6);
    const flags = matrix.rows.flatMap((r) => r.flags.map((f) => `${r.id} ${f.locale} ${f.kind}: ${f.message}`));
    expect(flags).toEqual([
      'replies.confirmed es flips-to-ucs2: UCS-2 where en is GSM-7: "ó" (U+00F3)',
      'replies.declined es flips-to-ucs2: UCS-2 where en is GSM-7: "ó" (U+00F3)',
      'verification.code_sent es flips-to-ucs2: UCS-2 where en is GSM-7: "ó" (U+00F3)',
    ]);
  });

  it('catalogs in locale folders (en, de, es, fr, pt-PT): flips and the placeholder the German text lost', async () => {
    const matrix = await matrixJson(fixture('innoshop-catalogs'));
    expect(matrix.locales).toEqual(['en', 'de', 'es', 'fr', 'pt-PT']);
    const verification = matrix.rows.find((r) => r.id === 'verification-code')!;
    expect(verification.base).toBe('templates/verification.sms.md');
    expect(verification.cells.en).toMatchObject({ encoding: 'GSM-7', worstEncoding: 'GSM-7', segments: { min: 1, max: 1 } });
    expect(verification.cells.es).toMatchObject({ encoding: 'UCS-2', file: 'templates/es/verification.sms.md' });
    expect(verification.flags.map((f) => `${f.locale} ${f.kind}`)).toEqual(['de placeholders-differ', 'es flips-to-ucs2', 'pt-PT flips-to-ucs2']);
    expect(verification.flags[0].message).toBe('placeholders differ from en: misses {{code}}');
  });

  it('markdown: one table per file group, readable in a pull request', async () => {
    const run = await runCli(['matrix', '--format', 'markdown'], { cwd: fixture('i18next-signupflow') });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('## smslint locale matrix');
    expect(lines).toContain('### `locales/sms.json`');
    expect(lines).toContain('| template | en (source) | es | fr |');
    expect(lines).toContain('| --- | --- | --- | --- |');
    expect(lines).toContain('| `replies.confirmed` | GSM-7 · 1 segment | ⚠️ UCS-2 · 1 segment | GSM-7 · 1 segment |');
    expect(lines).toContain('- `replies.confirmed` · **es**: UCS-2 where en is GSM-7: "ó" (U+00F3)');
    // Every table row has as many cells as its header.
    for (const line of lines.filter((l) => l.startsWith('| `'))) expect(line.split(/(?<!\\)\|/).length).toBe(6);
  });

  it('stylish: a block per template, flags under their locale, a summary', async () => {
    const run = await runCli(['matrix', 'templates'], { cwd: fixture('innoshop-catalogs') });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('templates/verification.sms.md › login-code\n  en     GSM-7  1 segment   (reference)\n  de     GSM-7  1 segment\n  es     UCS-2  2 segments');
    expect(run.stdout).toContain('         ⚠ placeholders differ from en: misses {{code}}');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('4 templates × 5 locales, 10 flags');
  });
});

describe('smslint matrix flags', () => {
  const vars = 'variables:\n  name: { maxLength: 10, charset: gsm }\n  account: { maxLength: 8, charset: digits }\n';
  const catalogs = {
    'templates/promo.sms.md': `---\nkind: marketing\n${vars}---\n## Sale\nAcme: 20% off for {{name}} this weekend. Reply STOP to opt out.\n\n## Welcome\nWelcome to Acme, {{name}}! Questions? Call 555-0100.\n`,
    'templates/es/promo.sms.md': `---\nkind: marketing\n${vars}---\n## Sale\nAcme: 20% de descuento este fin de semana.\n\n## Welcome\nBienvenido a Acme, {{name}}. Su cuenta {{account}} está lista.\n`,
    'templates/fr/promo.sms.md': `---\nkind: marketing\nmaxSegments: 1\n${vars}---\n## Sale\nAcme : -20 % pour {{name}} ce week-end, sur toute la boutique, en magasin et en ligne, jusqu'à dimanche soir, dans la limite des stocks disponibles. Répondez STOP pour vous désabonner.\n`,
  };

  it('flags opt-out and HELP the source has, placeholders missing or added, the budget and a missing template', async () => {
    const { dir } = makeTree(catalogs);
    const matrix = await matrixJson(dir);
    const flags = matrix.rows.flatMap((r) => r.flags.map((f) => `${r.id} ${f.locale} ${f.kind}: ${f.message}`));
    expect(flags).toEqual([
      'sale es missing-opt-out: no opt-out instruction; en has one',
      'sale es placeholders-differ: placeholders differ from en: misses {{name}}',
      'sale fr over-budget: 2 segments in the worst case, over the budget of 1',
      'welcome es flips-to-ucs2: UCS-2 where en is GSM-7: "á" (U+00E1)',
      'welcome es missing-help: no HELP instruction or support contact; en has one',
      'welcome es placeholders-differ: placeholders differ from en: adds {{account}}',
      'welcome fr missing-template: fr misses this template',
    ]);
  });

  it('names the worst-case driver: a placeholder whose inferred type may force UCS-2, not a code counted as digits', async () => {
    const { dir } = makeTree({
      'templates/notes.sms.md': '## Note\nA note from your driver: {{note}}\n\n## Code\nYour code is {{code}}.\n',
      'templates/visit.sms.md': '## Visit\nYour visit with our team is confirmed; we look forward to seeing you and your family soon, with {{who}}\n',
      'templates/es/notes.sms.md': '## Note\nUna nota de su conductor: {{note}}\n\n## Code\nSu código es {{code}}.\n',
    });
    const matrix = await matrixJson(dir);
    const note = matrix.rows.find((r) => r.id === 'note')!;
    expect(note.cells.en).toMatchObject({ encoding: 'GSM-7', worstEncoding: 'UCS-2' });
    // The type the count assumed, and where it came from, as inspect --json says it: not "undeclared".
    expect(note.cells.en!.driver).toMatch(/^note: a text, inferred from its name, charset unknown: may force UCS-2, /);
    const code = matrix.rows.find((r) => r.id === 'code')!;
    expect(code.cells.en).toMatchObject({ encoding: 'GSM-7', worstEncoding: 'GSM-7', driver: null });
    // Nothing says what {{who}} is: that one is undeclared.
    const visit = matrix.rows.find((r) => r.id === 'visit')!;
    expect(visit.cells.en!.driver).toMatch(/^who: undeclared, /);
  });

  it('--source-locale compares with another locale; --strict exits 1 on flags', async () => {
    const { dir } = makeTree(catalogs);
    const matrix = await matrixJson(dir, ['--source-locale', 'es']);
    expect(matrix.rows[0].reference).toBe('es');
    expect(matrix.rows[0].flags.map((f) => `${f.locale} ${f.kind}`)).toContain('en placeholders-differ');
    expect((await runCli(['matrix', '--strict'], { cwd: dir })).code).toBe(1);
  });

  it('bad input: an unknown format is a usage error, an unreadable file and a broken catalog are reported', async () => {
    const { dir } = makeTree({ ...catalogs, 'templates/de/promo.sms.md': Buffer.from([0xff, 0xfe, 0x00, 0x41]) });
    expect((await runCli(['matrix', '--format', 'xml'], { cwd: dir })).code).toBe(2);
    const run = await runCli(['matrix', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/templates\/de\/promo\.sms\.md: /);
    expect(JSON.parse(run.stdout).rows.length).toBe(2);
    const missing = await runCli(['matrix', 'nowhere'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere: no such file or folder/);
  });
});
