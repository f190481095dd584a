import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useTempTrees } from './cli-harness.js';

const tempTree = useTempTrees();
const tree = (files: Record<string, string | Buffer>) => tempTree(files).dir;

describe('smslint count', () => {
  it('counts TEXT and explains what forces UCS-2', async () => {
    const dir = tree({});
    const run = await runCli(['count', 'We\u2019re open'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Encoding: +UCS-2/);
    expect(run.stdout).toMatch(/Segments: +1/);
    expect(run.stdout).toMatch(/offset 2 .*U\+2019.*→ use "'"/);
  });

  it('--json prints the countSegments result; stdin is read byte for byte, nothing trimmed', async () => {
    const dir = tree({});
    const run = await runCli(['count', '--json', '-'], { cwd: dir, input: `${'a'.repeat(160)}\n` });
    const count = JSON.parse(run.stdout);
    expect(count).toMatchObject({ encoding: 'GSM-7', units: 161, segments: 2, perSegment: 153 });
    expect(count.segmentStarts).toEqual([0, 153]);
    const bom = JSON.parse((await runCli(['count', '--json'], { cwd: dir, input: '\ufeffHi' })).stdout);
    expect(bom.encoding).toBe('UCS-2');
  });

  it('uses shift tables and grapheme policy when asked; rejects unknown tables', async () => {
    const dir = tree({});
    const text = 'Ödemeniz alındı ğ ş ı';
    const plain = JSON.parse((await runCli(['count', '--json', text], { cwd: dir })).stdout);
    const turkish = JSON.parse((await runCli(['count', '--json', '--shift', 'tr', text], { cwd: dir })).stdout);
    expect(plain.encoding).toBe('UCS-2');
    expect(turkish.encoding).toBe('GSM-7');
    expect(turkish.shift).not.toBeNull();
    const bad = await runCli(['count', '--shift', 'xx', 'hi'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect((await runCli(['count', '--graphemes', 'maybe', 'hi'], { cwd: dir })).code).toBe(2);
  });

  it('reports invalid UTF-8 on stdin with its byte offset', async () => {
    const dir = tree({});
    const run = await runCli(['count', '-'], { cwd: dir, input: Buffer.from([0x68, 0x69, 0xfe]) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('byte offset 2');
  });
});

const CATALOG = `---
brand: Northwind
kind: support
variables:
  firstName:
    maxLength: 20
    charset: gsm
    sample: Dana
---

# Orders

## Shipped

Northwind: Hi {{firstName}}, your order shipped. We\u2019re tracking it. Call (888) 412-7730 or reply AGENT.

## Long

Northwind: ${'This reply is long on purpose. '.repeat(7)}Call (888) 412-7730.
`;

describe('smslint inspect --json', () => {
  it('prints templates with ranges, placeholders, segments, UCS-2 characters, detections and findings', async () => {
    const dir = tree({ 'orders.sms.md': CATALOG });
    const run = await runCli(['inspect', '--json', 'orders.sms.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const [file] = JSON.parse(run.stdout).files;
    expect(file.filePath).toBe('orders.sms.md');
    expect(file.templates.map((t: { id: string }) => t.id)).toEqual(['shipped', 'long']);
    const shipped = file.templates[0];
    expect(shipped.kind).toBe('support');
    expect(CATALOG.slice(shipped.ranges.body.start, shipped.ranges.body.end)).toContain('Northwind: Hi {{firstName}}');
    expect(shipped.ranges.heading.startLine).toBe(13);
    const placeholder = shipped.placeholders[0];
    expect(placeholder).toMatchObject({ name: 'firstName', escaped: true, spec: { maxLength: 20, charset: 'gsm', sample: 'Dana' } });
    expect(CATALOG.slice(placeholder.range.start, placeholder.range.end)).toBe('{{firstName}}');
    expect(shipped.segments.sample.encoding).toBe('UCS-2');
    expect(shipped.ucs2Characters).toHaveLength(1);
    expect(CATALOG.slice(shipped.ucs2Characters[0].offset, shipped.ucs2Characters[0].offset + 1)).toBe('\u2019');
    for (const list of Object.values(shipped.detections) as { text: string; start: number; end: number }[][]) {
      for (const m of list) expect(CATALOG.slice(m.start, m.end)).toBe(m.text);
    }
    expect(shipped.detections.phones.map((p: { text: string }) => p.text)).toContain('(888) 412-7730');
    expect(file.findings.some((f: { ruleId: string }) => f.ruleId === 'ucs2-character')).toBe(true);
  });

  it('reports an unreadable file in place and exits 2', async () => {
    const dir = tree({ 'ok.sms.md': CATALOG });
    const run = await runCli(['inspect', '--json', 'ok.sms.md', 'missing.sms.md'], { cwd: dir });
    expect(run.code).toBe(2);
    const files = JSON.parse(run.stdout).files;
    expect(files[1].error).toContain('not found');
    expect(files[0].templates).toHaveLength(2);
  });
});

describe('smslint preview', () => {
  it('renders with declared samples and marks segment boundaries', async () => {
    const dir = tree({ 'orders.sms.md': CATALOG });
    const run = await runCli(['preview', 'orders.sms.md#shipped'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('orders.sms.md#shipped');
    expect(run.stdout).toContain('│ Northwind: Hi Dana, your order shipped.');
    expect(run.stdout).toMatch(/UCS-2 · \d+ UTF-16 units · 2 segments/);
    expect(run.stdout.match(/── segment \d\/2/g)).toHaveLength(2);
  });

  it('uses --data values and rejects an unknown template id', async () => {
    const dir = tree({ 'orders.sms.md': CATALOG, 'data.json': JSON.stringify({ firstName: 'Zoë' }) });
    const run = await runCli(['preview', 'orders.sms.md#shipped', '--data', 'data.json'], { cwd: dir });
    expect(run.stdout).toContain('Hi Zoë,');
    const bad = await runCli(['preview', 'orders.sms.md#nope'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Templates: shipped, long');
  });
});

describe('smslint new', () => {
  it('lists the bundled scenarios and copies one, refusing to overwrite', async () => {
    const dir = tree({});
    const list = await runCli(['new', '--list'], { cwd: dir });
    const scenarios = list.stdout.trim().split('\n');
    expect(scenarios).toContain('help-reply');
    const run = await runCli(['new', 'help-reply', '--out', 'catalogs'], { cwd: dir });
    expect(run.code).toBe(0);
    const target = join(dir, 'catalogs', 'help-reply.sms.md');
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(new URL('../../templates/help-reply.sms.md', import.meta.url), 'utf8'));
    const again = await runCli(['new', 'help-reply', '--out', 'catalogs'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    const unknown = await runCli(['new', 'no-such-scenario'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(existsSync(join(dir, 'no-such-scenario.sms.md'))).toBe(false);
  });

  it('carries the folder config a library catalog needs (es/ counts with the Spanish shift table)', async () => {
    const dir = tree({});
    const run = await runCli(['new', 'es/help-reply', '--out', 'es'], { cwd: dir });
    expect(run.code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'es', 'smslint.config.json'), 'utf8'));
    expect(config.shiftTables).toEqual(['es']);
    // The copied catalog lints within its budgets only because of that config.
    const lint = await runCli(['es', '--max-warnings', '0'], { cwd: dir });
    expect(lint.code).toBe(0);

    const other = tree({ 'smslint.config.json': '{"brand": "Acme"}\n' });
    const warned = await runCli(['new', 'es/help-reply'], { cwd: other });
    expect(warned.code).toBe(0);
    expect(readFileSync(join(other, 'smslint.config.json'), 'utf8')).toBe('{"brand": "Acme"}\n');
    expect(warned.stderr).toContain('"shiftTables"');
  });
});
