/**
 * Builds the inline comments that switch a rule off, in the syntax the lint engine reads:
 * an HTML comment line in catalogs (the parser drops it, so nothing is sent) and a
 * Handlebars comment inside a body (never rendered, so the message text is unchanged).
 */
import type { LineIndex, Template, TemplateFile, TextEdit } from '@smslint/core';

export type DisableScope = 'line' | 'template' | 'file';

/** The document's own line break, so an inserted line never mixes CRLF into an LF file. */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

function leadingIndent(text: string, lineStart: number): string {
  const match = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200));
  return match ? match[0] : '';
}

/** `<!-- smslint-disable-next-line id -->` on its own line above the finding (catalogs only). */
export function disableLineEdit(file: TemplateFile, index: LineIndex, offset: number, ruleId: string): TextEdit | null {
  if (file.format !== 'catalog') return null;
  const line = index.positionAt(offset).line;
  const lineStart = index.lineStarts[line];
  const indent = leadingIndent(file.text, lineStart);
  return {
    range: { start: lineStart, end: lineStart },
    text: `${indent}<!-- smslint-disable-next-line ${ruleId} -->${lineBreakOf(file.text)}`,
  };
}

/** `{{!-- smslint-disable id --}}` at the start of the template body: it covers that template only. */
export function disableTemplateEdit(template: Template, ruleId: string): TextEdit {
  const at = template.body.range.start;
  return { range: { start: at, end: at }, text: `{{!-- smslint-disable ${ruleId} --}}` };
}

/**
 * The whole file: `<!-- smslint-disable id -->` at the top of a catalog (after the front
 * matter, which must stay first); in a single-template file the body comment does it.
 */
export function disableFileEdit(file: TemplateFile, ruleId: string): TextEdit | null {
  if (file.format === 'single') {
    const only = file.templates[0];
    return only ? disableTemplateEdit(only, ruleId) : null;
  }
  const eol = lineBreakOf(file.text);
  let at = file.frontMatter ? file.frontMatter.range.end : 0;
  if (at === 0 && file.text.charCodeAt(0) === 0xfeff) at = 1; // keep the BOM first
  let prefix = '';
  if (at > 0 && at < file.text.length) {
    // Land at the start of the line after the front matter's closing fence.
    const next = file.text.indexOf('\n', at - 1);
    at = next === -1 ? file.text.length : next + 1;
  }
  if (at > 0 && at === file.text.length && !/\r?\n$/.test(file.text)) prefix = eol;
  return { range: { start: at, end: at }, text: `${prefix}<!-- smslint-disable ${ruleId} -->${eol}` };
}
