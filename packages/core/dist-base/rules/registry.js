import { brandIdentification } from './brand-identification.js';
import { duplicateTemplateId } from './duplicate-template-id.js';
import { emptyTemplate } from './empty-template.js';
import { excessivePunctuation } from './excessive-punctuation.js';
import { firstMessageDisclosures } from './first-message-disclosures.js';
import { helpInstruction } from './help-instruction.js';
import { leftoverBracket } from './leftover-bracket.js';
import { linkValidity } from './link-validity.js';
import { markdownSyntax } from './markdown-syntax.js';
import { multichannelRedirect } from './multichannel-redirect.js';
import { optOut } from './opt-out.js';
import { optOutExclusive } from './opt-out-exclusive.js';
import { parseError } from './parse-error.js';
import { phoneValidity } from './phone-validity.js';
import { placeholderEncodingRisk } from './placeholder-encoding-risk.js';
import { placeholderSyntax } from './placeholder-syntax.js';
import { publicUrlShortener } from './public-url-shortener.js';
import { quietHours } from './quiet-hours.js';
import { replyKeywordConflict } from './reply-keyword-conflict.js';
import { segmentBudget } from './segment-budget.js';
import { shaftContent } from './shaft-content.js';
import { shouting } from './shouting.js';
import { textSpeak } from './text-speak.js';
import { ucs2Character } from './ucs2-character.js';
import { undeclaredVariable } from './undeclared-variable.js';
import { unusedDisableDirective } from './unused-disable-directive.js';
/**
 * Every rule, sorted by id. Adding a rule = its module in this folder, one line here,
 * its page docs/rules/<id>.md (with examples), and the schema's rule list (a test prints it).
 */
export const rules = [
    brandIdentification,
    duplicateTemplateId,
    emptyTemplate,
    excessivePunctuation,
    firstMessageDisclosures,
    helpInstruction,
    leftoverBracket,
    linkValidity,
    markdownSyntax,
    multichannelRedirect,
    optOut,
    optOutExclusive,
    parseError,
    phoneValidity,
    placeholderEncodingRisk,
    placeholderSyntax,
    publicUrlShortener,
    quietHours,
    replyKeywordConflict,
    segmentBudget,
    shaftContent,
    shouting,
    textSpeak,
    ucs2Character,
    undeclaredVariable,
    unusedDisableDirective,
].sort((a, b) => compareRuleIds(a.meta.id, b.meta.id));
/**
 * Order of rule ids (lower-case ASCII letters, digits and hyphens): plain code-unit order,
 * which for these characters is what `localeCompare` gives, without initialising ICU's
 * collator (about 10 ms of every start).
 */
export function compareRuleIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
export function getRule(id) {
    return byId.get(id);
}
//# sourceMappingURL=registry.js.map