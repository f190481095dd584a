import type { Rule } from './types.js';
/**
 * Every rule, sorted by id. Adding a rule = its module in this folder, one line here,
 * its page docs/rules/<id>.md (with examples), and the schema's rule list (a test prints it).
 */
export declare const rules: Rule[];
/**
 * Order of rule ids (lower-case ASCII letters, digits and hyphens): plain code-unit order,
 * which for these characters is what `localeCompare` gives, without initialising ICU's
 * collator (about 10 ms of every start).
 */
export declare function compareRuleIds(a: string, b: string): number;
export declare function getRule(id: string): Rule | undefined;
//# sourceMappingURL=registry.d.ts.map