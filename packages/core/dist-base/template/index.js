export { parseTemplateFile, createTemplateParser } from './template-parser.js';
export { templateSegmentRange, templateMaxCost, DEFAULT_MAX_RENDERINGS } from './segment-range.js';
export { renderTemplate } from './render.js';
export { templateAt } from './template-at.js';
export { slugify } from './slugify.js';
export { DEFAULT_VARIABLE } from './variable-values.js';
//# sourceMappingURL=index.js.map