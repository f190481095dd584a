/** Where rule pages live: docs/rules/<id>.md in the smslint repository. */
export const RULE_DOCS_BASE = 'https://github.com/smslint/smslint/blob/main/docs/rules/';
export function ruleDocsUrl(id) {
    return `${RULE_DOCS_BASE}${id}.md`;
}
//# sourceMappingURL=docs-url.js.map