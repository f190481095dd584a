import { lookupPath, setSamplePath } from '@smslint/core';
import type { BodyNode, PlaceholderFacts, ResolvedConfig, Template, VariableNode, VariableSpec } from '@smslint/core';

/** Every `{{variable}}` in a body, blocks included, in document order. */
export function variableNodes(nodes: readonly BodyNode[]): VariableNode[] {
  const out: VariableNode[] = [];
  const visit = (list: readonly BodyNode[]) => {
    for (const node of list) {
      if (node.type === 'variable') out.push(node);
      else if (node.type === 'block') {
        visit(node.program);
        if (node.inverse) visit(node.inverse);
      }
    }
  };
  visit(nodes);
  return out;
}

/** Declared spec of a variable path: the template's metadata first, then the config's `variables`. */
export function declaredSpec(name: string, template: Template, config: ResolvedConfig): VariableSpec | undefined {
  const own = template.metadata.variables ?? {};
  const fromConfig = config.variables ?? {};
  const root = name.split('.')[0];
  return own[name] ?? own[root] ?? fromConfig[name] ?? fromConfig[root];
}

/**
 * Preview data from declared samples, else the sample of the placeholder's declared or
 * inferred type (the counts use the same): "customer.firstName" → {customer: {firstName: sample}}.
 */
export function sampleData(template: Template, config: ResolvedConfig, facts?: PlaceholderFacts): Record<string, unknown> {
  const data: Record<string, unknown> = Object.create(null);
  for (const node of variableNodes(template.body.nodes)) {
    const spec = declaredSpec(node.name, template, config);
    const typed = facts?.placeholders.find((p) => p.range.start === node.range.start && p.type !== undefined)?.spec.sample;
    const sample = spec?.sample ?? typed;
    // The first use of a name sets its value (a later use of the same name keeps it).
    const path = node.name.split('.');
    if (sample !== undefined && lookupPath(data, path) === undefined) setSamplePath(data, path, sample);
  }
  return data;
}
