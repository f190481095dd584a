/** The workspace the end-to-end test opens: one catalog with problems smslint must find. */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CATALOG_FILE = 'support.sms.md';

/**
 * "Order shipped" uses a curly apostrophe (’, U+2019): the ucs2-character rule flags it
 * with a quick fix to "'" (sms-facts.md §1: curly quotes force UCS-2). Its sample
 * rendering is 2 GSM-7 segments once fixed, and {{firstName}} at its maximum length makes
 * it 3: over the budget of 2 (segment-budget), so the status bar item turns to warning.
 */
export const CATALOG = `---
brand: Northwind
kind: support
region: us
maxSegments: 2
variables:
  firstName:
    maxLength: 20
    charset: gsm
    sample: Dana
  trackingUrl:
    maxLength: 40
    charset: ascii
    sample: https://nwnd.co/t/8XK2P
---

# Support replies

## Order shipped

Northwind: Hi {{firstName}}, good news: your order is on its way and it’s expected to arrive within three to five business days. Track it any time at {{trackingUrl}}. Questions about your delivery? Reply here or call us at (888) 412-7730. Reply STOP to opt out.

## Callback offer

Northwind: Prefer to talk? Reply CALL and an agent will call you within 15 minutes. Or call us at (888) 412-7730. Reply STOP to opt out.
`;

export const SINGLE_FILE = 'order-delayed.sms';

/** A single-template file (language sms-template); the em dash (U+2014) forces UCS-2. */
export const SINGLE = `---
brand: Northwind
kind: support
variables:
  firstName: { maxLength: 20, charset: gsm, sample: Dana }
---
Northwind: Hi {{firstName}}, your order is running late — we'll text you as soon as it ships. Reply STOP to opt out.
`;

/** Preview data: "Zoë" (ë is not GSM-7, sms-facts.md §1) turns the message into UCS-2. */
export const DATA_FILE = 'data/zoe.json';

export async function writeWorkspace(dir: string): Promise<string> {
  await mkdir(join(dir, 'data'), { recursive: true });
  await writeFile(join(dir, DATA_FILE), JSON.stringify({ firstName: 'Zoë' }));
  await writeFile(join(dir, CATALOG_FILE), CATALOG);
  await writeFile(join(dir, SINGLE_FILE), SINGLE);
  return dir;
}

export const TRUST_TEMPLATE_FILE = 'welcome.sms';

/**
 * The workspace-trust test's folders: .vscode/settings.json points `smslint.configPath` at
 * a file of the repository's choosing (a name discovery never finds). With the defaults,
 * the template has two problems: the curly apostrophe (ucs2-character) and no way to
 * reach a person (multichannel-redirect).
 */
export const TRUST_TEMPLATE = `---
brand: Northwind
kind: support
---
Northwind: We\u2019re here to help. Reply STOP to opt out.
`;

/** `quiet`: a config that turns ucs2-character off; `fifo`: a named pipe (reading it would block). */
export type TrustConfig = 'quiet' | 'fifo';
export const TRUST_CONFIG_FILES: Record<TrustConfig, string> = { quiet: 'ci/quiet-ucs2.json', fifo: 'ci/pipe.json' };

export async function writeTrustWorkspace(dir: string, config: TrustConfig): Promise<string> {
  await mkdir(join(dir, '.vscode'), { recursive: true });
  await mkdir(join(dir, 'ci'), { recursive: true });
  await writeFile(join(dir, TRUST_TEMPLATE_FILE), TRUST_TEMPLATE);
  const configFile = join(dir, TRUST_CONFIG_FILES[config]);
  if (config === 'quiet') await writeFile(configFile, JSON.stringify({ rules: { 'ucs2-character': 'off' } }));
  else {
    const made = spawnSync('mkfifo', [configFile], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`mkfifo ${configFile} failed: ${made.stderr}`);
  }
  await writeFile(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'smslint.configPath': TRUST_CONFIG_FILES[config] }));
  return dir;
}
