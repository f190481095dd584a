import type { Rule } from './types.js';
export declare const duplicateTemplateId: Rule;
//# sourceMappingURL=duplicate-template-id.d.ts.map