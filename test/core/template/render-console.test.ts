/**
 * `{{log}}` in previews (issue 17, item 12): a template must not write to the console
 * (raw ESC/BEL could retitle the user's terminal; in the language server, stdout is the
 * protocol). Neither may the renderer's own warnings, e.g. on denied prototype access.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTemplateFile, renderTemplate } from '../../../packages/core/src/index.js';

afterEach(() => vi.restoreAllMocks());

function watchConsole(): () => unknown[][] {
  const calls: unknown[][] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void calls.push([method, ...args]));
  }
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
      calls.push(['write', chunk]);
      return true;
    });
  }
  return () => calls;
}

describe('preview rendering is silent', () => {
  it.each([
    ['{{log "\\u001b]0;pwned\\u0007"}}Hi', 'Hi'],
    ['{{log name level="error"}}{{name}}', 'Sam'],
    ['{{#each items}}{{log this}}{{/each}}ok', 'ok'],
    ['{{constructor.name}}{{__proto__.x}}{{lookup this "constructor"}}x', 'x'],
  ])('%s renders %s and writes nothing', (body, expected) => {
    const text = `## T\n\n${body.replace(/\\u001b/g, '\u001b').replace(/\\u0007/g, '\u0007')}\n`;
    const template = parseTemplateFile(text, '/tmp/t.sms.md').templates[0];
    const calls = watchConsole();
    const rendered = renderTemplate(template, { items: ['\u001b[2J'], name: 'Sam' });
    const written = calls();
    vi.restoreAllMocks();
    expect(written).toEqual([]);
    expect(rendered.text).toBe(expected);
  });
});
