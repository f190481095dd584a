export { detectAll } from './detect-all.js';
export { detectTextSpeak } from './text-speak.js';
export { TEXT_SPEAK_LEXICON } from './text-speak-lexicon.js';
export { detectOptOut, detectExclusiveOptOut } from './opt-out.js';
export { detectLinks } from './links.js';
export { detectEmails } from './emails.js';
export { PUBLIC_SHORTENERS } from './shorteners.js';
export { detectPhones } from './phones.js';
export { detectCallbackOffers } from './callback-offers.js';
export { detectShouting } from './shouting.js';
export { detectHelpInstruction } from './help-instruction.js';
export { detectDisclosures } from './disclosures.js';
export { detectBrand } from './brand.js';
export { detectShaftContent } from './shaft-content.js';
export { detectExcessivePunctuation } from './excessive-punctuation.js';
export { detectMarkdownSyntax } from './markdown-syntax.js';
export { detectLeftoverBrackets } from './leftover-brackets.js';
export { maskNonProse } from './mask.js';
//# sourceMappingURL=index.js.map