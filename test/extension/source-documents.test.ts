/**
 * The client sends the server exactly the locale files that the workspace's configs list
 * in `sources` (no other JSON or YAML file), and activates where a config exists even
 * without any *.sms file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SMS_DOCUMENT_SELECTOR } from '../../extension/src/sms-documents.js';
import { sourceDocumentSelector, sourceFileGlobs } from '../../extension/src/source-documents.js';

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../extension/package.json', import.meta.url)), 'utf8')) as { activationEvents: string[] };

describe('locale files in the VS Code extension', () => {
  it("takes the files globs of a config's sources, presets' defaults included, anchored at its folder", () => {
    const config = JSON.stringify({ sources: ['rails', { preset: 'i18next', files: 'web/locales/*.json' }, { files: ['po/*.po', './more/*.po'] }, { keys: 'x' }] });
    expect(sourceFileGlobs(config, '/ws/app')).toEqual([
      '/ws/app/config/locales/**/*.yml',
      '/ws/app/config/locales/**/*.yaml',
      '/ws/app/web/locales/*.json',
      '/ws/app/po/*.po',
      '/ws/app/more/*.po',
    ]);
    expect(sourceDocumentSelector(['/ws/app/po/*.po'])).toEqual([{ scheme: 'file', pattern: '/ws/app/po/*.po' }]);
  });

  it('selects nothing for a config without sources, or one that does not parse', () => {
    expect(sourceFileGlobs('{ "rules": {} }', '/ws')).toEqual([]);
    expect(sourceFileGlobs('{ "sources": ', '/ws')).toEqual([]);
    expect(sourceFileGlobs('{ "sources": "rails" }', '/ws')).toEqual([]);
  });

  it('keeps JSON and YAML out of the static selector (only configured files are sent)', () => {
    expect(JSON.stringify(SMS_DOCUMENT_SELECTOR)).not.toMatch(/json|yaml/);
  });

  it('activates where a config exists, even without any *.sms file', () => {
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['workspaceContains:**/smslint.config.json', 'workspaceContains:**/.smslintrc.json']));
  });
});
