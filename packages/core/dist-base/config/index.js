export { loadConfig, clearConfigCache, readConfigFile, CONFIG_FILE_NAMES } from './load.js';
export { validateConfig } from './validate.js';
export { configSchema, configSchemaPath } from './schema.js';
export { parseJsonSource } from './json-source.js';
export { mergeConfigs } from './merge.js';
export { isIgnored } from './ignore.js';
//# sourceMappingURL=index.js.map