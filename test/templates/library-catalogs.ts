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

/** Every `*.sms.md` catalog under `dir` (recursively), as sorted absolute paths. */
export function listCatalogs(dir: string = TEMPLATES_DIR): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.sms.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Path relative to templates/, with forward slashes (as the README links it). */
export function catalogName(file: string): string {
  return path.relative(TEMPLATES_DIR, file).split(path.sep).join('/');
}
