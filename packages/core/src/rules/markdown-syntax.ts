import { detectMarkdownSyntax } from '../detect/index.js';
import type { MarkdownMatch } from '../detect/types.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import type { Fix, Rule } from './types.js';

const DESCRIBE: Record<MarkdownMatch['kind'], string> = {
  emphasis: 'Emphasis markers',
  link: 'A Markdown link',
  'list-marker': 'A list marker',
  heading: 'A heading marker',
  code: 'Code backticks',
  blockquote: 'A blockquote marker',
};

/** `**x**`, `__x__`, `~~x~~`, `*x*`, `_x_` → `x`; `[text](url)` → `text url` (just `url` when equal). */
function plainText(match: MarkdownMatch): string | undefined {
  if (match.kind === 'emphasis') {
    const double = /^(\*\*|__|~~)([\s\S]*)\1$/.exec(match.text);
    if (double) return double[2];
    return match.text.slice(1, -1);
  }
  if (match.kind === 'link') {
    const link = /^!?\[([^\]]*)\]\(([^)\s]*)\)$/.exec(match.text);
    if (!link) return undefined;
    const [, label, url] = link;
    return label!.trim() === '' || label === url ? url : `${label} ${url}`;
  }
  return undefined;
}

/**
 * Markdown in a catalog body is sent as typed: "**Sale**" arrives with its asterisks, a
 * link as "[here](https://…)". Only catalogs: a *.sms file is plain text by definition.
 */
export const markdownSyntax: Rule = {
  meta: {
    id: 'markdown-syntax',
    description: 'Markdown (emphasis, links, list markers) in a catalog body, which SMS sends literally.',
    docsUrl: ruleDocsUrl('markdown-syntax'),
    defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
    fixable: true,
  },
  check(template, context) {
    if (context.file.format !== 'catalog') return;
    for (const match of detectMarkdownSyntax(template.body.masked)) {
      const range = documentRange(template, match);
      const written = context.file.text.slice(range.start, range.end);
      const plain = plainText({ ...match, text: written });
      const fix: Fix | undefined = plain === undefined ? undefined : { edits: [{ range, text: plain }] };
      context.report({
        message:
          plain === undefined
            ? `${DESCRIBE[match.kind]} in "${excerpt(written)}" will be sent literally: remove it. SMS has no formatting.`
            : `${DESCRIBE[match.kind]} will be sent literally: write "${excerpt(plain, 40)}". SMS has no formatting; "${excerpt(written, 40)}" is what is sent.`,
        range,
        fix,
      });
    }
  },
};
