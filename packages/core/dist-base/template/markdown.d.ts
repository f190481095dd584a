import type { Root } from 'mdast';
/** CommonMark tree of `text` (YAML front matter recognised). Offsets are into `text` minus a leading BOM. */
export declare function parseMarkdown(text: string): Root;
//# sourceMappingURL=markdown.d.ts.map