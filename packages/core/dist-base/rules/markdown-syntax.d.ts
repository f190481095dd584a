import type { Rule } from './types.js';
/**
 * Markdown in a catalog body is sent as typed: "**Sale**" arrives with its asterisks, a
 * link as "[here](https://…)". Only catalogs: a *.sms file is plain text by definition.
 */
export declare const markdownSyntax: Rule;
//# sourceMappingURL=markdown-syntax.d.ts.map