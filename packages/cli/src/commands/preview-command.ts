import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createColors } from 'picocolors';
import type { SegmentCount } from '@smslint/core';
import { ExitCode, FatalError, UsageError } from '../exit-codes.js';
import { readSourceFile } from '../files/read-source-file.js';
import { escapeControlCharacters as visible } from '../format/terminal-text.js';
import { useColor } from '../terminal.js';
import { sampleData, variableNodes } from './template-variables.js';

/**
 * `smslint preview <file>[#template-id] [--data sample.json]`: render templates with their
 * declared samples (or the JSON data) and show where each SMS segment starts.
 */
export async function previewCommand(argv: readonly string[], cwd: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { data: { type: 'string' }, 'no-color': { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length !== 1) throw new UsageError('preview needs one file, optionally with #template-id.');
  const [target] = parsed.positionals;
  // A file whose name holds '#' (promo#2.sms.md) is that file; otherwise the last '#' starts the id.
  const hash = existsSync(resolve(cwd, target)) ? -1 : target.lastIndexOf('#');
  const path = hash === -1 ? target : target.slice(0, hash);
  const templateId = hash === -1 ? undefined : target.slice(hash + 1);
  const data = parsed.values.data !== undefined ? await readData(resolve(cwd, parsed.values.data)) : undefined;

  const absolutePath = resolve(cwd, path);
  const source = readSourceFile(absolutePath);
  if (!source.ok) throw new FatalError(`Cannot read ${path}: ${source.message}`);
  const core = await import('@smslint/core');
  const { config, errors } = core.loadConfig(absolutePath, { cwd });
  if (errors.length > 0) {
    const { formatConfigProblem, toConfigProblem } = await import('../report/config-problem.js');
    for (const e of errors) process.stderr.write(formatConfigProblem(toConfigProblem(e), cwd));
  }
  const { file } = core.lintText(source.text, { filePath: absolutePath, config });
  const templates = templateId === undefined ? file.templates : file.templates.filter((t) => t.id === templateId);
  if (templates.length === 0) {
    const ids = file.templates.map((t) => t.id);
    throw new UsageError(
      templateId === undefined ? `${path} has no templates.` : `No template "${templateId}" in ${path}. Templates: ${ids.join(', ') || '(none)'}.`,
    );
  }
  const c = createColors(parsed.values['no-color'] ? false : useColor(undefined, process.stdout));
  const countOptions = { ...(config.shiftTables ? { shiftTables: config.shiftTables } : {}), ...(config.graphemes ? { graphemes: config.graphemes } : {}) };
  const out: string[] = [];
  let problems = 0;
  for (const template of templates) {
    const values = data ?? sampleData(template, config, core.placeholderFacts(template, config));
    const missing = [...new Set(variableNodes(template.body.nodes).map((v) => v.name))].filter((name) => !SILENT_HELPER.test(name) && !hasPath(values, name));
    const rendered = core.renderTemplate(template, values);
    const count = core.countSegments(rendered.text, countOptions);
    // Names, text and messages come from the repository (or --data): shown, never acted on by the terminal.
    out.push(c.bold(visible(`${path}#${template.id}`)) + (template.title !== template.id ? c.dim(`  ${visible(template.title)}`) : ''));
    out.push(...segmentBlocks(rendered.text, count, c));
    out.push(countLine(count));
    out.push(`Fit: ${core.describeFit(core.fitHint(rendered.text, countOptions))}`);
    if (missing.length > 0) out.push(c.yellow(`No value for ${visible(missing.map((m) => core.getDialect(template.body.dialect).placeholder(m)).join(', '))} (rendered empty): declare a sample or pass --data.`));
    for (const p of rendered.problems) {
      problems++;
      out.push(c.red(`${p.severity}: ${visible(p.message)}`));
    }
    out.push('');
  }
  process.stdout.write(`${out.join('\n')}`);
  return problems > 0 || errors.length > 0 ? ExitCode.fatal : ExitCode.ok;
}

async function readData(path: string): Promise<Record<string, unknown>> {
  const { readRegularTextFile } = await import('@smslint/core');
  const read = readRegularTextFile(path);
  if (!read.ok) throw new FatalError(`Cannot read --data ${path}: ${read.message}`);
  const { text } = read;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new FatalError(`Invalid --data ${path}: ${(error as Error).message}`);
  }
}

/** Handlebars' `{{log …}}` prints nothing by design (and, in smslint, writes nothing): no value is missing. */
const SILENT_HELPER = /^log(\s|$)/;

function hasPath(data: Record<string, unknown>, path: string): boolean {
  let current: unknown = data;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, part)) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}

/** The rendered message cut at its segment starts, each part under a numbered rule. */
function segmentBlocks(text: string, count: SegmentCount, c: ReturnType<typeof createColors>): string[] {
  const out: string[] = [];
  const starts = count.segmentStarts;
  for (let i = 0; i < starts.length; i++) {
    const part = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    out.push(c.cyan(`── segment ${i + 1}/${count.segments} ${'─'.repeat(20)}`));
    out.push(...part.split('\n').map((line) => `${c.cyan('│')} ${visible(line)}`));
  }
  return out;
}

function countLine(count: SegmentCount): string {
  const unit = count.encoding === 'GSM-7' ? 'septets' : 'UTF-16 units';
  const forced = count.ucs2Characters.length > 0 ? `; UCS-2 forced by ${count.ucs2Characters.map((n) => JSON.stringify(n.char)).slice(0, 5).join(' ')}` : '';
  return `${count.encoding} · ${count.units} ${unit} · ${count.segments} segment${count.segments === 1 ? '' : 's'} (${count.perSegment} per segment)${forced}`;
}
