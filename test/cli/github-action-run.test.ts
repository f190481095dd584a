import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalog, PRICING_CONFIG, ROUTE_DELIVERY_CANCELED_EN, ROUTE_DELIVERY_CANCELED_EN_CURLY } from '../cost/cents-templates.js';
import { CLEAN_CATALOG, CURLY_CATALOG, DUPLICATE_CATALOG, useTempTrees } from './cli-harness.js';
import { GitRepo } from './git-repo.js';

/**
 * Runs the composite action's own shell steps with bash, as the runner does: the same
 * scripts, GITHUB_ACTION_PATH pointing into this checkout, each step's `if:` and the
 * `${{ … }}` expressions the steps use evaluated from the inputs, earlier step outputs and
 * the event payload (`github.event`).
 */
const actionDir = fileURLToPath(new URL('../../packages/github-action/', import.meta.url));
const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
const tempTree = useTempTrees();

interface ActionRun {
  outputs: Record<string, Record<string, string>>;
  logs: Record<string, string>;
  failed: string[];
}

type Value = string | number | boolean | null;

interface ExpressionContext {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
  github: { event: unknown };
  failed: boolean;
}

/**
 * The part of GitHub's expression language the action uses: property paths, string, number
 * and boolean literals, `!`, `==`, `!=`, `&&`, `||` (returning an operand, as GitHub does),
 * parentheses and the status functions. Anything else throws, so a new expression in
 * action.yml makes this runner learn it rather than guess.
 */
function evaluate(expression: string, context: ExpressionContext): Value {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!(),]|[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*|\d+(?:\.\d+)?|\S/g) ?? [];
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`test runner: unsupported expression ${expression} (${why})`);
  };
  const take = (token?: string) => (token === undefined || tokens[at] === token ? tokens[at++] : undefined);
  const truthy = (v: Value) => v !== null && v !== false && v !== 0 && v !== '' && !Number.isNaN(v);
  const toNumber = (v: Value) => (v === null ? 0 : typeof v === 'boolean' ? Number(v) : typeof v === 'number' ? v : v.trim() === '' ? 0 : Number(v));
  // Loose equality: strings compare case-insensitively, other mixes as numbers (null == '' is true).
  const equal = (a: Value, b: Value) => (typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : toNumber(a) === toNumber(b));
  const lookup = (path: string[]): Value => {
    let node: unknown = path[0] === 'inputs' ? context.inputs : path[0] === 'steps' ? context.steps : path[0] === 'github' ? context.github : fail(`context ${path[0]}`);
    for (const key of path.slice(1)) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined || node === null) return null;
    return typeof node === 'object' ? fail(`${path.join('.')} is an object`) : (node as Value);
  };
  const primary = (): Value => {
    const token = take();
    if (token === undefined) return fail('unexpected end');
    if (token === '(') {
      const value = or();
      if (!take(')')) fail('missing )');
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (/^\d/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (!/^[A-Za-z_]/.test(token)) return fail(`token ${token}`);
    if (take('(')) {
      if (!take(')')) fail(`arguments of ${token}()`);
      if (token === 'always') return true;
      if (token === 'success') return !context.failed;
      if (token === 'failure') return context.failed;
      if (token === 'cancelled') return false;
      return fail(`function ${token}()`);
    }
    return lookup(token.split('.'));
  };
  const unary = (): Value => (take('!') ? !truthy(unary()) : primary());
  const comparison = (): Value => {
    const left = unary();
    if (take('==')) return equal(left, unary());
    if (take('!=')) return !equal(left, unary());
    return left;
  };
  const and = (): Value => {
    let value = comparison();
    while (take('&&')) {
      const right = comparison();
      value = truthy(value) ? right : value;
    }
    return value;
  };
  function or(): Value {
    let value = and();
    while (take('||')) {
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  }
  const value = or();
  if (at < tokens.length) fail(`unexpected ${tokens[at]}`);
  return value;
}

/** A step runs when its `if:` holds; without a status function GitHub requires success() too. */
function stepRuns(condition: string | undefined, context: ExpressionContext): boolean {
  if (condition === undefined) return !context.failed;
  const expression = condition.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1');
  const value = evaluate(expression, context);
  const truthy = value !== null && value !== false && value !== 0 && value !== '';
  return /\b(?:always|success|failure|cancelled)\(\)/.test(expression) ? truthy : truthy && !context.failed;
}

function runAction(workspace: string, inputs: Record<string, string>, options: { event?: unknown; env?: Record<string, string> } = {}): ActionRun {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs as Record<string, { default?: string }>)) values[name] = inputs[name] ?? spec.default ?? '';
  const result: ActionRun = { outputs: {}, logs: {}, failed: [] };
  const context = (): ExpressionContext => ({
    inputs: values,
    steps: Object.fromEntries(Object.entries(result.outputs).map(([id, outputs]) => [id, { outputs }])),
    github: { event: options.event ?? {} },
    failed: result.failed.length > 0,
  });
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      const value = evaluate(expression, context());
      return value === null ? '' : String(value);
    });
  for (const step of action.runs.steps as { id?: string; name: string; run?: string; if?: string; env?: Record<string, string>; 'working-directory'?: string }[]) {
    if (!step.run) continue; // `uses:` steps (the SARIF upload) need GitHub itself
    if (!stepRuns(step.if, context())) continue;
    const outputFile = join(workspace, `.github-output-${step.id ?? 'step'}`);
    writeFileSync(outputFile, '');
    const env: Record<string, string> = { ...process.env, ...options.env, GITHUB_ACTION_PATH: actionDir, GITHUB_OUTPUT: outputFile } as Record<string, string>;
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(value);
    const run = spawnSync('bash', ['-e', '-c', step.run], { cwd: join(workspace, expand(step['working-directory'] ?? '.')), env, encoding: 'utf8' });
    result.logs[step.name] = run.stdout + run.stderr;
    if (run.status !== 0) result.failed.push(step.name);
    if (step.id) {
      result.outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    }
  }
  return result;
}

describe('the GitHub Action, run step by step', () => {
  it('runs the smslint of its own checkout, writes SARIF and annotations, and passes a clean tree', () => {
    const dir = tempTree({ 'templates/a.sms.md': CLEAN_CATALOG }).dir;
    const run = runAction(dir, { paths: 'templates' });
    expect(run.outputs.setup.bin).toBe(join(actionDir, '..', 'cli', 'bin', 'smslint.js'));
    expect(run.failed).toEqual([]);
    expect(run.outputs.lint['exit-code']).toBe('0');
    const sarif = JSON.parse(readFileSync(join(dir, 'smslint-results.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true);
    // Not a pull request and no `diff-base`: nothing to compare, so no cost step.
    expect(Object.keys(run.logs)).toEqual(["Build smslint from the action's checkout", 'Run smslint']);
  });

  it('fails the job on lint errors, with annotations and a SARIF report', () => {
    const dir = tempTree({ 'dup.sms.md': DUPLICATE_CATALOG, 'a.sms.md': CURLY_CATALOG }).dir;
    const run = runAction(dir, {});
    expect(run.outputs.lint['exit-code']).toBe('1');
    expect(run.logs['Run smslint']).toMatch(/^::error file=dup\.sms\.md,/m);
    expect(run.failed).toEqual(['Fail on lint errors']);
    expect(existsSync(join(dir, 'smslint-results.sarif'))).toBe(true);
  });

  it('fails the job with exit code 2 on a broken config or a path that matches nothing: no step hides it', () => {
    const broken = tempTree({ 'smslint.config.json': '{ "rules": { "text-speak": "loud" } }', 'a.sms.md': CLEAN_CATALOG }).dir;
    const config = runAction(broken, {});
    expect(config.outputs.lint['exit-code']).toBe('2');
    expect(config.logs['Run smslint']).toMatch(/^::error file=smslint\.config\.json,line=1,/m);
    expect(config.failed).toEqual(['Fail on lint errors']);

    const empty = tempTree({ 'a.sms.md': CLEAN_CATALOG }).dir;
    const nothing = runAction(empty, { paths: 'drafts/**/*.sms.md' });
    expect(nothing.outputs.lint['exit-code']).toBe('2');
    expect(nothing.failed).toEqual(['Fail on lint errors']);
  });

  it('on a pull request, the cost step writes what the change costs to the job summary, even after lint errors', () => {
    const { dir } = tempTree({});
    const repo = new GitRepo(dir);
    repo.write({ 'smslint.config.json': JSON.stringify(PRICING_CONFIG), 'templates/en.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN, volume: 20000 } }) });
    const base = repo.commit('base');
    repo.write({ 'templates/en.sms.md': catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN_CURLY, volume: 20000 } }), 'dup.sms.md': DUPLICATE_CATALOG });
    repo.commit('curly quotes and a duplicate id');
    const { dir: runner } = tempTree({ 'summary.md': '' });
    const summary = join(runner, 'summary.md');
    // No token: the summary is written, the comment is skipped with a note (not a failure).
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_TOKEN: '', SMSLINT_GITHUB_TOKEN: '' };
    const run = runAction(dir, {}, { event: { pull_request: { number: 7, base: { sha: base } } }, env });
    expect(run.outputs.lint['exit-code']).toBe('1');
    expect(run.failed).toEqual(['Fail on lint errors']);
    expect(run.logs['What the change costs (smslint diff)']).toContain('no pull request comment: no token');
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('<!-- smslint-diff -->');
    expect(markdown).toMatch(/^\| `route-delivery-canceled` \| changed \| GSM-7, 2 segments, .* \| UCS-2, 3–4 segments, /m);

    // A push has no pull request base: no cost step unless `diff-base` names one.
    writeFileSync(summary, '');
    const push = runAction(dir, {}, { env });
    expect(Object.keys(push.logs)).not.toContain('What the change costs (smslint diff)');
    expect(readFileSync(summary, 'utf8')).toBe('');
    const pinned = runAction(dir, { 'diff-base': base, 'cost-diff': 'true' }, { env });
    expect(readFileSync(summary, 'utf8')).toContain('| `route-delivery-canceled` | changed |');
    expect(pinned.failed).toEqual(['Fail on lint errors']);
    const off = runAction(dir, { 'diff-base': base, 'cost-diff': 'false' }, { env });
    expect(Object.keys(off.logs)).not.toContain('What the change costs (smslint diff)');
  });

  it('never hides a failure behind `|| true`', () => {
    const scripts = (action.runs.steps as { run?: string }[]).map((s) => s.run ?? '').join('\n');
    expect(scripts).not.toMatch(/\|\|\s*true/);
    expect(scripts).not.toMatch(/\bnpx\b/);
  });
});
