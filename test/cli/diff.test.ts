import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  PRICING_CONFIG,
  ROUTE_DELIVERY_CANCELED_EN,
  ROUTE_DELIVERY_CANCELED_EN_CURLY,
  ROUTE_DELIVERY_COMPLETED_EN,
  ROUTE_DELIVERY_CANCELED_ES,
} from '../cost/cents-templates.js';
import { runCli, useTempTrees } from './cli-harness.js';
import { GitRepo } from './git-repo.js';

const tree = useTempTrees();

/** The base: an English catalog, a Spanish one and a single-template file. */
function baseRepo(): GitRepo {
  const { dir } = tree({});
  const repo = new GitRepo(dir);
  repo.write({
    'smslint.config.json': JSON.stringify(PRICING_CONFIG),
    'templates/en.sms.md': catalog({
      'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN, volume: 20000 },
      'Route delivery completed': { body: ROUTE_DELIVERY_COMPLETED_EN, volume: 50000 },
    }),
    'templates/es.sms.md': catalog({ 'Route delivery canceled es': { body: ROUTE_DELIVERY_CANCELED_ES, volume: 3000 } }),
    'templates/pickup-ready.sms': 'Fresh Fold: your laundry is ready for pickup. Reply STOP to opt out.\n',
    'README.md': 'not a template\n',
  });
  repo.commit('base');
  return repo;
}

/** The edit under review: curly quotes pasted into "Route delivery canceled". */
function pasteCurlyQuotes(repo: GitRepo): void {
  repo.write({
    'templates/en.sms.md': catalog({
      'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN_CURLY, volume: 20000 },
      'Route delivery completed': { body: ROUTE_DELIVERY_COMPLETED_EN, volume: 50000 },
    }),
  });
}

interface Change {
  id: string;
  kind: string;
  basePath?: string;
  path?: string;
  increased: boolean;
  impactUnit: string;
  impact: number;
  before?: { segments: { max: number }; encoding: { max: string } };
  after?: { segments: { max: number }; encoding: { max: string }; fit: string };
  newFindings: { ruleId: string }[];
  fixedFindings: { ruleId: string }[];
}

async function diffJson(repo: GitRepo, ...args: string[]): Promise<{ code: number | null; changes: Change[]; stderr: string }> {
  const run = await runCli(['diff', '--format', 'json', ...args], { cwd: repo.dir });
  return { code: run.code, stderr: run.stderr, changes: run.code === 2 ? [] : JSON.parse(run.stdout).changes };
}

describe('smslint diff on real git repositories (issue 16)', () => {
  it('reports nothing when the working tree matches the base', async () => {
    const repo = baseRepo();
    const run = await runCli(['diff'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No template changes since HEAD.\n');
  });

  it('an edit that flips a template to UCS-2 costs more: before/after, money per month, fit, new findings', async () => {
    const repo = baseRepo();
    pasteCurlyQuotes(repo);
    const { code, changes } = await diffJson(repo);
    expect(code).toBe(0);
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change).toMatchObject({
      id: 'route-delivery-canceled',
      kind: 'changed',
      increased: true,
      impactUnit: 'perMonth',
      before: { encoding: { max: 'GSM-7' }, segments: { max: 2 } },
      after: { encoding: { max: 'UCS-2' }, segments: { max: 4 } },
    });
    expect(change.impact).toBeCloseTo(20000 * 2 * 0.00762, 6);
    expect(change.after!.fit).toMatch(/or replace/);
    expect(change.newFindings.map((f) => f.ruleId)).toContain('ucs2-character');
    const failing = await runCli(['diff', '--fail-on-increase'], { cwd: repo.dir });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^changed route-delivery-canceled {2}templates\/en\.sms\.md {2}\+304\.80 USD\/month {2}\(costs more\)$/m);
  });

  it('moved templates, renamed files, added and removed templates, against a base ref', async () => {
    const repo = baseRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    // Move "completed" to its own catalog, rename the single file, drop Spanish, add one.
    repo.write({
      'templates/en.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN, volume: 20000 } }),
      'templates/delivery.sms.md': catalog({ 'Route delivery completed': { body: ROUTE_DELIVERY_COMPLETED_EN, volume: 50000 } }),
      'templates/new.sms.md': catalog({ 'Route delivery canceled short': { body: 'Fresh Fold: we missed you. Reschedule: {{{shortURL}}} Reply STOP to opt out.', volume: 1000 } }),
    });
    repo.remove('templates/es.sms.md');
    repo.git('mv', 'templates/pickup-ready.sms', 'templates/ready-for-pickup.sms');
    repo.commit('reorganise');
    const { code, changes } = await diffJson(repo, '--base', base);
    expect(code).toBe(0);
    const byId = Object.fromEntries(changes.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(['route-delivery-canceled-es', 'route-delivery-canceled-short', 'route-delivery-completed']);
    expect(byId['route-delivery-completed']).toMatchObject({ kind: 'moved', basePath: 'templates/en.sms.md', path: 'templates/delivery.sms.md', increased: false, impact: 0 });
    expect(byId['route-delivery-canceled-es']).toMatchObject({ kind: 'removed', increased: false });
    expect(byId['route-delivery-canceled-short']).toMatchObject({ kind: 'added', increased: true, path: 'templates/new.sms.md' });
    // Biggest cost changes first: the removed Spanish template saves more per month than the new one costs.
    expect(changes.map((c) => c.id)).toEqual(['route-delivery-canceled-es', 'route-delivery-canceled-short', 'route-delivery-completed']);
    // Paths limit the diff.
    const limited = await diffJson(repo, '--base', base, 'templates/new.sms.md');
    expect(limited.changes.map((c) => c.id)).toEqual(['route-delivery-canceled-short']);
  });

  it('markdown: a compact table for a pull request comment, with a hidden marker and collapsed details', async () => {
    const repo = baseRepo();
    pasteCurlyQuotes(repo);
    const run = await runCli(['diff', '--format', 'markdown'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('<!-- smslint-diff -->');
    expect(run.stdout).toContain('1 template changed since `HEAD`, **1 costs more**.');
    expect(run.stdout).toContain(
      '| `route-delivery-canceled` | changed | GSM-7, 2 segments, 0.0152 USD/message, 304.80 USD/month | UCS-2, 3–4 segments, 0.0229–0.0305 USD/message, 457.20–609.60 USD/month | **+304.80 USD/month** | +2 new |',
    );
    // One finding per problem (issue 12): one per curly quote; segment-budget stays quiet, as
    // replacing the quotes brings the message back within its budget.
    expect(run.stdout.match(/^- New warning `ucs2-character`: /gm)).toHaveLength(2);
    expect(run.stdout).not.toContain('`segment-budget`');
    expect(run.stdout).toMatch(/<details><summary>Details<\/summary>[\s\S]*New warning `ucs2-character`[\s\S]*<\/details>\n$/);
  });

  it('a git or usage problem is a clear error with exit 2', async () => {
    const { dir } = tree({ 'a.sms.md': '## A\nHello\n' });
    const outside = await runCli(['diff'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^smslint: git rev-parse --show-toplevel failed: fatal: not a git repository/);
    const repo = baseRepo();
    const unknown = await runCli(['diff', '--base', 'no-such-branch'], { cwd: repo.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown git ref "no-such-branch"');
    const badFormat = await runCli(['diff', '--format', 'sarif'], { cwd: repo.dir });
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Unknown diff format "sarif"');
  });
});

describe('smslint diff with locale catalogs sharing template ids', () => {
  it('pairs the same id file by file, so a change in one locale is one change', async () => {
    const { dir } = tree({});
    const repo = new GitRepo(dir);
    repo.write({
      'smslint.config.json': JSON.stringify(PRICING_CONFIG),
      'templates/en.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN, volume: 20000 } }),
      'templates/es.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_ES, volume: 3000 } }),
    });
    repo.commit('base');
    repo.write({
      'templates/en.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN_CURLY, volume: 20000 } }),
      'templates/es.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_ES.replace('Gracias, su equipo', 'Gracias. Su equipo'), volume: 3000 } }),
    });
    const { code, changes } = await diffJson(repo);
    expect(code).toBe(0);
    expect(changes.map((c) => [c.id, c.kind, c.basePath, c.path])).toEqual(
      expect.arrayContaining([
        ['route-delivery-canceled', 'changed', 'templates/en.sms.md', 'templates/en.sms.md'],
        ['route-delivery-canceled', 'changed', 'templates/es.sms.md', 'templates/es.sms.md'],
      ]),
    );
    expect(changes).toHaveLength(2);
  });
});

/**
 * Locale files selected by config `sources` (issue 13) are diffed like catalogs: each
 * selected string is a template whose id is its key path. The files are real ones from
 * test/fixtures/sources (projects, paths and commits in its SOURCES.md).
 */
const SOURCE_FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));
const fixture = (path: string) => readFileSync(join(SOURCE_FIXTURES, path), 'utf8');
const RAILS_EN = fixture('rails-decidim-half-signup/config/locales/en.yml');
const RAILS_FR = fixture('rails-decidim-half-signup/config/locales/fr.yml');
const I18NEXT_EN = fixture('i18next-signupflow/locales/en/sms.json');
const I18NEXT_ES = fixture('i18next-signupflow/locales/es/sms.json');
const RAILS_TEXT_MESSAGE = 'text_message: Use code %{verification} to sign in to the platform.';
const TEXT_MESSAGE_ID = 'en.decidim.half_signup.quick_auth.sms_verification.text_message';

function railsRepo(): GitRepo {
  const { dir } = tree({});
  const repo = new GitRepo(dir);
  repo.write({
    'smslint.config.json': JSON.stringify({
      ...PRICING_CONFIG,
      sources: [{ preset: 'rails', keys: ['*.decidim.half_signup.quick_auth.sms_verification.text_message'] }],
      // Decidim's verification codes are digits (a 6-digit code fits GSM-7).
      variables: { verification: { type: 'digits', maxLength: 6 } },
    }),
    'config/locales/en.yml': RAILS_EN,
    'config/locales/fr.yml': RAILS_FR,
    'config/application.yml': 'not: selected\n',
  });
  repo.commit('base');
  return repo;
}

function i18nextRepo(): GitRepo {
  const { dir } = tree({});
  const repo = new GitRepo(dir);
  repo.write({
    'smslint.config.json': JSON.stringify({ ...PRICING_CONFIG, sources: [{ preset: 'i18next', keys: ['verification.*'] }] }),
    'locales/en/sms.json': I18NEXT_EN,
    'locales/es/sms.json': I18NEXT_ES,
    'package.json': '{ "name": "not-a-locale-file" }\n',
  });
  repo.commit('base');
  return repo;
}

/** The i18next file with `edit` applied to its parsed keys, written back as the project writes it. */
function editJson(text: string, edit: (messages: Record<string, Record<string, string>>) => void): string {
  const messages = JSON.parse(text) as Record<string, Record<string, string>>;
  edit(messages);
  return `${JSON.stringify(messages, null, 2)}\n`;
}

describe('smslint diff on locale files selected by config sources', () => {
  it('a Rails string given a curly quote: GSM-7 → UCS-2, more segments, --fail-on-increase exits 1', async () => {
    const repo = railsRepo();
    expect(RAILS_EN).toContain(RAILS_TEXT_MESSAGE);
    repo.write({
      'config/locales/en.yml': RAILS_EN.replace(RAILS_TEXT_MESSAGE, `${RAILS_TEXT_MESSAGE} Don’t share it with anyone.`),
      // Files the config does not select are not read, however they change.
      'config/application.yml': 'not: [selected\n',
    });
    const { code, changes } = await diffJson(repo);
    expect(code).toBe(0);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      id: TEXT_MESSAGE_ID,
      kind: 'changed',
      basePath: 'config/locales/en.yml',
      path: 'config/locales/en.yml',
      increased: true,
      impactUnit: 'perMessage',
      before: { encoding: { max: 'GSM-7' }, segments: { max: 1 } },
      after: { encoding: { max: 'UCS-2' }, segments: { max: 2 } },
    });
    expect(changes[0].impact).toBeCloseTo(0.01, 6);
    expect(changes[0].newFindings.map((f) => f.ruleId)).toContain('ucs2-character');
    const failing = await runCli(['diff', '--fail-on-increase'], { cwd: repo.dir });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(`changed ${TEXT_MESSAGE_ID}  config/locales/en.yml  +0.0100 USD/message  (costs more)`);
    expect(failing.stdout).toMatch(/before: GSM-7, 1 segment, 0\.0100 USD\/message\n\s+after: {2}UCS-2, 1–2 segments/);
    // Fixing the quote back is a fixed finding and a saving.
    repo.commit('curly quote');
    repo.write({ 'config/locales/en.yml': RAILS_EN.replace(RAILS_TEXT_MESSAGE, `${RAILS_TEXT_MESSAGE} Don't share it with anyone.`) });
    const fixed = await diffJson(repo, '--fail-on-increase');
    expect(fixed.code).toBe(0);
    expect(fixed.changes).toMatchObject([{ id: TEXT_MESSAGE_ID, kind: 'changed', increased: false, after: { encoding: { max: 'GSM-7' } } }]);
    expect(fixed.changes[0].fixedFindings.map((f) => f.ruleId)).toContain('ucs2-character');
  });

  it('a Rails file renamed to another locale: its strings take new key paths, so one is removed and one added', async () => {
    const repo = railsRepo();
    repo.git('mv', 'config/locales/en.yml', 'config/locales/de.yml');
    expect(RAILS_EN).toMatch(/^en:$/m);
    repo.write({ 'config/locales/de.yml': RAILS_EN.replace(/^en:$/m, 'de:') });
    const { code, changes } = await diffJson(repo);
    expect(code).toBe(0);
    expect(changes.map((c) => [c.id, c.kind, c.basePath, c.path]).sort()).toEqual([
      [TEXT_MESSAGE_ID.replace(/^en\./, 'de.'), 'added', undefined, 'config/locales/de.yml'],
      [TEXT_MESSAGE_ID, 'removed', 'config/locales/en.yml', undefined],
    ]);
  });

  it('an i18next key added and one removed; the same ids in the untouched Spanish file stay out', async () => {
    const repo = i18nextRepo();
    repo.write({
      'locales/en/sms.json': editJson(I18NEXT_EN, (messages) => {
        delete messages.verification.code_expired;
        messages.verification.code_resent = 'A new verification code was sent to {{phone}}';
      }),
      'package.json': '{ "name": "still-not-a-locale-file" }\n',
    });
    const { code, changes } = await diffJson(repo);
    expect(code).toBe(0);
    expect(changes.map((c) => [c.id, c.kind, c.basePath, c.path]).sort()).toEqual([
      ['verification.code_expired', 'removed', 'locales/en/sms.json', undefined],
      ['verification.code_resent', 'added', undefined, 'locales/en/sms.json'],
    ]);
    const added = changes.find((c) => c.kind === 'added')!;
    expect(added.before).toBeUndefined();
    // {{phone}} counts as a phone number (inferred from its name: digits and punctuation), so the worst case stays GSM-7.
    expect(added).toMatchObject({ increased: true, after: { encoding: { max: 'GSM-7' }, segments: { max: 1 } } });
    expect(changes.find((c) => c.kind === 'removed')).toMatchObject({ increased: false, before: { segments: { max: 1 } } });
    const markdown = await runCli(['diff', '--format', 'markdown'], { cwd: repo.dir });
    expect(markdown.stdout).toContain('| `verification.code_resent` | added |');
    expect(markdown.stdout).toContain('| `verification.code_expired` | removed |');
  });

  it('a locale file that no longer parses is named with its position, not passed off silently as removed strings', async () => {
    const repo = i18nextRepo();
    repo.write({ 'locales/en/sms.json': I18NEXT_EN.replace('"code_sent": "Verification code sent to {{phone}}",', '"code_sent": "Verification code sent to {{phone}}"') });
    const { code, changes, stderr } = await diffJson(repo);
    expect(code).toBe(0);
    expect(changes.every((c) => c.kind === 'removed' && c.basePath === 'locales/en/sms.json')).toBe(true);
    expect(stderr).toMatch(/^smslint: diff: locales\/en\/sms\.json:30:5 \(working tree\): .+; its templates are left out of this side of the diff\.$/m);
  });

  it('a renamed locale file is followed: untouched strings are no change, an edited one is changed, a moved one is moved', async () => {
    const repo = i18nextRepo();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('mv', 'locales/en/sms.json', 'locales/en/notifications.json');
    repo.commit('rename');
    const renamedOnly = await diffJson(repo, '--base', base);
    expect(renamedOnly.code).toBe(0);
    expect(renamedOnly.changes).toEqual([]);
    // Edit one string in the renamed file and move another to a file of its own.
    let codeSent = '';
    repo.write({
      'locales/en/notifications.json': editJson(I18NEXT_EN, (messages) => {
        messages.verification.code_invalid = 'Invalid verification code. Please try again or request a new one.';
        codeSent = messages.verification.code_sent;
        delete messages.verification.code_sent;
      }),
      'locales/en/verification.json': `${JSON.stringify({ verification: { code_sent: codeSent } }, null, 2)}\n`,
    });
    const { code, changes } = await diffJson(repo, '--base', base);
    expect(code).toBe(0);
    expect(changes.map((c) => [c.id, c.kind, c.basePath, c.path]).sort()).toEqual([
      ['verification.code_invalid', 'changed', 'locales/en/sms.json', 'locales/en/notifications.json'],
      ['verification.code_sent', 'moved', 'locales/en/sms.json', 'locales/en/verification.json'],
    ]);
    // Renamed out of what `sources` selects: its strings are removed.
    repo.commit('edit');
    repo.write({ 'config/verification.json': fixture('i18next-signupflow/locales/en/sms.json') }).remove('locales/en/verification.json');
    const unselected = await diffJson(repo);
    expect(unselected.changes.map((c) => [c.id, c.kind, c.basePath])).toEqual([['verification.code_sent', 'removed', 'locales/en/verification.json']]);
  });
});
