export type * from './types.js';
export { lintFile, lintText } from './engine.js';
export { applyFixes, fixText, MAX_FIX_PASSES } from './fix.js';
export { createLintCache } from './cache.js';
export type { LintCache, CachedTemplateFindings } from './cache.js';
export { parseDirectives, applyDirectives, directiveReports, removeCommentFix } from './directives.js';
export type { Directive, DirectiveKind, DirectiveReport } from './directives.js';
export { effectiveSetting, templateKind } from './severity.js';
export type { EffectiveSetting } from './severity.js';
