export { describeFit, fitHint, type FitHint } from './fit.js';
export { formatAmount, formatMoney, formatMoneyRange, segmentPrice, type Destinations, type PriceTable, type PricingConfig, type SegmentPrice } from './pricing.js';
export { PROVIDER_IDS, PROVIDERS, providerProfile, twilioSmartEncode, type ProviderId, type ProviderProfile } from './providers.js';
export { templateCost, type MoneyRange, type TemplateCost } from './template-cost.js';
export { savingSubstitutions, type Substitution } from './substitutions.js';
export { SHORTER_PHRASES } from './shorter-phrases.js';
