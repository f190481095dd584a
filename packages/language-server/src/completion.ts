import type { ResolvedConfig, Template, VariableSpec } from '@smslint/core';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
} from 'vscode-languageserver/node';

/** Reply keywords a support template offers (CTIA §5.1.2; "CALL" over "YES", sms-facts §2). */
const REPLY_KEYWORDS: Array<{ word: string; meaning: string }> = [
  { word: 'STOP', meaning: 'Opt-out keyword (CTIA standard): the customer stops all messages.' },
  { word: 'HELP', meaning: 'Help keyword (CTIA §5.1.2.1): returns support contact information.' },
  { word: 'CALL', meaning: 'Safer callback keyword than YES, which several providers treat as an opt-in.' },
];

/** Wording offered when the config sets none: the examples the config schema documents. */
export const DEFAULT_OPT_OUT_TEXT = 'Reply STOP to opt out.';
export const DEFAULT_REDIRECT_TEXT = 'Reply CALL and an agent will phone you.';

/**
 * True when `offset` is inside an unclosed `{{` on the same body: the user is typing a
 * placeholder. Returns the typed prefix, or null outside a mustache.
 */
export function mustachePrefix(text: string, offset: number): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const open = before.lastIndexOf('{{');
  if (open === -1 || before.indexOf('}}', open) !== -1) return null;
  const inside = before.slice(open + 2).replace(/^\{/, '');
  if (/^[!>]/.test(inside)) return null; // comment or partial
  return inside.replace(/^[#/^~]|^else\s+/, '').trimStart();
}

function describeVariable(name: string, spec: VariableSpec | undefined): string {
  if (!spec) return `\`${name}\``;
  const facts: string[] = [];
  if (spec.charset) facts.push(`charset: ${spec.charset}`);
  if (spec.minLength !== undefined || spec.maxLength !== undefined) {
    facts.push(`length: ${spec.minLength ?? 0}–${spec.maxLength ?? '?'}`);
  }
  if (spec.sample !== undefined) facts.push(`sample: "${spec.sample}"`);
  return facts.length ? facts.join(' · ') : `\`${name}\``;
}

/** Declared variables (template metadata over front matter over config), for `{{ }}`. */
export function variableCompletions(template: Template | undefined, config: ResolvedConfig): CompletionItem[] {
  const declared = new Map<string, VariableSpec | undefined>();
  for (const [name, spec] of Object.entries(config.variables ?? {})) declared.set(name, spec);
  for (const [name, spec] of Object.entries(template?.metadata.variables ?? {})) declared.set(name, spec);
  return [...declared].map(([name, spec]) => ({
    label: name,
    kind: CompletionItemKind.Variable,
    detail: describeVariable(name, spec),
    documentation: spec?.charset === undefined || spec.charset === 'unknown'
      ? { kind: MarkupKind.Markdown, value: 'No declared charset: a value may force UCS-2 (declare `charset` and `maxLength`).' }
      : undefined,
  }));
}

/** Snippets for the configured opt-out and redirect lines, and the reply keywords. */
export function bodyCompletions(config: ResolvedConfig): CompletionItem[] {
  const optOut = config.optOutText ?? DEFAULT_OPT_OUT_TEXT;
  const redirect = config.redirectText ?? DEFAULT_REDIRECT_TEXT;
  const items: CompletionItem[] = [
    {
      label: 'opt-out line',
      kind: CompletionItemKind.Snippet,
      detail: optOut,
      insertText: escapeSnippet(optOut),
      insertTextFormat: InsertTextFormat.Snippet,
      documentation: 'The configured opt-out wording (`optOutText` in smslint.config.json).',
    },
    {
      label: 'redirect line',
      kind: CompletionItemKind.Snippet,
      detail: redirect,
      insertText: escapeSnippet(redirect),
      insertTextFormat: InsertTextFormat.Snippet,
      documentation: 'The configured way to reach a person (`redirectText` in smslint.config.json).',
    },
  ];
  for (const { word, meaning } of REPLY_KEYWORDS) {
    items.push({ label: word, kind: CompletionItemKind.Keyword, detail: 'reply keyword', documentation: meaning });
  }
  return items;
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}
