import type { BodyNode, Template } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
import { scanMustaches } from './mustache-scan.js';

/** A template's literal text (what is sent around its placeholders) with a map back to the document. */
export interface LiteralText {
  /** Body text outside every mustache, line breaks as sent (LF). */
  text: string;
  /** Document offset of each UTF-16 unit of `text`. */
  offsets: number[];
}

/** Append document[range] to `out` as sent: CRLF and lone CR become LF (sms-facts.md §1). */
function appendRaw(document: string, range: OffsetRange, out: LiteralText): void {
  for (let i = range.start; i < range.end; i++) {
    const ch = document[i];
    if (ch === '\r') {
      if (document[i + 1] === '\n' && i + 1 < range.end) continue;
      out.text += '\n';
    } else {
      out.text += ch;
    }
    out.offsets.push(i);
  }
}

function appendNodes(document: string, nodes: BodyNode[], out: LiteralText): void {
  for (const node of nodes) {
    if (node.type === 'text') appendRaw(document, node.range, out);
    else if (node.type === 'block') {
      appendNodes(document, node.program, out);
      if (node.inverse) appendNodes(document, node.inverse, out);
    }
  }
}

/**
 * The literal text of a body: the parsed text nodes (every branch of a block included),
 * or, when the body did not parse, the source minus anything that looks like a mustache.
 */
export function literalText(template: Template, document: string): LiteralText {
  const out: LiteralText = { text: '', offsets: [] };
  const { source, range } = template.body;
  if (template.body.nodes.length > 0 || source.trim() === '') {
    appendNodes(document, template.body.nodes, out);
    return out;
  }
  let from = range.start;
  for (const mustache of scanMustaches(source, range.start)) {
    appendRaw(document, { start: from, end: mustache.range.start }, out);
    from = mustache.range.end;
  }
  appendRaw(document, { start: from, end: range.end }, out);
  return out;
}
