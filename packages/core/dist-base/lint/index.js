export { lintFile, lintText } from './engine.js';
export { applyFixes, fixText, MAX_FIX_PASSES } from './fix.js';
export { createLintCache } from './cache.js';
export { parseDirectives, applyDirectives, directiveReports, removeCommentFix } from './directives.js';
export { effectiveSetting, templateKind } from './severity.js';
//# sourceMappingURL=index.js.map