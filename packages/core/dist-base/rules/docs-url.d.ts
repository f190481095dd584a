/** Where rule pages live: docs/rules/<id>.md in the smslint repository. */
export declare const RULE_DOCS_BASE = "https://github.com/smslint/smslint/blob/main/docs/rules/";
export declare function ruleDocsUrl(id: string): string;
//# sourceMappingURL=docs-url.d.ts.map