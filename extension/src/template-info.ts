/**
 * The `smslint/templateInfo` custom request of the smslint language server: what the
 * template under the cursor costs to send (documented in docs/editors.md). The types come
 * from the server's protocol module (type-only: nothing of the server enters the client bundle).
 */
export type {
  TemplateInfo,
  TemplateInfoCharacter,
  TemplateInfoDriver,
  TemplateInfoParams,
} from '../../packages/language-server/src/template-info-protocol.js';

/** Same value as the server's TEMPLATE_INFO_METHOD (a value import would bundle server code). */
export const TEMPLATE_INFO_REQUEST = 'smslint/templateInfo';
