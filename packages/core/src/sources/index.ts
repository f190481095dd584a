export type * from './types.js';
export { SOURCE_FORMATS } from './formats.js';
export { compileKeyGlob, compileKeyGlobs, type KeyMatcher } from './key-glob.js';
export { SOURCE_PRESETS, SOURCE_PRESET_NAMES, type SourcePresetSpec } from './source-presets.js';
export { resolveTemplateSources, sourceFileConfig, templateSourceFor, formatFromExtension } from './source-spec.js';
export { rawRange } from './string-map.js';
