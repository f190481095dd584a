/**
 * @smslint/core — the analysis library. Folders, in dependency order:
 * text (offsets) → encoding (GSM-7/UCS-2 segments) → template (file model, parsing,
 * segment ranges) → detect (text facts: links, phones, opt-out…) → config → rules → lint.
 */
export * from './text/index.js';
export * from './encoding/index.js';
export * from './template/index.js';
export * from './detect/index.js';
export * from './config/index.js';
export * from './rules/index.js';
export * from './lint/index.js';
//# sourceMappingURL=index.js.map