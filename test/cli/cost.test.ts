import { describe, expect, it } from 'vitest';
import { catalog, PRICING_CONFIG, ROUTE_DELIVERY_CANCELED_EN, ROUTE_DELIVERY_CANCELED_EN_CURLY } from '../cost/cents-templates.js';
import { runCli, useTempTrees } from './cli-harness.js';

const tree = useTempTrees();

const CATALOG = catalog({
  'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN, volume: 20000 },
  'Curly': { body: ROUTE_DELIVERY_CANCELED_EN_CURLY, volume: 20000 },
});

describe('cost in the CLI (issue 16)', () => {
  it('--format json gives each template its cost per message and per month', async () => {
    const { dir } = tree({ 'smslint.config.json': JSON.stringify(PRICING_CONFIG), 'cents.sms.md': CATALOG });
    const run = await runCli(['--format', 'json', 'cents.sms.md'], { cwd: dir });
    const [result] = JSON.parse(run.stdout).results;
    const [plain, curly] = result.templates;
    expect(plain.cost).toMatchObject({ provider: 'generic', encoding: { max: 'GSM-7' }, segments: { min: 2, max: 2 }, currency: 'USD', volume: 20000 });
    expect(plain.cost.perMonth.max).toBeCloseTo(20000 * 2 * 0.00762, 6);
    expect(curly.cost).toMatchObject({ encoding: { max: 'UCS-2' }, segments: { max: 4 } });
    expect(curly.cost.fit).toMatch(/or replace \u201c \u201d to fit 2 segments/);
  });

  it('inspect --json shows the cost, and the provider profile that changed it', async () => {
    const config = { ...PRICING_CONFIG, provider: 'twilio' };
    const { dir } = tree({ 'smslint.config.json': JSON.stringify(config), 'cents.sms.md': CATALOG });
    const run = await runCli(['inspect', '--json', 'cents.sms.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const [, curly] = JSON.parse(run.stdout).files[0].templates;
    expect(curly.cost).toMatchObject({ provider: 'twilio', segments: { max: 2 }, profileEffect: 'Twilio Smart Encoding: 2 segments (GSM-7) instead of 4 (UCS-2)' });
  });

  it('count prints the fit hint (text and --json)', async () => {
    const { dir } = tree({});
    const text = `${'a'.repeat(152)}\u20ac${'a'.repeat(10)}`;
    const run = await runCli(['count', text], { cwd: dir });
    expect(run.stdout).toContain('Fit:         4 characters over 1 segment: remove 4\n');
    const json = JSON.parse((await runCli(['count', '--json', ']'.repeat(153)], { cwd: dir })).stdout);
    expect(json).toMatchObject({ segments: 3, fit: '1 character (2 septets) over 2 segments: remove 1' });
    const crlf = await runCli(['count', '--json', '-'], { cwd: dir, input: `${'a'.repeat(152)}\r\n${'a'.repeat(152)}` });
    expect(JSON.parse(crlf.stdout)).toMatchObject({ units: 306, segments: 2 });
  });

  it('preview prints the fit of the rendered message', async () => {
    const { dir } = tree({ 'cents.sms.md': CATALOG });
    const run = await runCli(['preview', 'cents.sms.md#curly'], { cwd: dir });
    expect(run.code).toBe(0);
    // The sample rendering (declared samples): UCS-2 because of the quotes, GSM-7 without them.
    expect(run.stdout).toMatch(/^Fit: \d+ characters? over \d+ segments?: remove \d+ \(or replace \u201c \u201d to fit \d+ segments?\)$/m);
  });

  it('rejects an invalid pricing config with a located error', async () => {
    const { dir } = tree({ 'smslint.config.json': JSON.stringify({ root: true, pricing: { currency: 'usd', perSegment: { USA: 1 } } }), 'cents.sms.md': CATALOG });
    const run = await runCli(['--format', 'json', 'cents.sms.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/pricing/);
  });
});
