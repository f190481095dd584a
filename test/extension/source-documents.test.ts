/**
 * The client hands locale files to the server (which lints only those a config's
 * `sources` selects) and activates in a workspace that has only a config and locale files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SMS_DOCUMENT_SELECTOR, SOURCE_DOCUMENT_SELECTOR } from '../../extension/src/sms-documents.js';

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../extension/package.json', import.meta.url)), 'utf8')) as { activationEvents: string[] };

describe('locale files in the VS Code extension', () => {
  it('sends JSON, YAML and .po files on disk to the server', () => {
    expect(SMS_DOCUMENT_SELECTOR).toEqual(expect.arrayContaining(SOURCE_DOCUMENT_SELECTOR));
    const languages = SOURCE_DOCUMENT_SELECTOR.map((s) => ('language' in s ? s.language : s.pattern));
    expect(languages).toEqual(['json', 'jsonc', 'yaml', '**/*.{po,pot}']);
    // Only files on disk: a config (and so `sources`) is only discovered there.
    expect(SOURCE_DOCUMENT_SELECTOR.every((s) => s.scheme === 'file')).toBe(true);
  });

  it('activates where a config exists, even without any *.sms file', () => {
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['workspaceContains:**/smslint.config.json', 'workspaceContains:**/.smslintrc.json']));
  });
});
