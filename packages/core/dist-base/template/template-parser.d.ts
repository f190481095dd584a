import type { ParseOptions, TemplateFile } from './types.js';
export interface TemplateParser {
    /** Parses like `parseTemplateFile`, re-using what the previous call found in unchanged text. */
    parse(text: string, path: string): TemplateFile;
}
/**
 * A parser for one document that re-uses its previous result: sections whose text did
 * not change (everything outside the edited span) keep their parsed templates and only
 * move by the edit's length; heading checks in unchanged text are not repeated. After a
 * one-character edit only the touched section is parsed. The language server keeps one
 * per open document.
 */
export declare function createTemplateParser(options?: ParseOptions): TemplateParser;
/** `*.sms` → single template; `*.sms.md`, `*.md` and anything else → catalog. Never throws. */
export declare function parseTemplateFile(text: string, path: string, options?: ParseOptions): TemplateFile;
/** Heading text of an ATX line: markers, the optional closing `#` sequence and spaces removed. */
export declare function headingTitle(line: string): string;
//# sourceMappingURL=template-parser.d.ts.map