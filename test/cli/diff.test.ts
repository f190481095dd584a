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
