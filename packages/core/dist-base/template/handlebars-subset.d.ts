/**
 * A hand-written parser for the Handlebars that reply bodies use: text, `{{path}}`,
 * `{{{path}}}`, `{{helper path…}}`, blocks `{{#helper path…}}…{{else}}…{{/helper}}` and
 * comments. It returns what `Handlebars.parse` returns — the fields smslint reads, with the
 * same locations and the same standalone-line whitespace stripping — at a fraction of the
 * cost of Handlebars' generated (jison) parser, which was the largest part of reading a
 * catalog.
 *
 * Anything else, or anything doubtful, returns null and the caller parses with Handlebars,
 * which also words every syntax error: whitespace control (`~`), partials, literals, hash
 * arguments, sub-expressions, `@data`, `this`/`..`, `[segments]`, escapes (`\{{`), raw
 * blocks, inverse sections (`{{^}}`), `{{else if}}` chains, tabs or line breaks inside a
 * tag, non-ASCII names, unclosed or mismatched blocks, deep nesting.
 * Property-tested against Handlebars: test/core/template/handlebars-subset.test.ts.
 */
export declare function parseHandlebarsSubset(source: string, lineStarts: readonly number[]): hbs.AST.Program | null;
//# sourceMappingURL=handlebars-subset.d.ts.map