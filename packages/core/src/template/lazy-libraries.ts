import { createRequire } from 'node:module';
import type * as HandlebarsModule from 'handlebars';
import type * as YamlModule from 'yaml';
import type * as IcuParserModule from '@formatjs/icu-messageformat-parser';
import type * as LiquidModule from 'liquidjs';

/**
 * The parsing libraries, loaded on first use: together they were about a third of the
 * CLI's and language server's start-up, though a run on simple front matter needs no
 * `yaml` at all (simple-yaml.ts), parsing bodies needs only Handlebars' parser, and only
 * previews need the whole of Handlebars.
 *
 * Everything here stays synchronous (the parser API is). Under Node's ESM (the tsc output)
 * there is no `require`, and `createRequire` loads the CommonJS builds. In a CommonJS
 * bundle (the VS Code extension's esbuild build) `require` exists, and each literal
 * `require('…')` below is what esbuild sees, bundles, and evaluates only when called.
 */

/** `handlebars/dist/cjs/handlebars/compiler/base`: what `Handlebars.parse` and `Handlebars.Parser` are. */
export interface HandlebarsParser {
  parse(input: string): hbs.AST.Program;
  /** The jison parser; its lexer tells where a syntax error stopped. */
  parser: unknown;
}

let yaml: typeof YamlModule | undefined;
let handlebarsParser: HandlebarsParser | undefined;
let handlebars: typeof HandlebarsModule | undefined;

export function yamlLibrary(): typeof YamlModule {
  return (yaml ??= typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml'));
}

export function handlebarsParserLibrary(): HandlebarsParser {
  return (handlebarsParser ??=
    typeof require === 'function'
      ? require('handlebars/dist/cjs/handlebars/compiler/base')
      : createRequire(import.meta.url)('handlebars/dist/cjs/handlebars/compiler/base'));
}

export function handlebarsLibrary(): typeof HandlebarsModule {
  return (handlebars ??= typeof require === 'function' ? require('handlebars') : createRequire(import.meta.url)('handlebars'));
}

let icuParser: typeof IcuParserModule | undefined;
let liquid: typeof LiquidModule | undefined;

/** The FormatJS ICU MessageFormat parser (only ICU bodies need it). */
export function icuParserLibrary(): typeof IcuParserModule {
  return (icuParser ??=
    typeof require === 'function'
      ? require('@formatjs/icu-messageformat-parser')
      : createRequire(import.meta.url)('@formatjs/icu-messageformat-parser'));
}

/** liquidjs (only Liquid bodies need it): its tokenizer reads tags, outputs and raw text. */
export function liquidLibrary(): typeof LiquidModule {
  return (liquid ??= typeof require === 'function' ? require('liquidjs') : createRequire(import.meta.url)('liquidjs'));
}
