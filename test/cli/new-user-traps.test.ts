import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURLY_CATALOG, runCli, useTempTrees } from './cli-harness.js';

/**
 * Issue 15: what a new user trips over on the command line and in CI. Each test runs the
 * built binary the way the reporter did.
 */
const tempTree = useTempTrees();
const tree = (files: Record<string, string | Buffer>) => tempTree(files).dir;

const BROKEN_CONFIG = '{\n  "rules": {\n    "text-speak": "bogus"\n  }\n}\n';

describe('CI never looks green when it checks nothing', () => {
  it('lints stdin without --stdin-filename as one template body', async () => {
    const run = await runCli(['-', '--format', 'json'], { cwd: tree({}), input: 'Hi, thx 4 ur msg\n' });
    const report = JSON.parse(run.stdout);
    const ids = report.results[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).toContain('text-speak');
    expect(report.results[0].filePath).toBe('<stdin>');
  });

  it('reports a catalog that holds no template (### headings, or pasted text) as an error', async () => {
    const dir = tree({
      'deep.sms.md': '# Replies\n\n### Greeting\n\nHi, thx 4 ur msg\n',
      'pasted.sms.md': 'Hi, thx 4 ur msg\n',
      'empty.sms.md': '---\nkind: support\n---\n',
    });
    const run = await runCli([], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('no problems');
    expect(run.stdout).toMatch(/deep\.sms\.md\n {2}1:1 +error +No template here, so nothing is checked: .*\(### headings do not start one\)/);
    expect(run.stdout).toMatch(/pasted\.sms\.md\n {2}1:1 +error +No template here/);
    expect(run.stdout).toMatch(/empty\.sms\.md\n {2}4:1 +warning +This catalog has no template yet/);
  });

  it('exits 2 when a pattern matches no file, unless --no-error-on-unmatched-pattern', async () => {
    const dir = tree({ 'a.sms.md': CURLY_CATALOG });
    const run = await runCli(['drafts/**/*.sms.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No files match "drafts/**/*.sms.md"');
    expect(run.stderr).toContain('--no-error-on-unmatched-pattern');
    const github = await runCli(['drafts/**/*.sms.md', '-f', 'github'], { cwd: dir });
    expect(github.stdout).toMatch(/^::error title=smslint configuration::No files match/);
    const allowed = await runCli(['drafts/**/*.sms.md', '--no-error-on-unmatched-pattern'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('no files match "drafts/**/*.sms.md"');
  });

  it('shows a broken config in every format, located at line:column', async () => {
    const dir = tree({ 'smslint.config.json': BROKEN_CONFIG, 'a.sms.md': CURLY_CATALOG });
    const github = await runCli(['-f', 'github'], { cwd: dir });
    expect(github.code).toBe(2);
    expect(github.stdout).toMatch(/^::error file=smslint\.config\.json,line=3,col=19,title=smslint configuration::Invalid setting for rule "text-speak"/m);

    const sarif = JSON.parse((await runCli(['-f', 'sarif'], { cwd: dir })).stdout);
    const [invocation] = sarif.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'smslint.config.json' }, region: { startLine: 3, startColumn: 19 } } }],
    });

    const junit = (await runCli(['-f', 'junit'], { cwd: dir })).stdout;
    expect(junit).toMatch(/<testsuites name="smslint" tests="\d+" failures="\d+" errors="1">/);
    expect(junit).toMatch(/<testcase classname="smslint\.config\.json" name="configuration">\n\s+<error message="Invalid setting for rule &quot;text-speak&quot;/);

    const json = JSON.parse((await runCli(['-f', 'json'], { cwd: dir })).stdout);
    expect(json.runErrors).toEqual([expect.objectContaining({ filePath: 'smslint.config.json', line: 3, column: 19 })]);

    const stylish = await runCli([], { cwd: dir });
    expect(stylish.stdout).toContain('✖ 1 configuration error');
    expect(stylish.stdout).not.toContain('✔');
  });

  it('writes the failure to --output-file when --config names a missing file', async () => {
    const dir = tree({ 'a.sms.md': CURLY_CATALOG });
    const run = await runCli(['--config', 'nope.json', '-f', 'sarif', '-o', 'report.sarif'], { cwd: dir });
    expect(run.code).toBe(2);
    const sarif = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [{ message: { text: 'Config file not found: nope.json' } }],
    });
  });

  it('marks a run with an unreadable file as not successful in SARIF', async () => {
    const dir = tree({ 'bin.sms': Buffer.from([1, 0, 2]) });
    const sarif = JSON.parse((await runCli(['-f', 'sarif'], { cwd: dir })).stdout);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
  });
});

describe('conventions from ESLint and markdownlint-cli2', () => {
  it('accepts every severity spelling in --rule and in the config', async () => {
    const dir = tree({ 'a.sms': 'Hi, thx 4 ur msg. Reply STOP to opt out.\n' });
    for (const spec of ['text-speak: off', 'text-speak:0']) {
      const run = await runCli(['--rule', spec, '-f', 'json'], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'text-speak')).toEqual([]);
    }
    for (const [spec, severity] of [['text-speak:2', 'error'], ['text-speak:warning', 'warning'], ['text-speak:1', 'warning']]) {
      const run = await runCli(['--rule', spec, '-f', 'json'], { cwd: dir });
      const speak = JSON.parse(run.stdout).results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'text-speak');
      expect(speak.length, spec).toBeGreaterThan(0);
      for (const m of speak) expect(m.severity, spec).toBe(severity);
    }
    const configured = tree({
      'a.sms': 'Hi, thx 4 ur msg. Reply STOP to opt out.\n',
      'smslint.config.json': '{ "rules": { "text-speak": 2, "shouting": "warning", "multichannel-redirect": 0 } }',
    });
    const run = await runCli(['-f', 'json'], { cwd: configured });
    expect(run.stderr).toBe('');
    const messages = JSON.parse(run.stdout).results[0].messages;
    expect(messages.find((m: { ruleId: string }) => m.ruleId === 'text-speak').severity).toBe('error');
    expect(messages.some((m: { ruleId: string }) => m.ruleId === 'multichannel-redirect')).toBe(false);
  });

  it('reads JSONC configs (comments, trailing commas) and locates syntax errors and duplicate keys', async () => {
    const jsonc = '// team settings\n{\n  "rules": {\n    "text-speak": "error", /* strict */\n  },\n}\n';
    const ok = await runCli(['-f', 'json'], { cwd: tree({ 'smslint.config.json': jsonc, 'a.sms': 'Hi, thx 4 ur msg. Reply STOP to opt out.\n' }) });
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout).results[0].messages.find((m: { ruleId: string }) => m.ruleId === 'text-speak').severity).toBe('error');

    const broken = await runCli([], { cwd: tree({ 'smslint.config.json': '{\n  // x\n  "rules": {\n    "text-speak" "error"\n  }\n}\n', 'a.sms': 'Hi.\n' }) });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("invalid config smslint.config.json:4:18: Invalid JSON: Expected ':' after property name");

    const duplicate = await runCli([], { cwd: tree({ 'smslint.config.json': '{\n  "brand": "A",\n  "brand": "B"\n}\n', 'a.sms': 'Hi.\n' }) });
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('invalid config smslint.config.json:3:3 at /brand: Duplicate key "brand"');
  });

  it('--print-config shows every setting in effect, every rule with severity per kind and options, and which file set each', async () => {
    const dir = tree({
      'smslint.config.json': '{ "root": true, "region": "ca", "rules": { "text-speak": "error" }, "ignore": ["drafts/**"] }',
      'team/smslint.config.json': '{ "brand": "Acme", "rules": { "ucs2-character": ["warn", { "allow": ["é"] }] }, "ignore": ["old/**"] }',
      'team/a.sms.md': CURLY_CATALOG,
    });
    const run = await runCli(['--print-config', 'team/a.sms.md', '--rule', 'shouting:off'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.file).toBe('team/a.sms.md');
    expect(printed.configFiles).toEqual(['team/smslint.config.json', 'smslint.config.json']);
    expect(printed.settings.region).toEqual({ value: 'ca', from: 'smslint.config.json' });
    expect(printed.settings.brand).toEqual({ value: 'Acme', from: 'team/smslint.config.json' });
    expect(printed.settings.kind).toEqual({ value: 'support', from: 'default' });
    expect(printed.settings.maxSegments).toEqual({ value: 2, from: 'default' });
    expect(printed.settings.ignore.from).toEqual(['team/smslint.config.json', 'smslint.config.json']);
    expect(printed.rules['text-speak']).toEqual({ severity: { support: 'error', transactional: 'error', marketing: 'error' }, options: {}, from: 'smslint.config.json' });
    expect(printed.rules['ucs2-character']).toMatchObject({ options: { allow: ['é'] }, from: 'team/smslint.config.json' });
    expect(printed.rules.shouting).toMatchObject({ severity: { support: 'off' }, from: '--rule' });
    // Kind defaults: a rule nobody configured shows its default severity for each kind.
    const { rules } = await import('@smslint/core');
    for (const rule of rules) expect(Object.keys(printed.rules), rule.meta.id).toContain(rule.meta.id);
    const optOut = rules.find((r) => r.meta.id === 'opt-out')!;
    expect(printed.rules['opt-out']).toMatchObject({ from: 'default', severity: { marketing: optOut.meta.defaultSeverity.marketing ?? 'off' } });
  });

  it('treats a --cache-location ending with a separator as a folder, even before it exists', async () => {
    const dir = tree({ 'a.sms.md': CURLY_CATALOG });
    const run = await runCli(['--cache', '--cache-location', 'cache/'], { cwd: dir });
    expect(run.stderr).not.toContain('could not write the cache');
    expect(existsSync(join(dir, 'cache', '.smslintcache'))).toBe(true);
  });

  it('puts infoCount beside errorCount and warningCount in the JSON report', async () => {
    const dir = tree({ 'a.sms.md': CURLY_CATALOG });
    const report = JSON.parse((await runCli(['-f', 'json', '--rule', 'ucs2-character:info'], { cwd: dir })).stdout);
    const infos = report.results[0].messages.filter((m: { severity: string }) => m.severity === 'info').length;
    expect(infos).toBeGreaterThan(0);
    expect(report.infoCount).toBe(infos);
  });
});

describe('stylish output fits the terminal', () => {
  const LONG = '---\nkind: support\n---\n\n## Welcome\n\nHi, thx 4 ur msg, we’re on it. Reply STOP to opt out.\n';

  it('does not pad rows to the longest message and wraps at the terminal width', async () => {
    const dir = tree({ 'a.sms.md': LONG });
    const run = await runCli([], { cwd: dir, env: { COLUMNS: '80' } });
    const rows = run.stdout.split('\n');
    for (const line of rows) expect(line.length, line).toBeLessThanOrEqual(80);
    // A short message is followed by its rule id, not by padding.
    expect(run.stdout).toMatch(/warning {2}"thx" is text speak: write "thanks"\. {2}text-speak\n/);
    // A long one (the ’ at 7:21, an info since it costs no segment here) continues under the
    // message column, its rule id on the last row.
    const ucs2 = rows.findIndex((l) => /^ {2}7:21 {2}info {5}\S/.test(l));
    expect(ucs2).toBeGreaterThan(0);
    const indent = '  7:21  info     '.length;
    expect(rows[ucs2 + 1].slice(0, indent).trim()).toBe('');
    expect(rows[ucs2 + 1].length).toBeGreaterThan(indent);
    const last = rows.findIndex((l, i) => i > ucs2 && l.endsWith('  ucs2-character'));
    expect(last).toBeGreaterThan(ucs2);
    for (const row of rows.slice(ucs2 + 1, last + 1)) expect(row.slice(0, indent).trim(), row).toBe('');
  });

  it('keeps one row per finding when not on a terminal', async () => {
    const dir = tree({ 'a.sms.md': LONG });
    const run = await runCli([], { cwd: dir, env: { COLUMNS: '' } });
    const json = JSON.parse((await runCli(['-f', 'json'], { cwd: dir })).stdout);
    const rows = run.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(rows).toHaveLength(json.results[0].messages.length);
    expect(Math.max(...rows.map((r) => r.length - r.trimEnd().length))).toBe(0);
  });

  it('says how many warnings --quiet hid', async () => {
    const dir = tree({ 'a.sms.md': LONG });
    const json = JSON.parse((await runCli(['-f', 'json'], { cwd: dir })).stdout);
    const run = await runCli(['--quiet'], { cwd: dir });
    // Infos (a character that costs no segment here) are hidden too, and counted apart.
    expect(json.warningCount).toBeGreaterThan(1);
    expect(json.infoCount).toBe(1);
    expect(run.stdout).toContain(`${json.warningCount} warnings and ${json.infoCount} info hidden by --quiet.`);
    expect(run.stdout).not.toMatch(/^ {2}\d+:\d+ /m);
  });

  it('escapes terminal control characters (ESC, BEL, C1, bidi overrides) in stylish and GitHub output', async () => {
    // A file name that sets the terminal title and reverses the text after it (bidi spoofing),
    // echoed by the file header and the unknown-rule directive finding.
    const title = '\u001B]0;pwned\u0007\u202E';
    const dir = tree({
      [`${title}.sms.md`]: `## Hi\n\n<!-- smslint-disable ${title} -->\nHello \u009B31m \u202Eevil. Reply STOP to opt out.\n`,
    });
    for (const format of ['stylish', 'github']) {
      const run = await runCli(['-f', format], { cwd: dir });
      expect(run.stdout, format).toContain('\\u001B]0;pwned\\u0007\\u202E');
      expect(run.stdout, format).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    }
  });
});
