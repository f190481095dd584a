import type { ResolvedConfig } from '../config/types.js';
import type { Template } from '../template/types.js';

/**
 * `compute` remembered per template object and config: several rules ask the same question
 * of every template in one lint (placeholder facts, "is this a one-time message"). A parsed
 * template is never changed and a lint run passes one config object, so the pair identifies
 * the answer; a template from a new parse or another config is computed again.
 */
export function memoPerTemplate<T>(compute: (template: Template, config: ResolvedConfig) => T): (template: Template, config: ResolvedConfig) => T {
  const answers = new WeakMap<Template, { config: ResolvedConfig; value: T }>();
  return (template, config) => {
    const hit = answers.get(template);
    if (hit && hit.config === config) return hit.value;
    const value = compute(template, config);
    answers.set(template, { config, value });
    return value;
  };
}
