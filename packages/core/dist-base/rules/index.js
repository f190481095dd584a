export { rules, getRule } from './registry.js';
export { RULE_DOCS_BASE, ruleDocsUrl } from './docs-url.js';
export { templateAnchor, metadataKeyRange } from './template-location.js';
export { collectVariableUses, declaredVariables, specFor, variableRoot } from './variables.js';
export { literalText } from './literal-text.js';
export { scanMustaches } from './mustache-scan.js';
export { countOptionsOf, segmentRangeOptions } from './segment-options.js';
export { REGION_WINDOWS, parseSendWindow } from './quiet-hours.js';
export { DEFAULT_MAX_SEGMENTS, HARD_SEGMENT_LIMIT, HARD_CHARACTER_LIMIT } from './segment-budget.js';
export { DEFAULT_OPT_OUT_TEXT, FRENCH_OPT_OUT_TEXT } from './opt-out.js';
export { DEFAULT_REDIRECT_TEXT } from './multichannel-redirect.js';
export { BRAND_WINDOW } from './brand-identification.js';
export { appendSentenceFix } from './append-sentence.js';
//# sourceMappingURL=index.js.map