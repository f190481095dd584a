/** One line per thing that pushes a template's maximum segment count (status bar tooltip, preview). */
import type { TemplateInfoDriver } from './template-info.js';

export function describeDriver(driver: TemplateInfoDriver): string {
  const name = driver.kind === 'variable' ? `{{${driver.name}}}` : driver.kind === 'character' ? `"${driver.name}"` : driver.name;
  return `${name}: ${driver.detail}`;
}
