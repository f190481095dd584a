import { duplicateTemplateId } from './duplicate-template-id.js';
import { emptyTemplate } from './empty-template.js';
import { parseError } from './parse-error.js';
import { placeholderEncodingRisk } from './placeholder-encoding-risk.js';
import { placeholderSyntax } from './placeholder-syntax.js';
import { quietHours } from './quiet-hours.js';
import { segmentBudget } from './segment-budget.js';
import type { Rule } from './types.js';
import { ucs2Character } from './ucs2-character.js';
import { undeclaredVariable } from './undeclared-variable.js';
import { unusedDisableDirective } from './unused-disable-directive.js';

/**
 * Every rule, sorted by id. Adding a rule = its module in this folder, one line here,
 * its page docs/rules/<id>.md (with examples), and the schema's rule list (a test prints it).
 */
export const rules: Rule[] = [
  duplicateTemplateId,
  emptyTemplate,
  parseError,
  placeholderEncodingRisk,
  placeholderSyntax,
  quietHours,
  segmentBudget,
  ucs2Character,
  undeclaredVariable,
  unusedDisableDirective,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
