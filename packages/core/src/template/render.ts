import { dialectOf } from './dialects/registry.js';
import type { RenderResult, Template } from './types.js';

/**
 * Renders a template for previews in its placeholder dialect, with the declared variable
 * samples overridden by `data`. Safe by construction in every dialect: no code execution,
 * no partials or includes, no prototype access. Never throws.
 */
export function renderTemplate(template: Template, data: Record<string, unknown> = {}): RenderResult {
  return dialectOf(template).render(template, data);
}
