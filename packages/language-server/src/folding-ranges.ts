import type { LineIndex, OffsetRange, TemplateFile } from '@smslint/core';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';

/** Line span of `range` without its trailing blank lines (a fold should end on text). */
function lineSpan(text: string, index: LineIndex, range: OffsetRange): [number, number] {
  let end = range.end;
  while (end > range.start && /\s/.test(text[end - 1])) end--;
  return [index.positionAt(range.start).line, index.positionAt(end).line];
}

/** One fold per template (heading through body) and one for the front matter. */
export function foldingRanges(file: TemplateFile, index: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  if (file.frontMatter) {
    const [startLine, endLine] = lineSpan(file.text, index, file.frontMatter.range);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  for (const template of file.templates) {
    const [startLine, endLine] = lineSpan(file.text, index, template.range);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
