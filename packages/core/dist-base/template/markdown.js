import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
/** CommonMark tree of `text` (YAML front matter recognised). Offsets are into `text` minus a leading BOM. */
export function parseMarkdown(text) {
    return processor.parse(text);
}
//# sourceMappingURL=markdown.js.map