import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');

/** The scenarios the library must cover, one `templates/<scenario>.sms.md` each. */
export const SCENARIOS = [
  'opt-in-confirmation',
  'opt-out-confirmation',
  'help-reply',
  'order-and-delivery',
  'appointment-reminders',
  'billing-and-payment',
  'outages-and-incidents',
  'account-security',
  'support-case-updates',
  'agent-handoff-and-callback',
  'surveys',
  'marketing',
] as const;

/** Every template file under `dir` (recursively): `*.sms.md` catalogs and `*.sms` single templates, sorted. */
export function listTemplateFiles(dir: string = TEMPLATES_DIR): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && (entry.name.endsWith('.sms.md') || entry.name.endsWith('.sms')))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Path relative to templates/, with forward slashes (as the README links it). */
export function libraryName(file: string): string {
  return path.relative(TEMPLATES_DIR, file).split(path.sep).join('/');
}
