/** The files that hold a file's other translations (editor locale comparison, issue 14). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeSiblings } from '@smslint/core';

describe('localeSiblings', () => {
  let dir: string;
  const at = (p: string) => join(dir, p);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'smslint-siblings-'));
    for (const file of [
      'templates/orders.sms.md',
      'templates/es/orders.sms.md',
      'templates/pt-BR/orders.sms.md',
      'templates/es/other.sms.md',
      'templates/drafts/orders.sms.md',
      'config/locales/en.yml',
      'config/locales/es.yml',
      'config/locales/devise.en.yml',
      'config/locales/devise.fr.yml',
      'public/locales/en/sms.json',
      'public/locales/fr/sms.json',
      'public/locales/fr/common.json',
    ]) {
      mkdirSync(dirname(at(file)), { recursive: true });
      writeFileSync(at(file), '');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('catalogs: the unlocalised source and the locale folders next to it', () => {
    expect(localeSiblings(at('templates/orders.sms.md'))).toEqual([at('templates/es/orders.sms.md'), at('templates/pt-BR/orders.sms.md')]);
    expect(localeSiblings(at('templates/es/orders.sms.md'))).toEqual([at('templates/orders.sms.md'), at('templates/pt-BR/orders.sms.md')]);
    expect(localeSiblings(at('templates/es/other.sms.md'))).toEqual([]);
  });

  it('Rails: files named by locale, with or without a prefix', () => {
    expect(localeSiblings(at('config/locales/en.yml'))).toEqual([at('config/locales/es.yml')]);
    expect(localeSiblings(at('config/locales/devise.fr.yml'))).toEqual([at('config/locales/devise.en.yml')]);
  });

  it('i18next: the same namespace file in the other locale folders', () => {
    expect(localeSiblings(at('public/locales/en/sms.json'))).toEqual([at('public/locales/fr/sms.json')]);
  });

  it('a missing folder or file has none', () => {
    expect(localeSiblings(at('nowhere/es/x.sms.md'))).toEqual([]);
  });
});
