import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearConfigCache, isIgnored, loadConfig } from '@smslint/core';

let root: string;

function write(relative: string, content: unknown): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'smslint-config-'));
  clearConfigCache();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('returns an empty config when none is found up to a root', () => {
    write('smslint.config.json', { root: true });
    const { config, errors } = loadConfig(path.join(root, 'a/b/replies.sms.md'));
    expect(errors).toEqual([]);
    expect(config.sources).toEqual([path.join(root, 'smslint.config.json')]);
    expect(config.rules).toBeUndefined();
  });

  it('merges nearest-wins up to root: true, rules per key', () => {
    write('smslint.config.json', { brand: 'Outer', maxSegments: 5 });
    write('repo/smslint.config.json', {
      root: true,
      brand: 'Acme',
      maxSegments: 3,
      rules: { 'empty-template': 'warn', 'quiet-hours': 'off' },
      variables: { a: { charset: 'gsm' } },
      textSpeak: { allow: ['LOL'] },
    });
    write('repo/support/.smslintrc.json', {
      maxSegments: 2,
      rules: { 'empty-template': 'error' },
      variables: { b: { charset: 'digits' } },
      textSpeak: { allow: ['OMG'] },
    });
    const { config, errors } = loadConfig(path.join(root, 'repo/support/x.sms'));
    expect(errors).toEqual([]);
    expect(config.brand).toBe('Acme');
    expect(config.maxSegments).toBe(2);
    expect(config.rules).toEqual({ 'empty-template': 'error', 'quiet-hours': 'off' });
    expect(Object.keys(config.variables!)).toEqual(['a', 'b']);
    expect(config.textSpeak!.allow).toEqual(['LOL', 'OMG']);
    expect(config.sources).toEqual([
      path.join(root, 'repo/support/.smslintrc.json'),
      path.join(root, 'repo/smslint.config.json'),
    ]);
  });

  it('prefers smslint.config.json over .smslintrc.json in one folder', () => {
    write('smslint.config.json', { root: true, brand: 'A' });
    write('.smslintrc.json', { brand: 'B' });
    expect(loadConfig(path.join(root, 'x.sms')).config.brand).toBe('A');
  });

  it('configFile forces exactly one file, relative to cwd', () => {
    write('smslint.config.json', { brand: 'Discovered' });
    write('ci/strict.json', { brand: 'Forced' });
    const { config } = loadConfig('anything.sms', { configFile: 'ci/strict.json', cwd: root });
    expect(config.brand).toBe('Forced');
    expect(config.sources).toEqual([path.join(root, 'ci/strict.json')]);
  });

  it('reports a JSON syntax error at its exact offset and lints on with defaults', () => {
    const file = write('smslint.config.json', '{\n  "root": true,\n  "brand": "Acme",,\n}');
    const { config, errors } = loadConfig(path.join(root, 'x.sms'));
    expect(errors).toHaveLength(1);
    expect(errors[0].file).toBe(file);
    expect(errors[0].message).toMatch(/Invalid JSON/);
    expect(errors[0].range!.start).toBe('{\n  "root": true,\n  "brand": "Acme",'.length);
    expect(config.brand).toBeUndefined();
  });

  it('reports a schema error with pointer and range, keeping valid fields', () => {
    write('smslint.config.json', { root: true, brand: 'Acme', rules: { 'empty-template': 'loud' } });
    const { config, errors } = loadConfig(path.join(root, 'x.sms'));
    expect(errors.map((e) => e.pointer)).toEqual(['/rules/empty-template']);
    expect(errors[0].range).toBeDefined();
    expect(config.brand).toBe('Acme');
  });

  it('reports an unreadable config (a folder named like one) without throwing', () => {
    mkdirSync(path.join(root, 'smslint.config.json'));
    write('.smslintrc.json', { root: true, brand: 'Fallback' });
    const { config } = loadConfig(path.join(root, 'x.sms'));
    expect(config.brand).toBe('Fallback');
  });

  it('memoises per folder until clearConfigCache()', () => {
    write('smslint.config.json', { root: true, brand: 'Before' });
    const first = loadConfig(path.join(root, 'x.sms'));
    write('smslint.config.json', { root: true, brand: 'After' });
    expect(loadConfig(path.join(root, 'y.sms'))).toBe(first);
    clearConfigCache();
    expect(loadConfig(path.join(root, 'x.sms')).config.brand).toBe('After');
  });

  it('survives a symlink loop', () => {
    write('smslint.config.json', { root: true });
    mkdirSync(path.join(root, 'a'));
    try {
      symlinkSync(path.join(root, 'a'), path.join(root, 'a/loop'));
    } catch {
      return; // no symlinks on this filesystem
    }
    expect(loadConfig(path.join(root, 'a/loop/loop/x.sms')).errors).toEqual([]);
  });

  it('never evaluates JavaScript configs', () => {
    write('smslint.config.js', 'throw new Error("executed")');
    write('smslint.config.json', { root: true });
    expect(() => loadConfig(path.join(root, 'x.sms'))).not.toThrow();
  });

  it('anchors ignore globs at their config folder', () => {
    write('smslint.config.json', { root: true, ignore: ['drafts/**'] });
    write('team/smslint.config.json', { ignore: ['*.wip.sms'] });
    const { config } = loadConfig(path.join(root, 'team/x.sms'));
    expect(isIgnored(path.join(root, 'drafts/a.sms.md'), config)).toBe(true);
    expect(isIgnored(path.join(root, 'team/a.wip.sms'), config)).toBe(true);
    expect(isIgnored(path.join(root, 'a.wip.sms'), config)).toBe(false);
    expect(isIgnored(path.join(root, 'team/live.sms'), config)).toBe(false);
  });
});
