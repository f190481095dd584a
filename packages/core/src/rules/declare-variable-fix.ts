import type { Template, TemplateFile, VariableType } from '../template/types.js';
import type { Fix } from './types.js';

/** A YAML mapping key: bare when plain, else double-quoted ("patient.name" stays one key). */
function yamlKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : JSON.stringify(name);
}

/** The line break of the line that holds `offset` (not a scan of the whole file: this runs per finding). */
function lineBreakAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return end > 0 && text.charCodeAt(end - 1) === 13 ? '\r\n' : '\n';
}

/**
 * Inserts a declaration `name: { type, … }`: in a catalog, a metadata comment right under the
 * template's heading (flat when the name allows it); in a single file, into the front matter's
 * `variables` (created when missing). Undefined when the front matter's `variables` is written
 * in a form this cannot extend safely (a flow mapping).
 */
export function declareVariableFix(file: TemplateFile, template: Template, name: string, fields: { type: VariableType; charset?: string }): Fix | undefined {
  const eol = lineBreakAt(file.text, template.headingRange?.start ?? file.frontMatter?.range.start ?? 0);
  const flow = `{ type: ${fields.type}${fields.charset ? `, charset: ${fields.charset}` : ''} }`;
  if (file.format === 'catalog' && template.headingRange) {
    const lineEnd = file.text.indexOf('\n', template.headingRange.end);
    const at = lineEnd < 0 ? file.text.length : lineEnd + 1;
    const prefix = lineEnd < 0 ? eol : '';
    const simple = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name);
    const comment = simple
      ? `<!-- smslint: variables.${name}.type=${fields.type}${fields.charset ? ` variables.${name}.charset=${fields.charset}` : ''} -->`
      : `<!-- smslint${eol}variables:${eol}  ${yamlKey(name)}: ${flow}${eol}-->`;
    return { edits: [{ range: { start: at, end: at }, text: `${prefix}${comment}${eol}` }] };
  }
  const entry = `  ${yamlKey(name)}: ${flow}`;
  const front = file.frontMatter;
  if (!front) {
    const bom = file.text.startsWith('\uFEFF') ? 1 : 0;
    return { edits: [{ range: { start: bom, end: bom }, text: `---${eol}variables:${eol}${entry}${eol}---${eol}` }] };
  }
  const block = file.text.slice(front.range.start, front.range.end);
  const variables = /^variables:[ \t]*(\S[^\r\n]*)?\r?$/m.exec(block);
  if (variables) {
    if (variables[1] !== undefined && !variables[1].startsWith('#')) return undefined; // `variables: { … }`
    const lineEnd = block.indexOf('\n', variables.index);
    if (lineEnd < 0) return undefined;
    const at = front.range.start + lineEnd + 1;
    return { edits: [{ range: { start: at, end: at }, text: `${entry}${eol}` }] };
  }
  // Before the closing "---" line.
  const closing = block.lastIndexOf('\n---');
  if (closing < 0) return undefined;
  const at = front.range.start + closing + 1;
  return { edits: [{ range: { start: at, end: at }, text: `variables:${eol}${entry}${eol}` }] };
}
