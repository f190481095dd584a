/**
 * Maps a rendering of a template body (core's sample rendering) back to the document:
 * literal text nodes are found in the rendering in document order, so each of their
 * characters gets its exact document offset; characters produced by placeholders are
 * anchored at the placeholder. That places the `⟨2⟩` segment markers and the UCS-2
 * characters of a preview at their spot in the source.
 */
import { bodyLeaves, type BodyNode, type TextNode, type Template } from '@smslint/core';

export interface SourceAlignment {
  /** sourceOffsets[i] = document offset of rendering[i], or null when a placeholder produced it. */
  sourceOffsets: Array<number | null>;
  /** anchorOffsets[i] = sourceOffsets[i], or where the placeholder that produced it starts. */
  anchorOffsets: number[];
}

function textNodes(nodes: BodyNode[]): TextNode[] {
  return bodyLeaves(nodes).filter((node): node is TextNode => node.type === 'text');
}

/** Document offsets of a text node's value (its raw slice with CRLF read as LF). */
function valueOffsets(documentText: string, node: TextNode): Array<number | null> {
  const offsets: Array<number | null> = [];
  for (let i = node.range.start; i < node.range.end; i++) {
    if (documentText.charCodeAt(i) === 13 && documentText.charCodeAt(i + 1) === 10) continue;
    offsets.push(i);
  }
  if (offsets.length === node.value.length) return offsets;
  // The value differs from the raw text in another way (escapes): place only its start.
  const placed: Array<number | null> = new Array<null>(node.value.length).fill(null);
  if (placed.length) placed[0] = node.range.start;
  return placed;
}

export function alignToSource(rendering: string, template: Template, documentText: string): SourceAlignment {
  const sourceOffsets: Array<number | null> = new Array<null>(rendering.length).fill(null);
  const anchorOffsets: number[] = new Array<number>(rendering.length).fill(template.body.range.start);
  const nodes = textNodes(template.body.nodes).sort((a, b) => a.range.start - b.range.start);
  let cursor = 0;
  let gapAnchor = template.body.range.start;
  for (const node of nodes) {
    if (!node.value) continue;
    const at = rendering.indexOf(node.value, cursor);
    if (at === -1) continue; // a branch the rendering did not take
    for (let k = cursor; k < at; k++) anchorOffsets[k] = gapAnchor;
    const offsets = valueOffsets(documentText, node);
    for (let j = 0; j < offsets.length; j++) {
      sourceOffsets[at + j] = offsets[j];
      anchorOffsets[at + j] = offsets[j] ?? node.range.start;
    }
    cursor = at + node.value.length;
    gapAnchor = node.range.end;
  }
  for (let k = cursor; k < rendering.length; k++) anchorOffsets[k] = gapAnchor;
  return { sourceOffsets, anchorOffsets };
}
