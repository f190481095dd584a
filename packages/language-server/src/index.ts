/**
 * @smslint/language-server — the LSP server (`smslint-language-server --stdio`) and the
 * types of its custom protocol, for clients such as the VS Code extension.
 */
export { startServer } from './server.js';
export { TEMPLATE_INFO_METHOD } from './template-info-protocol.js';
export type { TemplateInfo, TemplateInfoCharacter, TemplateInfoDriver, TemplateInfoParams } from './template-info-protocol.js';
export type { ClientSettings, InitializationOptions } from './settings.js';
export { FIX_ALL_KIND, OPEN_RULE_DOCS_COMMAND } from './code-actions.js';
