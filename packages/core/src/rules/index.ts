export type * from './types.js';
export { rules, getRule } from './registry.js';
export { RULE_DOCS_BASE, ruleDocsUrl } from './docs-url.js';
export { templateAnchor } from './template-location.js';
export { collectVariableUses, declaredVariables, specFor, variableRoot } from './variables.js';
export type { VariableUse } from './variables.js';
export { REGION_WINDOWS, parseSendWindow } from './quiet-hours.js';
