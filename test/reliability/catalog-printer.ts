/**
 * Prints a catalog back from its parsed model (front matter data, heading lines, raw
 * metadata comments and body sources), so the round-trip property can check that the
 * model holds everything the templates are made of.
 */
import type { BodyNode, Template, TemplateFile } from '@smslint/core';

/** A comparable view of a template: what it sends and how it is configured, without offsets. */
export interface TemplateShape {
  id: string;
  title: string;
  metadata: unknown;
  text: string;
  nodes: unknown[];
  problems: string[];
}

function nodeShape(node: BodyNode): unknown {
  switch (node.type) {
    case 'text':
      return ['text', node.value];
    case 'variable':
      return ['variable', node.name, node.escaped];
    case 'block':
      return ['block', node.helper, node.params, node.program.map(nodeShape), node.inverse?.map(nodeShape) ?? null];
    case 'partial':
      return ['partial', node.name];
    case 'comment':
      return ['comment', node.value];
  }
}

/**
 * Line endings differ between the original and the reprint (the printer writes LF), so
 * texts are compared LF-normalised; a parse problem is compared by its code.
 */
export function templateShape(template: Template): TemplateShape {
  return {
    id: template.id,
    title: template.title,
    metadata: JSON.parse(JSON.stringify(template.metadata)),
    text: template.body.text,
    nodes: template.body.nodes.map(nodeShape),
    problems: template.problems.map((p) => p.code),
  };
}

/** True when `value` survives JSON unchanged (so printing it as JSON, which is YAML, is faithful). */
function jsonFaithful(value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value);
  } catch {
    return false;
  }
}

/**
 * The catalog printed from the model: front matter data as a JSON flow mapping (valid
 * YAML), then for each template its heading line, its metadata comment as written, and its body
 * source. Returns null when the front matter data cannot be printed faithfully.
 */
export function printCatalog(file: TemplateFile): string | null {
  const parts: string[] = [];
  const data = file.frontMatter?.data;
  if (data && Object.keys(data).length > 0) {
    if (!jsonFaithful(data)) return null;
    parts.push(`---\n${JSON.stringify(data)}\n---\n\n`);
  }
  for (const template of file.templates) {
    const metadata = template.metadataRange ? file.text.slice(template.metadataRange.start, template.metadataRange.end) + '\n' : '';
    // The heading line as the model locates it: a title alone cannot say how it was escaped
    // ("## # #" has an empty title under CommonMark's closing-sequence rule).
    const heading = template.headingRange ? file.text.slice(template.headingRange.start, template.headingRange.end).trimEnd() : `## ${template.title}`;
    parts.push(`${heading}\n${metadata}\n${template.body.source}\n\n`);
  }
  return parts.join('');
}
