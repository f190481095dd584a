/**
 * The examples of a rule's docs page (docs/rules/<id>.md): fenced blocks tagged
 * `sms.md` or `sms` and a verdict (`ok`, `not-ok`, `fixed`). Format: docs/rules/README.md.
 * Read by the rule docs harness and by the playground's "same results as the CLI" test.
 */
export interface RuleDocExample {
  format: 'sms.md' | 'sms';
  verdict: 'ok' | 'not-ok' | 'fixed';
  code: string;
  line: number;
}

const FENCE = /^(`{3,}|~{3,})(sms\.md|sms)[ \t]+(ok|not-ok|fixed)[ \t]*\r?\n([\s\S]*?)^\1[ \t]*$/gm;

export function ruleDocExamples(markdown: string): RuleDocExample[] {
  const examples: RuleDocExample[] = [];
  for (const match of markdown.matchAll(FENCE)) {
    examples.push({
      format: match[2] as RuleDocExample['format'],
      verdict: match[3] as RuleDocExample['verdict'],
      code: match[4],
      line: markdown.slice(0, match.index).split('\n').length,
    });
  }
  return examples;
}
