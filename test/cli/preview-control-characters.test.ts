/**
 * Issue 17, item 12, end to end: `smslint preview` (the built bin) on a template whose
 * `{{log}}` would set the terminal's title. Nothing the template holds may reach the
 * terminal as a control sequence: `{{log}}` writes nothing, and control characters in the
 * text, the title, --data values and messages are shown as visible `\u001B` escapes.
 */
import { describe, expect, it } from 'vitest';
import { runCli, useTempTrees } from './cli-harness.js';

const makeTree = useTempTrees();
const ESC = '\u001b';
const BEL = '\u0007';
// Any C0 control but newline (the output's own line breaks) is a raw control character.
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

const CATALOG = [
  '---',
  'brand: Northwind',
  'variables:',
  '  name: { sample: "Ana" }',
  '---',
  '',
  `## Hi ${ESC}[2J`,
  '',
  `{{log "${ESC}]0;pwned${BEL}"}}{{log name level="error"}}Northwind: Hi {{name}}, reply STOP to opt out.`,
  '',
].join('\n');

describe('smslint preview writes no control characters', () => {
  it('{{log "\\u001b]0;pwned\\u0007"}} renders nothing, prints nothing and the rest renders', async () => {
    const { dir } = makeTree({ 'p.sms.md': CATALOG });
    const run = await runCli(['preview', 'p.sms.md'], { cwd: dir });
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stdout).not.toContain('pwned');
    expect(run.stderr).toBe('');
    // The rest of the template renders, and {{log}} is no "missing value".
    expect(run.stdout).toContain('Northwind: Hi Ana, reply STOP to opt out.');
    expect(run.stdout).not.toContain('No value for');
    // The heading's ESC is shown, not sent.
    expect(run.stdout).toContain('Hi \\u001B[2J');
  });

  it('control characters from --data and in message text are shown as escapes', async () => {
    const { dir } = makeTree({
      'p.sms.md': CATALOG.replace('{{name}},', `{{name}} ${BEL},`),
      'data.json': JSON.stringify({ name: `Bo${ESC}]0;pwned${BEL}` }),
    });
    const run = await runCli(['preview', 'p.sms.md', '--data', 'data.json'], { cwd: dir });
    expect(run.signal).toBeNull();
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stdout).toContain('Hi Bo\\u001B]0;pwned\\u0007 \\u0007, reply STOP');
  });
});
