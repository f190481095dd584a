import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import { CURLY_CATALOG, DUPLICATE_CATALOG, runCli, useTempTrees } from './cli-harness.js';

const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

const tempTree = useTempTrees();
const tree = (files: Record<string, string | Buffer>) => tempTree(files).dir;

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 with rules, repo-relative URIs, full regions and stable fingerprints', async () => {
    expect(sarifSchema.$schema).toBe('http://json-schema.org/draft-04/schema#');
    const dir = tree({ 'sub dir/a.sms.md': CURLY_CATALOG, 'dup.sms.md': DUPLICATE_CATALOG, 'bin.sms': Buffer.from([1, 0, 2]) });
    const run = await runCli(['--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(run.stdout);
    // The schema's patterns predate the `u` flag; its URI formats are checked with WHATWG URL parsing.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s) && !/\s/.test(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const runObj = log.runs[0];
    expect(runObj.columnKind).toBe('utf16CodeUnits');
    const driver = runObj.tool.driver;
    expect(driver.name).toBe('smslint');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
      expect(rule.help.markdown).toBeTruthy();
      expect(['error', 'warning', 'note', 'none']).toContain(rule.defaultConfiguration.level);
    }
    const ucs2 = runObj.results.find((r: { ruleId: string }) => r.ruleId === 'ucs2-character');
    expect(driver.rules[ucs2.ruleIndex].id).toBe('ucs2-character');
    expect(driver.rules[ucs2.ruleIndex].helpUri).toMatch(/ucs2-character/);
    const location = ucs2.locations[0].physicalLocation;
    expect(location.artifactLocation).toEqual({ uri: 'sub%20dir/a.sms.md', uriBaseId: '%SRCROOT%' });
    expect(location.region).toEqual({ startLine: 10, startColumn: 14, endLine: 10, endColumn: 15 });
    expect(ucs2.level).toBe('warning');
    const readError = runObj.results.find((r: { ruleId: string }) => r.ruleId === 'read-error');
    expect(readError.level).toBe('error');
    expect(driver.rules[readError.ruleIndex].id).toBe('read-error');

    // Fingerprints do not depend on line numbers: shift the template down and compare.
    const shifted = tree({ 'sub dir/a.sms.md': CURLY_CATALOG.replace('# Replies\n', '# Replies\n\nSome intro text.\n\n') });
    const log2 = JSON.parse((await runCli(['--format', 'sarif'], { cwd: shifted })).stdout);
    const ucs2b = log2.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'ucs2-character');
    expect(ucs2b.locations[0].physicalLocation.region.startLine).toBe(13);
    expect(ucs2b.partialFingerprints).toEqual(ucs2.partialFingerprints);
  });
});

describe('--format github', () => {
  it('prints workflow commands with escaped properties and data', async () => {
    const dir = tree({ 'a,b:c%.sms.md': CURLY_CATALOG, 'dup.sms.md': DUPLICATE_CATALOG });
    const run = await runCli(['--format', 'github'], { cwd: dir });
    const lines = run.stdout.trim().split('\n');
    const warning = lines.find((l) => l.includes('ucs2-character'));
    expect(warning).toMatch(/^::warning file=a%2Cb%3Ac%25\.sms\.md,line=10,endLine=10,col=14,endColumn=15,title=smslint ucs2-character::/);
    expect(lines.some((l) => /^::error file=dup\.sms\.md,line=\d+,.*title=smslint duplicate-template-id::/.test(l))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/[\r]/);
  });
});

describe('--format junit', () => {
  it('has one testcase per template, failures for errors, and escapes markup and control characters', async () => {
    const odd = 'bell\u0007<&>.sms.md';
    const dir = tree({ 'dup.sms.md': DUPLICATE_CATALOG, 'a.sms.md': CURLY_CATALOG, [odd]: CURLY_CATALOG });
    const xml = (await runCli(['--format', 'junit'], { cwd: dir })).stdout;
    const json = JSON.parse((await runCli(['--format', 'json'], { cwd: dir })).stdout);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    // No raw XML-illegal control characters anywhere; the file name's BEL is visible as \u0007.
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
    expect(xml).toContain('classname="bell\\u0007&lt;&amp;&gt;.sms.md" name="welcome"');
    // One failure per error finding; warnings are not failures.
    const errors = json.results.flatMap((r: { messages: { severity: string }[] }) => r.messages).filter((m: { severity: string }) => m.severity === 'error');
    expect(xml).toContain(`failures="${errors.length}"`);
    expect((xml.match(/<failure /g) ?? []).length).toBe(errors.length);
    // duplicate-template-id is a file-level finding: it fails the "(file)" case.
    expect(xml).toMatch(/<testcase classname="dup\.sms\.md" name="\(file\)">\n\s+<failure message="[^"]*" type="duplicate-template-id">dup\.sms\.md:12:1 /);
    // Balanced, well-formed tags (a light structural check).
    const opens = (xml.match(/<testcase [^>]*[^/]>/g) ?? []).length;
    expect((xml.match(/<\/testcase>/g) ?? []).length).toBe(opens);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
  });
});

describe('--format json', () => {
  it('has the documented shape', async () => {
    const dir = tree({ 'a.sms.md': CURLY_CATALOG });
    const report = JSON.parse((await runCli(['--format', 'json'], { cwd: dir })).stdout);
    expect(Object.keys(report)).toEqual(['version', 'results', 'errorCount', 'warningCount', 'infoCount', 'fixableCount', 'runErrors']);
    expect(report.version).toBe(1);
    const [result] = report.results;
    expect(Object.keys(result)).toEqual(['filePath', 'templates', 'messages']);
    expect(result.templates[0]).toMatchObject({ id: 'welcome', title: 'Welcome', line: 8 });
    const m = result.messages.find((x: { ruleId: string }) => x.ruleId === 'ucs2-character');
    expect(Object.keys(m)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'templateId', 'fix']);
    expect(m).toMatchObject({ severity: 'warning', line: 10, column: 14, endLine: 10, endColumn: 15, templateId: 'welcome' });
    expect(CURLY_CATALOG.slice(m.offset, m.endOffset)).toBe('\u2019');
    expect(m.fix.edits[0].text).toBe("'");
    expect(report.fixableCount).toBeGreaterThanOrEqual(1);
  });
});
