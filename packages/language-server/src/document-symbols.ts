import type { LineIndex, TemplateFile } from '@smslint/core';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { toRange } from './diagnostics.js';

/** Templates as an outline: one symbol per template, selecting its heading (or id). */
export function documentSymbols(file: TemplateFile, index: LineIndex): DocumentSymbol[] {
  return file.templates.map((template) => {
    const range = toRange(index, template.range);
    const selectionRange = template.headingRange ? toRange(index, template.headingRange) : { start: range.start, end: range.start };
    return {
      name: template.title || template.id,
      detail: template.title && template.title !== template.id ? template.id : undefined,
      kind: SymbolKind.String,
      range,
      selectionRange,
    };
  });
}
