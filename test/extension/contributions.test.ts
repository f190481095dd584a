import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const extensionDir = fileURLToPath(new URL('../../extension/', import.meta.url));
const read = (path: string) => readFileSync(extensionDir + path, 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, any>;
const manifest = readJson('package.json');
const contributes = manifest.contributes;

/** Oniguruma → JS for compiling: \A and \z anchors only (the grammars use nothing else JS lacks). */
function toJsRegExp(source: string): RegExp {
  return new RegExp(source.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$'));
}

function collectRegexes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRegexes(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') out.push(value);
      else collectRegexes(value, out);
    }
  }
  return out;
}

function collectScopes(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) collectScopes(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') out.add(value);
      else collectScopes(value, out);
    }
  }
  return out;
}

function collectIncludes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectIncludes(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'include' && typeof value === 'string') out.push(value);
      else collectIncludes(value, out);
    }
  }
  return out;
}

describe('package.json contributions', () => {
  it('points at files that exist', () => {
    const paths = [
      ...contributes.languages.map((l: any) => l.configuration),
      ...contributes.grammars.map((g: any) => g.path),
      'src/extension.ts',
      'src/data-rendering.ts',
      'media/preview.css',
      'media/preview.js',
      'README.md',
      'LICENSE',
    ];
    for (const path of paths) expect(existsSync(extensionDir + path), path).toBe(true);
    expect(manifest.main).toBe('./dist/extension.js');
  });

  it('validates configs with the core schema, copied at build time and shipped', () => {
    expect(contributes.jsonValidation).toEqual([
      { fileMatch: ['smslint.config.json', '.smslintrc.json'], url: './dist/smslint.config.schema.json' },
    ]);
    const core = fileURLToPath(new URL('../../packages/core/schema/smslint.config.schema.json', import.meta.url));
    expect(() => JSON.parse(readFileSync(core, 'utf8'))).not.toThrow();
    expect(read('scripts/build.mjs')).toContain('packages/core/schema/smslint.config.schema.json');
    expect(read('.vscodeignore')).toContain('!dist/*.json');
  });

  it('ships the bundles and leaves sources and node_modules out', () => {
    const ignore = read('.vscodeignore').split('\n');
    expect(ignore).toContain('**');
    expect(ignore).toEqual(expect.arrayContaining(['!dist/extension.js', '!dist/data-rendering.js', '!dist/server.js', '!dist/server-launcher.js', '!media/**']));
    expect(ignore.some((line) => line.startsWith('!src') || line.startsWith('!node_modules'))).toBe(false);
  });

  it('registers every contributed command', () => {
    const sources = ['src/extension.ts', 'src/status-bar.ts'].map(read).join('\n');
    for (const { command } of contributes.commands) {
      const constant = sources.match(new RegExp(`(\\w+) = '${command.replace('.', '\\.')}'`))?.[1];
      expect(sources.includes(`registerCommand('${command}'`) || sources.includes(`registerCommand(${constant}`), command).toBe(true);
    }
  });

  it('declares the settings and safe workspace capabilities', () => {
    expect(Object.keys(contributes.configuration.properties).sort()).toEqual([
      'smslint.configPath',
      'smslint.enable',
      'smslint.rules',
      'smslint.trace.server',
    ]);
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
  });

  it('restricts every path-valued setting in untrusted workspaces (a repository must not pick the files the server reads)', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    expect(untrusted.supported).toBe('limited');
    expect(typeof untrusted.description).toBe('string');
    const properties = contributes.configuration.properties as Record<string, { type?: string | string[]; description?: string; markdownDescription?: string }>;
    const pathValued = Object.entries(properties)
      .filter(([name, p]) => [p.type].flat().includes('string') && (/Path$|File$|Folder$/.test(name) || /\b(path|file|folder)\b/i.test(p.markdownDescription ?? p.description ?? '')))
      .map(([name]) => name);
    expect(pathValued).toContain('smslint.configPath');
    expect([...untrusted.restrictedConfigurations].sort()).toEqual(pathValued.sort());
  });

  it('keeps *.sms.md as Markdown and gives *.sms its own language', () => {
    expect(contributes.languages).toHaveLength(1);
    expect(contributes.languages[0]).toMatchObject({ id: 'sms-template', extensions: ['.sms'] });
    expect(manifest.activationEvents).toEqual(
      expect.arrayContaining(['onLanguage:sms-template', 'onLanguage:markdown', 'workspaceContains:**/*.sms.md']),
    );
  });
});

describe('grammars', () => {
  const template = readJson('syntaxes/sms-template.tmLanguage.json');
  const injection = readJson('syntaxes/sms-markdown.injection.tmLanguage.json');

  it('match the scope names package.json declares', () => {
    const byPath = Object.fromEntries(contributes.grammars.map((g: any) => [g.path, g]));
    expect(byPath['./syntaxes/sms-template.tmLanguage.json'].scopeName).toBe(template.scopeName);
    expect(byPath['./syntaxes/sms-markdown.injection.tmLanguage.json'].scopeName).toBe(injection.scopeName);
    expect(byPath['./syntaxes/sms-markdown.injection.tmLanguage.json'].injectTo).toEqual(['text.html.markdown']);
    expect(template.scopeName).toBe('source.sms');
  });

  it('give placeholders, blocks, partials and comments their scopes', () => {
    const scopes = collectScopes(template);
    for (const scope of [
      'meta.tag.template.handlebars',
      'meta.tag.template.raw.handlebars',
      'meta.tag.template.block.handlebars',
      'meta.tag.template.partial.handlebars',
      'keyword.control.handlebars',
      'variable.other.handlebars',
      'comment.block.handlebars',
      'entity.name.function.partial.handlebars',
      'string.quoted.double.handlebars',
      'meta.embedded.block.frontmatter',
    ]) {
      expect(scopes, scope).toContain(scope);
    }
  });

  it('have only regexes that compile', () => {
    const regexes = [...collectRegexes(template), ...collectRegexes(injection)];
    expect(regexes.length).toBeGreaterThan(15);
    for (const source of regexes) expect(() => toJsRegExp(source), source).not.toThrow();
  });

  it('resolve every local include', () => {
    for (const include of collectIncludes(template)) {
      if (include.startsWith('#')) expect(template.repository, include).toHaveProperty(include.slice(1));
      else expect(['source.yaml']).toContain(include);
    }
    const external = collectIncludes(injection);
    expect(external).toEqual(['source.sms#mustaches']);
    expect(template.repository).toHaveProperty('mustaches');
  });

  it('recognise Handlebars constructs', () => {
    const repo = template.repository;
    const begin = (rule: string) => toJsRegExp(repo[rule].begin ?? repo[rule].match);
    expect('{{#if hasTracking}}'.match(begin('block-open'))?.[3]).toBe('if');
    expect('{{~#each items}}'.match(begin('block-open'))?.[3]).toBe('each');
    expect('{{/if}}'.match(begin('block-close'))?.[3]).toBe('if');
    expect('{{else if x}}'.match(begin('block-else'))?.slice(2, 4)).toEqual(['else', 'if']);
    expect('{{> footer}}'.match(begin('partial'))?.[3]).toBe('footer');
    expect(begin('comment-long').test('{{!-- smslint-disable text-speak --}}')).toBe(true);
    expect(begin('raw-variable').test('{{{link}}}')).toBe(true);
    expect(injection.injectionSelector).toMatch(/^L:text\.html\.markdown /);
    expect(injection.injectionSelector).toContain('-markup.fenced_code');
  });
});
