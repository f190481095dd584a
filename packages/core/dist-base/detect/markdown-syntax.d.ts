import type { MarkdownMatch } from './types.js';
export declare function detectMarkdownSyntax(input: string): MarkdownMatch[];
//# sourceMappingURL=markdown-syntax.d.ts.map