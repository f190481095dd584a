import type { Template } from '../template/types.js';
import type { Fix } from './types.js';
/**
 * A fix that adds `sentence` at the end of a template's body as a sentence of its own:
 * after ". " when the body ends mid-sentence, after a space when it ends with . ! or ?,
 * and on a new line (in the body's own line ending, LF or CRLF) when it ends with a link
 * or a placeholder, where a glued "." would become part of the URL on some phones.
 */
export declare function appendSentenceFix(template: Template, sentence: string, document: string): Fix;
//# sourceMappingURL=append-sentence.d.ts.map