import type { Rule } from './types.js';
/**
 * Reported by the lint engine after directives are applied (it alone knows which
 * directive suppressed what); this module gives the id its meta and docs.
 */
export declare const unusedDisableDirective: Rule;
//# sourceMappingURL=unused-disable-directive.d.ts.map