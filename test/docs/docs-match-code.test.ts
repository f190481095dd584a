/**
 * The documentation names what exists, and everything that exists is documented: rule ids,
 * config keys, CLI commands and flags, language-server flags, parse problem codes.
 *
 * "What exists" comes from the code, so a new rule, key, command or flag only needs its docs:
 * - rules: the registry (`rules` from @smslint/core);
 * - config keys: the shipped JSON schema (every property at any depth, `rules` aside) and
 *   CONFIG_DEFAULTS for the defaults column;
 * - CLI commands: the COMMANDS list in packages/cli/src/main.ts; CLI flags: the `options` of
 *   every `parseArgs({ … })` call under packages/cli/src (read with the TypeScript parser),
 *   attributed to a command by file (`<command>-command.ts`, lint-arguments.ts for linting);
 * - language-server flags: the `'--flag'` literals of packages/language-server/src/main.ts;
 * - problem codes: the `code: '…'` literals (and YAML block codes) of packages/core/src.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS, configSchema, rules, TEXT_SPEAK_LEXICON } from '@smslint/core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

const DOCS = ['README.md', ...filesUnder('docs', '.md'), 'packages/github-action/README.md'];
const docs = new Map(DOCS.map((file) => [file, read(file)]));
const allDocs = [...docs.values()].join('\n');
const cliDoc = read('docs/cli.md');

/** Every `inline code` span (and fenced block line) of a Markdown text. */
function codeSpans(text: string): string[] {
  const spans = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  const fenced = [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].flatMap((m) => m[1].split('\n'));
  return [...spans, ...fenced];
}

// ---- what exists, from the code ---------------------------------------------------------

const ruleIds = new Set(rules.map((r) => r.meta.id));

function schemaKeys(node: unknown, out = new Set<string>(), underRules = false): Set<string> {
  if (Array.isArray(node)) for (const item of node) schemaKeys(item, out, underRules);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') {
        for (const [name, child] of Object.entries(value)) {
          if (!underRules) out.add(name);
          schemaKeys(child, out, name === 'rules' || underRules);
        }
      } else schemaKeys(value, out, underRules);
    }
  }
  return out;
}
const schema = configSchema as { properties: Record<string, unknown> };
const topLevelKeys = Object.keys(schema.properties);
const configKeys = schemaKeys(schema);

/** `options` keys of each parseArgs call, per CLI command. */
function cliFlags(): Map<string, Set<string>> {
  const byCommand = new Map<string, Set<string>>();
  for (const file of filesUnder('packages/cli/src', '.ts')) {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
    const command = /lint-arguments\.ts$/.test(file) ? 'lint' : /([a-z-]+)-command\.ts$/.exec(file)?.[1];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'parseArgs') {
        const [config] = node.arguments;
        const options = config && ts.isObjectLiteralExpression(config)
          ? config.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'options')
          : undefined;
        if (options && ts.isObjectLiteralExpression(options.initializer)) {
          if (!command) throw new Error(`${file}: parseArgs outside a <command>-command.ts file; teach this test which command it belongs to`);
          const flags = byCommand.get(command) ?? new Set<string>();
          for (const p of options.initializer.properties) if (p.name) flags.add(`--${p.name.getText(source).replace(/^['"]|['"]$/g, '')}`);
          byCommand.set(command, flags);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return byCommand;
}
const flagsByCommand = cliFlags();
const allCliFlags = new Set([...flagsByCommand.values()].flatMap((s) => [...s]));

function cliCommands(): string[] {
  const source = ts.createSourceFile('main.ts', read('packages/cli/src/main.ts'), ts.ScriptTarget.Latest, true);
  let found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'COMMANDS' && node.initializer) {
      found = [...node.initializer.getText(source).matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
const commands = cliCommands();

const serverFlags = new Set([...read('packages/language-server/src/main.ts').matchAll(/'(--[a-z-]+)=?'/g)].map((m) => m[1]));

const problemCodes = new Set(
  filesUnder('packages/core/src', '.ts').flatMap((file) => {
    const text = read(file);
    return [...text.matchAll(/code: '([a-z0-9-]+)'/g), ...text.matchAll(/parseYamlBlock\([^;]*?'([a-z-]+-yaml)'\)/g)].map((m) => m[1]);
  }),
);

// ---- tests ------------------------------------------------------------------------------

describe('docs match the code', () => {
  it('derives what exists from the code', () => {
    expect(ruleIds.size).toBeGreaterThan(20);
    expect(configKeys).toContain('maxSegments');
    expect(configKeys).toContain('charset'); // nested: a variable spec field
    expect(commands).toEqual(expect.arrayContaining(['count', 'inspect', 'preview', 'new']));
    expect(flagsByCommand.get('lint')).toContain('--max-warnings');
    expect(flagsByCommand.get('count')).toContain('--shift');
    expect(serverFlags).toEqual(new Set(['--stdio', '--node-ipc', '--socket', '--pipe', '--help', '--version']));
    expect(problemCodes).toContain('front-matter-yaml');
  });

  it('every rule has its page and an entry in the rules index; every linked rule page is a rule', () => {
    const pages = new Set(filesUnder('docs/rules', '.md').map((f) => f.slice('docs/rules/'.length, -3)).filter((n) => n !== 'README'));
    expect([...ruleIds].filter((id) => !pages.has(id)), 'rules without docs/rules/<id>.md').toEqual([]);
    expect([...pages].filter((id) => !ruleIds.has(id)), 'docs/rules pages of no rule').toEqual([]);
    const index = read('docs/rules/README.md');
    expect([...ruleIds].filter((id) => !index.includes(`(${id}.md)`)), 'rules missing from docs/rules/README.md').toEqual([]);
    const linked = [...allDocs.matchAll(/\(((?:\.\.\/|docs\/)?rules\/|)([a-z0-9-]+)\.md(?:#[^)]*)?\)/g)]
      .filter((m) => m[1] !== '' || false)
      .map((m) => m[2]);
    expect(linked.filter((id) => id !== 'README' && !ruleIds.has(id)), 'links to rule pages that are not rules').toEqual([]);
  });

  it('a rule id in code spans is spelled as the registry spells it (not a reordering like template-duplicate-id)', () => {
    const words = (id: string) => id.split('-').sort().join('-');
    const byWords = new Map([...ruleIds].map((id) => [words(id), id]));
    // A reordered id is only right on a line that also names the rule users see (a problem
    // code that a rule reports, such as template-duplicate-id, is never shown itself).
    const misspelled = DOCS.flatMap((file) =>
      docs
        .get(file)!
        .split('\n')
        .flatMap((line) =>
          [...line.matchAll(/`[^`]*`/g)]
            .flatMap((m) => m[0].match(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g) ?? [])
            .filter((token) => !ruleIds.has(token) && byWords.has(words(token)) && !line.includes(byWords.get(words(token))!))
            .map((token) => `${file}: \`${token}\` (the rule is ${byWords.get(words(token))})`),
        ),
    );
    expect(misspelled).toEqual([]);
    // --rule arguments in examples name real rules.
    const ruleArgs = [...allDocs.matchAll(/--rule[ =]["']?([a-z0-9-]+)\s*:/g)].map((m) => m[1]);
    expect(ruleArgs.filter((id) => !ruleIds.has(id))).toEqual([]);
  });

  it('every parse problem code is documented in docs/template-format.md, and every documented one exists', () => {
    const format = read('docs/template-format.md');
    const table = format.split('## Problem codes')[1] ?? '';
    const documented = new Set([...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));
    // Preview problems (render-…) are described with the preview, the rest in the table.
    expect([...problemCodes].filter((c) => !documented.has(c) && !format.includes(`\`${c}\``))).toEqual([]);
    expect([...documented].filter((c) => !problemCodes.has(c))).toEqual([]);
  });

  it('the config fields table lists exactly the schema fields, with the defaults smslint uses', () => {
    const config = read('docs/configuration.md');
    const fields = config.split('## Fields')[1].split('\n### ')[0];
    // Cells split at unescaped pipes (a type cell holds `"a"` \| `"b"`).
    const rows = fields
      .split('\n')
      .filter((line) => /^\| `[$A-Za-z]+` \|/.test(line))
      .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()))
      .map((cells) => ({ key: cells[1].slice(1, -1), def: cells[3] }));
    expect(rows.map((r) => r.key).sort()).toEqual([...topLevelKeys].sort());
    for (const { key, def } of rows) {
      const known = CONFIG_DEFAULTS[key as keyof typeof CONFIG_DEFAULTS];
      if (known === undefined) expect(def, key).toBe('—');
      else expect(def, key).toBe(`\`${JSON.stringify(known).replace(/,/g, ', ')}\``);
    }
  });

  it('every config key at any depth is documented in docs/configuration.md, and every key in its tables exists', () => {
    const config = read('docs/configuration.md');
    expect([...configKeys].filter((k) => !config.includes(`\`${k}\``)), 'schema keys not in docs/configuration.md').toEqual([]);
    // Rows of the tables headed `| field |`; other tables list values (the variable types table's rows are `type` values).
    const fieldTables = [...config.matchAll(/^\| field \|.*\n\|[- |]+\|\n((?:\|.*\n?)*)/gm)].map((m) => m[1]);
    expect(fieldTables.length, 'field tables in docs/configuration.md').toBeGreaterThanOrEqual(3);
    const tableKeys = fieldTables.flatMap((table) => [...table.matchAll(/^\| `([$A-Za-z]+)` \|/gm)].map((m) => m[1]));
    expect(tableKeys.filter((k) => !configKeys.has(k)), 'documented keys the schema rejects').toEqual([]);
  });

  it('textSpeak.extra examples add words smslint does not already know', () => {
    const examples = [...allDocs.matchAll(/"extra":\s*(\{[^{}]*\})/g)].flatMap((m) => Object.keys(JSON.parse(m[1]) as object));
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.filter((word) => TEXT_SPEAK_LEXICON.has(word.toLowerCase())), 'built-in text speak used as an "extra" example').toEqual([]);
  });

  it("the README says what `npm test` runs: the extension's type check is in .ci/run", () => {
    const readme = read('README.md');
    const testScript = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(`${testScript.pretest} ${testScript.test}`).not.toContain('typecheck');
    expect(read('.ci/run')).toContain('typecheck -w smslint-vscode');
    expect(readme).toMatch(/extension's own type check runs in `bash \.ci\/run`/);
  });

  it('a camelCase name a sentence calls a config field or setting is a config key', () => {
    const claims = [...allDocs.matchAll(/configur(?:able|ed) with `([a-z]+[A-Z][A-Za-z]*)`|config(?:uration)? (?:field|key|option|setting)s? `([a-z]+[A-Z][A-Za-z]*)`|`([a-z]+[A-Z][A-Za-z]*)` (?:config )?(?:field|key) in (?:the )?config/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    expect(claims.filter((k) => !configKeys.has(k))).toEqual([]);
  });

  it('every CLI command and flag is documented in docs/cli.md and in --help', async () => {
    const { HELP_TEXT } = await import('../../packages/cli/src/help-text.js');
    for (const command of commands) {
      expect(cliDoc, `docs/cli.md heading for ${command}`).toMatch(new RegExp(`^### \`smslint ${command}\\b`, 'm'));
      expect(HELP_TEXT, `--help for ${command}`).toContain(`smslint ${command}`);
    }
    for (const [command, flags] of flagsByCommand) {
      const section = command === 'lint' ? cliDoc.split('## Formats')[0] : (cliDoc.split(new RegExp(`^### \`smslint ${command}\\b`, 'm'))[1] ?? '').split(/^##/m)[0];
      for (const flag of flags) {
        if (flag === '--help') continue; // every command takes it; `smslint --help` documents it once
        expect(section, `docs/cli.md: ${command} ${flag}`).toContain(flag);
        expect(HELP_TEXT, `--help: ${flag}`).toContain(flag);
      }
    }
  });

  it('every smslint flag and command shown in the docs exists', () => {
    const shown: string[] = [];
    for (const [file, text] of docs) {
      for (const span of codeSpans(text)) {
        for (const m of span.matchAll(/(?:^|[\s(`])smslint((?: +[^\s|;#]+)*)/g)) {
          const words = m[1].trim().split(/ +/);
          const command = commands.includes(words[0]) ? words[0] : 'lint';
          const flags = words.filter((w) => /^--[a-z]/.test(w)).map((w) => w.replace(/[=\]].*$/, ''));
          for (const flag of flags) if (!flagsByCommand.get(command)?.has(flag) && !allCliFlags.has(flag)) shown.push(`${file}: smslint ${command === 'lint' ? '' : `${command} `}${flag}`);
        }
      }
      // The options table of docs/cli.md.
      if (file === 'docs/cli.md') {
        for (const m of text.matchAll(/^\| `((?:-[a-z], )?--[a-z-]+)/gm)) {
          const flag = m[1].replace(/^-[a-z], /, '');
          if (!allCliFlags.has(flag)) shown.push(`${file}: options table ${flag}`);
        }
      }
    }
    expect(shown).toEqual([]);
  });

  it('every language-server flag shown exists, and every one the server takes is documented', () => {
    const shown = [...allDocs.matchAll(/smslint-language-server((?: +--?[a-z-]+)+)/g)].flatMap((m) => m[1].trim().split(/ +/)).filter((w) => w.startsWith('--'));
    expect(shown.filter((f) => !serverFlags.has(f.replace(/=.*$/, '')))).toEqual([]);
    const editors = read('docs/editors.md');
    for (const flag of ['--stdio', '--node-ipc', '--version']) expect(editors, flag).toContain(flag);
  });
});
