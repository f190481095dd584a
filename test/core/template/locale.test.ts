/** A template's locale: metadata, config, then the file's path (issue 14). */
import { describe, expect, it } from 'vitest';
import { lintText, localeFromPath } from '@smslint/core';

describe('localeFromPath', () => {
  it.each([
    ['config/locales/es.yml', 'es', 'config/locales/*.yml'],
    ['config/locales/devise.pt-BR.yml', 'pt-BR', 'config/locales/devise.*.yml'],
    ['public/locales/fr/translation.json', 'fr', 'public/locales/translation.json'],
    ['templates/es/orders.sms.md', 'es', 'templates/orders.sms.md'],
    ['app/i18n/pt_BR/sms.json', 'pt-BR', 'app/i18n/sms.json'],
    ['C:\\repo\\locales\\de\\common.json', 'de', 'C:/repo/locales/common.json'],
    ['de.sms.md', 'de', '*.sms.md'],
  ])('%s → %s', (path, locale, base) => {
    expect(localeFromPath(path)).toEqual({ locale, base });
  });

  it.each(['templates/orders.sms.md', 'docs/go/readme.sms.md', 'templates/do/x.sms.md', 'src/us/orders.sms.md', 'welcome.sms.md', 'messages.json'])(
    'no locale in %s',
    (path) => {
      expect(localeFromPath(path)).toBeUndefined();
    },
  );
});

describe('template locale in rules', () => {
  const textSpeakOf = (text: string, filePath: string, locale?: string) =>
    lintText(text, { filePath, ...(locale ? { config: { sources: [], locale } } : {}) })
      .findings.filter((f) => f.ruleId === 'text-speak')
      .map((f) => text.slice(f.range.start, f.range.end));
  const body = '## Aviso\nxq no vino?\n';

  it('an overrides entry with a locale wins over the path, metadata over both', () => {
    const config = { sources: [], overrides: [{ files: '**/brasil/**', locale: 'pt-BR' }] };
    const spans = (text: string, filePath: string) =>
      lintText(text, { filePath, config }).findings.filter((f) => f.ruleId === 'text-speak').map((f) => text.slice(f.range.start, f.range.end));
    const body = '## Aviso\nvc recebeu?\n';
    expect(spans(body, 'templates/es/brasil/a.sms.md')).toEqual(['vc']);
    expect(spans(body, 'templates/es/a.sms.md')).toEqual([]);
    expect(spans(`---\nlocale: es\n---\n${body}`, 'templates/brasil/a.sms.md')).toEqual([]);
  });

  it('front matter, then path, then config; unknown falls back to the guess', () => {
    expect(textSpeakOf(body, 'a.sms.md')).toEqual([]);
    expect(textSpeakOf(body, 'templates/es/a.sms.md')).toEqual(['xq']);
    expect(textSpeakOf(body, 'a.sms.md', 'es-MX')).toEqual(['xq']);
    expect(textSpeakOf(`---\nlocale: en\n---\n${body}`, 'templates/es/a.sms.md')).toEqual([]);
    expect(textSpeakOf(`---\nlocale: es\n---\n${body}`, 'a.sms.md', 'en')).toEqual(['xq']);
    expect(textSpeakOf(body, 'templates/es/a.sms.md', 'en')).toEqual(['xq']);
  });
});
