/**
 * Handlebars' "standalone line" rule for the statements the subset parser produces
 * (handlebars-subset.ts): a block tag, `{{else}}` or comment alone on its line takes that
 * line's indentation and line break out of the neighbouring text. This is a port of
 * Handlebars' WhitespaceControl visitor (compiler/whitespace-control.js) without what the
 * subset never contains (`~` flags, partials, `{{else if}}` chains), with the same regular
 * expressions, in the same order; the subset parser's property test holds it to the original.
 */
/** The content statement fields the rule reads and writes (Handlebars' own names). */
interface Content {
    type: 'ContentStatement';
    original: string;
    value: string;
    rightStripped?: boolean;
    leftStripped?: boolean;
}
interface Block {
    type: 'BlockStatement';
    program: {
        body: Statement[];
    };
    inverse?: {
        body: Statement[];
    };
}
export type Statement = Content | Block | {
    type: 'MustacheStatement' | 'CommentStatement';
};
/** Applies the rule to a program body, nested programs first (as Handlebars visits them). */
export declare function stripStandaloneLines(body: Statement[], isRoot: boolean): void;
export {};
//# sourceMappingURL=handlebars-standalone.d.ts.map