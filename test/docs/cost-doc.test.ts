/**
 * docs/cost.md runs as a test: its `smslint count` examples print what the doc shows, its
 * config and catalogs are the ones a real `smslint diff` compares in a git repository built
 * here, and the pull request comment rendered in the doc is that diff's markdown, verbatim.
 * Regenerate the comment after a deliberate change: SMSLINT_UPDATE_DOCS=1 npx vitest run test/docs/cost-doc.test.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../cli/git-repo.js';

const docFile = fileURLToPath(new URL('../../docs/cost.md', import.meta.url));
const BIN = fileURLToPath(new URL('../../packages/cli/bin/smslint.js', import.meta.url));
const doc = readFileSync(docFile, 'utf8');

interface Block {
  lang: string;
  text: string;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)/.exec(lines[i]);
    if (!open) continue;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    out.push({ lang: open[1], text: `${body.join('\n')}\n` });
  }
  return out;
}

/** `smslint count --json "…"` → ['count', '--json', '…'] (double-quoted arguments, no escapes). */
function argv(command: string): string[] {
  return [...command.trim().replace(/^smslint\s+/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

const all = blocks(doc);
const START = '<!-- cost-doc: rendered comment (test/docs/cost-doc.test.ts regenerates and compares it) -->\n';
const END = '<!-- cost-doc: end -->';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('docs/cost.md', () => {
  const counts = all.flatMap((block, i) => (block.lang === 'sh' && block.text.startsWith('smslint count') ? [[block.text.trim(), all[i + 1]] as const] : []));

  it('has the examples this test runs', () => {
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(all.filter((b) => b.lang === 'md')).toHaveLength(2);
  });

  it.each(counts)('%s prints what the doc shows', (command, expected) => {
    expect(expected.lang).toBe('text');
    const output = execFileSync(process.execPath, [BIN, ...argv(command)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    if (command.includes('--json')) {
      for (const line of expected.text.trim().split('\n')) expect(output).toContain(line);
    } else {
      expect(output).toBe(expected.text);
    }
  });

  it('the rendered pull request comment is what smslint diff writes for the documented change', () => {
    const [config] = all.filter((b) => b.lang === 'json');
    const [before, after] = all.filter((b) => b.lang === 'md');
    const dir = mkdtempSync(join(tmpdir(), 'smslint-cost-doc-'));
    dirs.push(dir);
    const repo = new GitRepo(dir);
    repo.write({ 'smslint.config.json': config.text, 'templates/en.sms.md': before.text });
    repo.commit('base');
    writeFileSync(join(dir, 'templates/en.sms.md'), after.text);
    const markdown = execFileSync(process.execPath, [BIN, 'diff', '--format', 'markdown'], { cwd: dir, encoding: 'utf8' });
    const start = doc.indexOf(START) + START.length;
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThan(START.length);
    if (process.env.SMSLINT_UPDATE_DOCS) writeFileSync(docFile, doc.slice(0, start) + markdown + doc.slice(end));
    else expect(doc.slice(start, end)).toBe(markdown);
    // What the example is about: the curly quotes cost more, the new template is listed.
    expect(markdown).toContain('**2 cost more**');
    expect(markdown).toMatch(/\| `route-delivery-canceled` \| changed \| GSM-7, 2 segments, 0\.0152 USD\/message, 304\.80 USD\/month \|/);
  });
});
