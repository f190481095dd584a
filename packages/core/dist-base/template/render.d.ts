import type { RenderResult, Template } from './types.js';
/**
 * Renders a template for previews. Safe by construction: an isolated Handlebars
 * environment with only the built-in helpers (`knownHelpersOnly`), no partials (each is
 * shown as "[partial name]" with a warning), and prototype access disabled, so
 * `{{constructor.constructor}}` or `{{__proto__}}` render nothing. `noEscape`: SMS is plain
 * text, so HTML-escaping would send "&amp;" where the customer should read "&".
 * Data: declared variable samples, overridden by `data`. Never throws.
 */
export declare function renderTemplate(template: Template, data?: Record<string, unknown>): RenderResult;
//# sourceMappingURL=render.d.ts.map