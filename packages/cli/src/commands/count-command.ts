import { parseArgs } from 'node:util';
import type { CharacterNote, CountOptions, SegmentCount } from '@smslint/core';
import { ExitCode, UsageError } from '../exit-codes.js';
import { readTextArgument } from './read-text-argument.js';

/** `smslint count [--json] [--shift tr,es,pt] [--graphemes keep|split] [TEXT | -]`. */
export async function countCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, shift: { type: 'string' }, graphemes: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write('Usage: smslint count [--json] [--shift tr,es,pt] [--graphemes keep|split] [TEXT | -]\n');
    return ExitCode.ok;
  }
  const { countSegments, describeFit, fitHint, SHIFT_TABLE_IDS } = await import('@smslint/core');
  const options: CountOptions = {};
  if (values.shift !== undefined) {
    const ids = values.shift.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = ids.filter((id) => !(SHIFT_TABLE_IDS as readonly string[]).includes(id));
    if (unknown.length > 0) throw new UsageError(`Unknown shift table ${unknown.join(', ')}; known: ${SHIFT_TABLE_IDS.join(', ')}.`);
    options.shiftTables = ids;
  }
  if (values.graphemes !== undefined) {
    if (values.graphemes !== 'keep' && values.graphemes !== 'split') throw new UsageError('--graphemes must be "keep" or "split".');
    options.graphemes = values.graphemes;
  }
  const text = await readTextArgument(positionals);
  const count = countSegments(text, options);
  const fit = describeFit(fitHint(text, options));
  process.stdout.write(values.json ? `${JSON.stringify({ ...count, fit }, null, 2)}\n` : describeCount(text, count, fit));
  return ExitCode.ok;
}

function describeCount(text: string, count: SegmentCount, fit: string): string {
  const unitName = count.encoding === 'GSM-7' ? 'septets' : 'UTF-16 code units';
  const lines = [
    `Encoding:    ${count.encoding}${count.shift ? ` with ${shiftLabel(count.shift)}` : ''}`,
    `Characters:  ${[...text].length} (${text.length} UTF-16 code units)`,
    `Units:       ${count.units} ${unitName}`,
    `Segments:    ${count.segments}`,
    `Per segment: ${count.perSegment} ${unitName}${count.segments > 1 ? ' (concatenated parts)' : ''}`,
  ];
  if (count.segments > 1) lines.push(`Starts at:   ${count.segmentStarts.join(', ')} (UTF-16 offsets)`);
  lines.push(`Fit:         ${fit}`);
  if (count.ucs2Characters.length > 0) {
    lines.push('', `Characters forcing UCS-2 (${count.ucs2Characters.length}):`);
    for (const note of count.ucs2Characters) lines.push(`  ${noteLine(note)}`);
  }
  if (count.encoding === 'GSM-7' && count.extensionCharacters.length > 0) {
    lines.push('', `Characters costing 2 septets (${count.extensionCharacters.length}):`);
    for (const note of count.extensionCharacters) lines.push(`  ${noteLine(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

function shiftLabel(shift: NonNullable<SegmentCount['shift']>): string {
  const parts: string[] = [];
  if (shift.locking) parts.push(`${shift.locking} locking shift`);
  if (shift.single) parts.push(`${shift.single} single shift`);
  return parts.join(' + ');
}

function noteLine(note: CharacterNote): string {
  const code = `U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const shown = /^[\p{L}\p{N}\p{P}\p{S}]/u.test(note.char) ? note.char : ' ';
  let line = `offset ${String(note.offset).padEnd(5)} ${shown}  ${code}${note.name ? ` ${note.name}` : ''}`;
  if (note.replacement !== undefined) line += note.replacement === '' ? '  → delete it' : `  → use "${note.replacement}"`;
  return line;
}
