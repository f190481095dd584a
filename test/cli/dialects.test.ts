/**
 * Placeholder dialects end to end through the built CLI: config `placeholders` and glob
 * `overrides` choose each file's dialect, `inspect --json` shows it, lint reads the
 * placeholders (no leftover or syntax errors on them), previews render with samples.
 */
import { describe, expect, it } from 'vitest';
import { runCli, useTempTrees } from './cli-harness.js';

const tree = useTempTrees();

const FILES = {
  'smslint.config.json': JSON.stringify({
    root: true,
    brand: 'Northwind',
    overrides: [
      { files: 'notify/**', placeholders: 'notify' },
      { files: 'locales/*.sms', placeholders: 'rails' },
    ],
  }),
  // A Notify template: "((ref number))" is a placeholder here, not literal text.
  'notify/reference.sms': 'Northwind: hello ((first name)), your reference is ((ref number)). Reply STOP to opt out.\n',
  'locales/reminder.sms': 'Northwind: visit %{facility_name} today for your BP, %{patient_name}. Reply STOP to opt out.\n',
  // The same Rails text outside the override is Handlebars: its %{…} are leftovers.
  'reminder.sms': 'Northwind: visit %{facility_name} today for your BP, %{patient_name}. Reply STOP to opt out.\n',
  'go.sms': '---\nplaceholders: go\nvariables:\n  Code: { maxLength: 6, charset: digits, sample: "123456" }\n---\nNorthwind: your code is {{ .Code }}.{{if .Help}} Reply HELP for help.{{end}}\n',
};

interface InspectedTemplate {
  dialect: string;
  placeholders: Array<{ name: string }>;
}

describe('placeholder dialects in the CLI', () => {
  it('inspect --json shows the dialect of each file, from overrides and front matter', async () => {
    const dir = tree(FILES).dir;
    const run = await runCli(['inspect', '--json', 'notify/reference.sms', 'locales/reminder.sms', 'reminder.sms', 'go.sms'], { cwd: dir });
    expect(run.stderr).toBe('');
    const files = JSON.parse(run.stdout).files as Array<{ templates: InspectedTemplate[] }>;
    const summary = files.map(({ templates: [t] }) => [t.dialect, t.placeholders.map((p) => p.name)]);
    expect(summary).toEqual([
      ['notify', ['first name', 'ref number']],
      ['rails', ['facility_name', 'patient_name']],
      ['handlebars', []],
      ['go', ['Code']],
    ]);
  });

  it('lint reads each dialect: leftovers only where the syntax is not the file\'s', async () => {
    const dir = tree(FILES).dir;
    const run = await runCli(['--format', 'json', '--rule', 'undeclared-variable:off', '.'], { cwd: dir });
    const { results } = JSON.parse(run.stdout) as { results: Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }> };
    const leftovers = Object.fromEntries(
      results.map((r) => [r.filePath, r.messages.filter((m) => m.ruleId === 'leftover-bracket' || m.ruleId === 'parse-error').length]),
    );
    expect(leftovers).toEqual({ 'notify/reference.sms': 0, 'locales/reminder.sms': 0, 'reminder.sms': 2, 'go.sms': 0 });
    const handlebarsFile = results.find((r) => r.filePath === 'reminder.sms')!;
    expect(handlebarsFile.messages.find((m) => m.ruleId === 'leftover-bracket')!.message).toContain('set "placeholders" to "rails"');
    expect(run.code).toBe(1);
  });

  it('preview renders a Go template with its samples, without running code', async () => {
    const dir = tree(FILES).dir;
    const run = await runCli(['preview', 'go.sms'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Northwind: your code is 123456.');
    expect(run.code).toBe(0);
  });
});
