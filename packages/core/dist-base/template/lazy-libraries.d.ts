import type * as HandlebarsModule from 'handlebars';
import type * as YamlModule from 'yaml';
/**
 * The parsing libraries, loaded on first use: together they were about a third of the
 * CLI's and language server's start-up, though a run on simple front matter needs no
 * `yaml` at all (simple-yaml.ts), parsing bodies needs only Handlebars' parser, and only
 * previews need the whole of Handlebars.
 *
 * Everything here stays synchronous (the parser API is). Under Node's ESM (the tsc output)
 * there is no `require`, and `createRequire` loads the CommonJS builds. In a CommonJS
 * bundle (the VS Code extension's esbuild build) `require` exists, and each literal
 * `require('…')` below is what esbuild sees, bundles, and evaluates only when called.
 */
/** `handlebars/dist/cjs/handlebars/compiler/base`: what `Handlebars.parse` and `Handlebars.Parser` are. */
export interface HandlebarsParser {
    parse(input: string): hbs.AST.Program;
    /** The jison parser; its lexer tells where a syntax error stopped. */
    parser: unknown;
}
export declare function yamlLibrary(): typeof YamlModule;
export declare function handlebarsParserLibrary(): HandlebarsParser;
export declare function handlebarsLibrary(): typeof HandlebarsModule;
//# sourceMappingURL=lazy-libraries.d.ts.map