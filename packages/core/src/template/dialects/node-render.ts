import { lookupPath, withSamples } from '../sample-data.js';
import type { BodyNode, BlockNode, RenderResult, Template } from '../types.js';

/**
 * Renders a parsed body from its nodes, for dialects without a safe renderer of their own:
 * text as sent, each variable's sample value (own properties of plain data only: nothing
 * is called, no prototype is read), the branch of each block the data selects, a loop once
 * per item. No template code is executed, so previews of untrusted files are safe.
 */
export function renderNodes(template: Template, data: Record<string, unknown>): RenderResult {
  if (template.body.nodes.length === 0 && template.problems.some((problem) => problem.severity === 'error')) {
    return {
      text: '',
      problems: [{ code: 'render-failed', message: 'Cannot render: the body does not parse.', range: template.body.range, severity: 'error' }],
    };
  }
  const root = withSamples(template, data);
  return { text: trimBlankLines(renderList(template.body.nodes, [root], 0)), problems: [] };
}

/** Loops are rendered at most this many items deep in total, so previews stay small. */
const MAX_ITEMS = 50;
const MAX_DEPTH = 64;

function renderList(nodes: readonly BodyNode[], scopes: readonly unknown[], depth: number): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'variable') out += display(valueOf(node.name, scopes));
    else if (node.type === 'partial') out += `[partial ${node.name}]`;
    else if (node.type === 'block' && depth < MAX_DEPTH) out += renderBlock(node, scopes, depth + 1);
  }
  return out;
}

function renderBlock(block: BlockNode, scopes: readonly unknown[], depth: number): string {
  const value = block.params.length > 0 ? valueOf(block.params[0], scopes) : undefined;
  if (block.helper === 'each') {
    const items = Array.isArray(value) ? value.slice(0, MAX_ITEMS) : [];
    if (items.length === 0) return renderList(block.inverse ?? [], scopes, depth);
    const alias = block.binds ?? '.';
    return items.map((item) => renderList(block.program, [...scopes, alias === '.' ? item : { [alias]: item }], depth)).join('');
  }
  let taken: boolean;
  if (block.when !== undefined) taken = matchesCase(block, value);
  else if (block.helper === 'unless') taken = !truthy(value);
  else taken = truthy(value);
  return renderList(taken ? block.program : block.inverse ?? [], scopes, depth);
}

/**
 * Whether a case block's `when` selects the value: "=2" exact, plural categories, select
 * keys; "a|b" for a conditional that accepts any of those values (any case).
 */
function matchesCase(block: BlockNode, value: unknown): boolean {
  const when = block.when!;
  if (when === 'other' || when === 'else') return true;
  if (block.helper === 'if') return when.split('|').includes(display(value).toLowerCase());
  if (when.startsWith('=')) return Number(when.slice(1)) === Number(value);
  if (block.helper === 'plural' || block.helper === 'selectordinal') {
    const number = Number(value);
    if (!Number.isFinite(number)) return false;
    return new Intl.PluralRules('en', { type: block.helper === 'plural' ? 'cardinal' : 'ordinal' }).select(number) === when;
  }
  return display(value) === when;
}

/** A variable's value: the innermost scope that has its first segment, then the data. */
function valueOf(name: string, scopes: readonly unknown[]): unknown {
  const path = name.split('.').filter((part) => part !== '');
  if (path.length === 0) return scopes[scopes.length - 1];
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (typeof scope === 'object' && scope !== null && Object.hasOwn(scope, path[0])) return lookupPath(scope, path);
  }
  return undefined;
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && value !== false && value !== '' && value !== 0 && value !== 'false';
}

function display(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return Array.isArray(value) ? value.map(display).join(',') : '';
}

/** Rendered text without leading and trailing blank lines, as the body's `text` is. */
function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}
