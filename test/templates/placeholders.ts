import type { BodyNode } from '@smslint/core';

/** A plain variable path such as `firstName` or `order.number` (not `this`, `@index` or a number). */
const PATH = /^(?!this\b)[A-Za-z_$][\w$]*(?:\.[\w$]+)*$/;

/**
 * Root names of every variable a body reads: `{{x}}`, `{{{x}}}` and block parameters
 * (`{{#if x}}`), through nested blocks and their `{{else}}` branches. Partials are
 * returned as `>name` so a caller can refuse them (their length is unknown).
 */
export function placeholderRoots(nodes: readonly BodyNode[]): Set<string> {
  const roots = new Set<string>();
  const visit = (list: readonly BodyNode[]) => {
    for (const node of list) {
      if (node.type === 'variable') {
        if (PATH.test(node.name)) roots.add(node.name.split('.')[0]);
      } else if (node.type === 'block') {
        for (const param of node.params) if (PATH.test(param)) roots.add(param.split('.')[0]);
        visit(node.program);
        if (node.inverse) visit(node.inverse);
      } else if (node.type === 'partial') {
        roots.add(`>${node.name}`);
      }
    }
  };
  visit(nodes);
  return roots;
}
