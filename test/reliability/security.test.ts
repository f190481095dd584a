/**
 * Security: nothing from the linted repository is ever executed (configs are JSON only),
 * preview rendering cannot reach prototypes or run helpers from data, and path handling
 * never writes outside the linted files.
 */
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTemplateFile, renderTemplate } from '@smslint/core';
import { CURLY_CATALOG, makeTree, runCli } from '../cli/cli-harness.js';
import { LspTestClient } from '../lsp/lsp-client.js';
import { snapshotTree } from './tree-snapshot.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('no code from the linted repository runs', () => {
  it('ignores smslint.config.js, .smslintrc.cjs, smslint.config.mjs and package.json scripts (CLI and language server)', async () => {
    const markers = tempDir('smslint-markers-');
    const writer = (name: string) => `require('node:fs').writeFileSync(${JSON.stringify(join(markers, name))}, 'ran');\nmodule.exports = { rules: {} };\n`;
    const t = makeTree({
      'smslint.config.js': writer('config-js'),
      '.smslintrc.cjs': writer('rc-cjs'),
      '.smslintrc.js': writer('rc-js'),
      'smslint.config.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(markers, 'config-mjs'))}, 'ran');\nexport default {};\n`,
      'package.json': JSON.stringify({
        name: 'hostile',
        smslint: { rules: { 'ucs2-character': 'off' } },
        scripts: Object.fromEntries(
          ['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test', 'lint', 'smslint', 'presmslint'].map((s) => [
            s,
            `node -e "require('fs').writeFileSync('${join(markers, s)}','ran')"`,
          ]),
        ),
      }),
      'node_modules/.bin/smslint': `#!/bin/sh\ntouch ${join(markers, 'local-bin')}\n`,
      'replies.sms.md': CURLY_CATALOG,
    });
    cleanups.push(t.dispose);

    // A package.json "smslint" key is not a config source either: the rule still reports.
    const lint = await runCli(['--format', 'json', 'replies.sms.md'], { cwd: t.dir });
    expect(lint.stdout).toContain('ucs2-character');
    for (const args of [['--print-config', 'replies.sms.md'], ['preview', 'replies.sms.md'], ['inspect', '--json', 'replies.sms.md'], ['--fix']]) {
      const run = await runCli(args, { cwd: t.dir });
      expect(run.signal, args.join(' ')).toBeNull();
    }

    const client = await LspTestClient.start({ rootDir: t.dir });
    const uri = new URL(`file://${join(t.dir, 'other.sms.md')}`).href;
    await client.open(uri, CURLY_CATALOG);
    await client.diagnosticsAt(uri, 1);
    expect(await client.stop()).toBe(0);

    // Every hostile file would have left a marker named after itself.
    expect([...snapshotTree(markers).keys()]).toEqual([]);
  });
});

describe('preview rendering is sandboxed', () => {
  const hostile = [
    '{{constructor.constructor "return process"}}',
    '{{#with constructor}}{{constructor "return 1"}}{{/with}}',
    '{{#with __proto__}}[{{polluted}}]{{/with}}',
    '{{lookup this "constructor"}}',
    '{{lookup (lookup this "constructor") "name"}}',
    '{{#with "x"}}{{constructor.name}}{{/with}}',
    '{{#each this}}{{@key}}={{this}};{{/each}}',
    '{{__proto__.toString}}',
    '{{name.__defineGetter__}}',
    '{{#with name}}{{valueOf}}{{/with}}',
  ];

  it.each(hostile)('%s renders nothing harmful and never throws', (expression) => {
    const file = parseTemplateFile(`## Hostile\n\nNorthwind: ${expression} end\n`, 'hostile.sms.md');
    const result = renderTemplate(file.templates[0], { name: 'Ana' });
    expect(result.text).not.toMatch(/function|native code|\[object|process|return/);
  });

  it('data with "__proto__" and "constructor" keys (as JSON.parse makes them) neither pollutes nor is inherited', () => {
    const file = parseTemplateFile('## Hi\n\nNorthwind: [{{polluted}}] [{{name.polluted}}] {{#with name}}[{{polluted}}]{{/with}}\n', 'p.sms.md');
    const data = JSON.parse('{"name": {"first": "Ana"}, "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as Record<string, unknown>;
    const result = renderTemplate(file.templates[0], data);
    expect(result.text).toBe('Northwind: [] [] []');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('prototype keys in metadata variable samples and --data JSON do not pollute or leak (CLI preview)', async () => {
    const t = makeTree({
      'p.sms.md': [
        '---',
        'brand: Northwind',
        'variables:',
        '  __proto__.polluted: { sample: "yes" }',
        '  constructor.prototype.polluted: { sample: "yes" }',
        '  name: { sample: "Ana" }',
        '---',
        '',
        '## Hi',
        '',
        'Northwind: Hi {{name}} {{polluted}} {{constructor.constructor}} {{lookup this "constructor"}}.',
        '',
      ].join('\n'),
      'data.json': '{"__proto__": {"polluted": "yes"}, "name": "Bo"}',
    });
    cleanups.push(t.dispose);
    const run = await runCli(['preview', 'p.sms.md#hi', '--data', 'data.json'], { cwd: t.dir });
    expect(run.signal).toBeNull();
    expect(run.stdout).toContain('Hi Bo');
    expect(run.stdout).not.toMatch(/yes|function|native code|\[object/);
  });
});

describe('path handling never writes outside the linted files', () => {
  it('--fix with a ../ path fixes exactly that file and writes nothing else', async () => {
    const t = makeTree({ 'outer.sms.md': CURLY_CATALOG, 'neighbour.sms.md': CURLY_CATALOG, 'work/inner.sms.md': CURLY_CATALOG });
    cleanups.push(t.dispose);
    const before = snapshotTree(t.dir);
    const run = await runCli(['--fix', '../outer.sms.md'], { cwd: join(t.dir, 'work') });
    expect(run.signal).toBeNull();
    const after = snapshotTree(t.dir);
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k));
    expect(changed).toEqual(['outer.sms.md']);
    expect([...before.keys()].filter((k) => !after.has(k))).toEqual([]);
  });

  it('--fix does not write through a symlink that points outside the linted tree', async () => {
    const outside = tempDir('smslint-outside-');
    writeFileSync(join(outside, 'victim.sms.md'), CURLY_CATALOG);
    const t = makeTree({ 'own.sms.md': CURLY_CATALOG });
    cleanups.push(t.dispose);
    symlinkSync(join(outside, 'victim.sms.md'), join(t.dir, 'link.sms.md'));
    const run = await runCli(['--fix'], { cwd: t.dir });
    expect(run.signal).toBeNull();
    // The repository's own file is fixed; the file outside the tree is untouched.
    expect(readFileSync(join(t.dir, 'own.sms.md'), 'utf8')).not.toBe(CURLY_CATALOG);
    expect(readFileSync(join(outside, 'victim.sms.md'), 'utf8')).toBe(CURLY_CATALOG);
    expect(lstatSync(join(t.dir, 'link.sms.md')).isSymbolicLink()).toBe(true);
  });

  it('--output-file onto a symlink replaces the link with the report and leaves its target alone', async () => {
    const outside = tempDir('smslint-outside-');
    writeFileSync(join(outside, 'precious.txt'), 'precious\n');
    const t = makeTree({ 'own.sms.md': CURLY_CATALOG });
    cleanups.push(t.dispose);
    symlinkSync(join(outside, 'precious.txt'), join(t.dir, 'report.json'));
    const run = await runCli(['--format', 'json', '--output-file', 'report.json'], { cwd: t.dir });
    expect(run.signal).toBeNull();
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(t.dir, 'report.json')).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(join(t.dir, 'report.json'), 'utf8')).results[0].filePath).toBe('own.sms.md');
  });

  it('a template id with path characters never becomes a path (preview of "../x")', async () => {
    const t = makeTree({ 'own.sms.md': CURLY_CATALOG });
    cleanups.push(t.dispose);
    mkdirSync(join(t.dir, 'sub'));
    const before = snapshotTree(t.dir);
    const run = await runCli(['preview', 'own.sms.md#../../etc/passwd'], { cwd: t.dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain('root:');
    expect(snapshotTree(t.dir)).toEqual(before);
  });
});
