import type { BodyNode } from './types.js';

/**
 * Every node of a body that is not a block — text, variables, partials, comments — with
 * the nodes of every branch (a block's program, then its inverse), in document order.
 */
export function bodyLeaves(nodes: readonly BodyNode[], out: BodyNode[] = []): BodyNode[] {
  for (const node of nodes) {
    if (node.type !== 'block') out.push(node);
    else {
      bodyLeaves(node.program, out);
      if (node.inverse) bodyLeaves(node.inverse, out);
    }
  }
  return out;
}
