import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_CATALOG, CURLY_CATALOG, parseJson, runCli, useTempTrees } from './cli-harness.js';

const tempTree = useTempTrees();

describe('--cache', () => {
  it('stores results keyed on content and config, reuses them, and re-lints on change', async () => {
    const t = tempTree({ 'a.sms.md': CURLY_CATALOG, 'b.sms.md': CLEAN_CATALOG });
    const first = await runCli(['--cache', '--format', 'json'], { cwd: t.dir });
    const cacheFile = join(t.dir, '.smslintcache');
    expect(existsSync(cacheFile)).toBe(true);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(Object.keys(cache.entries).sort()).toEqual([join(t.dir, 'a.sms.md'), join(t.dir, 'b.sms.md')]);

    // A planted cache entry proves the second run reads the cache instead of re-linting.
    const key = join(t.dir, 'b.sms.md');
    cache.entries[key].report.messages = [{ ...parseJson(first.stdout).results[0].messages[0], message: 'FROM CACHE' }];
    writeFileSync(cacheFile, JSON.stringify(cache));
    const second = parseJson((await runCli(['--cache', '--format', 'json'], { cwd: t.dir })).stdout);
    expect(second.results[1].messages[0].message).toBe('FROM CACHE');

    // Changing the content or the resolved config invalidates the entry.
    writeFileSync(join(t.dir, 'b.sms.md'), `${CLEAN_CATALOG}\n`);
    const third = parseJson((await runCli(['--cache', '--format', 'json'], { cwd: t.dir })).stdout);
    expect(third.results[1].messages.some((m) => m.message === 'FROM CACHE')).toBe(false);
    const withRule = parseJson((await runCli(['--cache', '--format', 'json', '--rule', 'ucs2-character:error'], { cwd: t.dir })).stdout);
    expect(withRule.results[0].messages.find((m) => m.ruleId === 'ucs2-character')?.severity).toBe('error');
  });

  it('ignores a corrupt cache and honours --cache-location (file or folder)', async () => {
    const t = tempTree({ 'a.sms.md': CURLY_CATALOG, '.smslintcache': '{ not json', 'cachedir/.keep': '' });
    const run = await runCli(['--cache', '--format', 'json'], { cwd: t.dir });
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout).results[0].messages.some((m) => m.ruleId === 'ucs2-character')).toBe(true);
    expect(JSON.parse(readFileSync(join(t.dir, '.smslintcache'), 'utf8')).format).toBe(1);
    await runCli(['--cache', '--cache-location', 'cachedir'], { cwd: t.dir });
    expect(existsSync(join(t.dir, 'cachedir', '.smslintcache'))).toBe(true);
    await runCli(['--cache', '--cache-location', 'my.cache'], { cwd: t.dir });
    expect(existsSync(join(t.dir, 'my.cache'))).toBe(true);
  });
});
