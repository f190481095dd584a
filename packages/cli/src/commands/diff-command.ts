import { appendFileSync, existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { ExitCode, FatalError, UsageError } from '../exit-codes.js';
import { changedFiles, fileAt, repositoryRoot, resolveCommit } from '../diff/git.js';
import { compareTemplates } from '../diff/compare.js';
import { COMMENT_MARKER, DIFF_FORMATS, formatDiff, type DiffFormat } from '../diff/diff-report.js';
import { templateStates, type TemplateState } from '../diff/template-states.js';
import { isTemplateFileName } from '../files/discover-files.js';
import { describeFsError, readSourceFile } from '../files/read-source-file.js';
import type { ResolvedConfig } from '@smslint/core';

type Core = typeof import('@smslint/core');

export const DIFF_USAGE =
  'Usage: smslint diff [--base <git-ref>] [--format stylish|json|markdown] [--fail-on-increase] [--github-summary] [--github-comment] [--config <file>] [paths…]';

/**
 * `smslint diff`: every template added, removed or changed between a git ref (default HEAD)
 * and the working tree, with its cost before and after and the findings it gained or lost.
 * Exit 1 with --fail-on-increase when a template costs more; 2 on git or usage errors.
 */
export async function diffCommand(argv: readonly string[], cwd: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'fail-on-increase': { type: 'boolean' },
        'github-summary': { type: 'boolean' },
        'github-comment': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${DIFF_USAGE}\n`);
    return ExitCode.ok;
  }
  const format = (values.format ?? 'stylish') as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(`Unknown diff format "${values.format}"; use ${DIFF_FORMATS.join(', ')}.`);
  const configFile = values.config === undefined ? undefined : resolve(cwd, values.config);
  if (configFile && !existsSync(configFile)) throw new FatalError(`Config file not found: ${values.config}`);

  const core = await import('@smslint/core');
  const root = repositoryRoot(cwd);
  const base = values.base ?? 'HEAD';
  const baseCommit = resolveCommit(base, root);
  const pathspecs = positionals.map((p) => toRepositoryPath(root, cwd, p));
  // Prices, provider and rules come from the working tree's config on both sides, so the
  // diff shows what the template edits change.
  const configFor = (absolutePath: string) => {
    const { config, errors } = core.loadConfig(absolutePath, { cwd, ...(configFile ? { configFile } : {}) });
    if (errors.length > 0) throw new FatalError(`Invalid config ${errors[0].file}: ${errors[0].pointer ?? ''} ${errors[0].message}`.replace(/\s+/g, ' '));
    return config;
  };
  const before: TemplateState[] = [];
  const after: TemplateState[] = [];
  const renamed = new Map<string, string>();
  const warn = (message: string) => process.stderr.write(`smslint: diff: ${message}\n`);
  const baseLabel = `base ${baseCommit.slice(0, 7)}`;
  for (const change of changedFiles(baseCommit, root, pathspecs)) {
    if (change.basePath && change.path) renamed.set(change.basePath, change.path);
    if (change.basePath) {
      const absolutePath = join(root, change.basePath);
      const config = diffableConfig(core, absolutePath, configFor);
      if (config) before.push(...templateStates(core, { path: change.basePath, absolutePath, text: fileAt(baseCommit, change.basePath, root), config, label: baseLabel }, warn));
    }
    if (change.path) {
      const absolutePath = join(root, change.path);
      const config = diffableConfig(core, absolutePath, configFor);
      if (config) {
        const source = readSourceFile(absolutePath);
        if (!source.ok) throw new FatalError(`Cannot read ${change.path}: ${source.message}`);
        after.push(...templateStates(core, { path: change.path, absolutePath, text: source.text, config, label: 'working tree' }, warn));
      }
    }
  }
  const changes = compareTemplates(before, after, renamed);
  const report = { base, baseCommit, changes };
  process.stdout.write(formatDiff(report, format));
  if (values['github-summary'] || values['github-comment']) await publishOnGitHub(formatDiff(report, 'markdown'), values['github-summary'] === true, values['github-comment'] === true);
  return values['fail-on-increase'] && changes.some((c) => c.increased) ? ExitCode.lintFailed : ExitCode.ok;
}

/**
 * --github-summary appends the markdown to the job summary ($GITHUB_STEP_SUMMARY);
 * --github-comment keeps one pull request comment up to date. Progress goes to stderr.
 */
async function publishOnGitHub(markdown: string, summary: boolean, comment: boolean): Promise<void> {
  if (summary) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) process.stderr.write('smslint: --github-summary: GITHUB_STEP_SUMMARY is not set; no job summary written.\n');
    else {
      try {
        appendFileSync(file, `${markdown}\n`);
      } catch (error) {
        throw new FatalError(`Cannot write the job summary ${file}: ${describeFsError(error)}`);
      }
    }
  }
  if (!comment) return;
  const { gitHubContext, upsertPullRequestComment } = await import('../github/pull-request-comment.js');
  const context = gitHubContext(process.env);
  if ('skip' in context) {
    process.stderr.write(`smslint: --github-comment: no pull request comment: ${context.skip}.\n`);
    return;
  }
  const result = await upsertPullRequestComment(context, markdown, COMMENT_MARKER);
  if (result.done === 'forbidden') {
    // Pull requests from forks get a read-only token: the job summary still has the table.
    process.stderr.write(`smslint: --github-comment: the token may not comment (${result.detail}); see the job summary instead.\n`);
    return;
  }
  process.stderr.write(`smslint: pull request comment ${result.done}${result.url ? `: ${result.url}` : ''}\n`);
}

/**
 * The one place that decides which changed files a diff reads, the files the linter reads:
 * template files, and locale files (JSON, YAML, `.po`) that the config's `sources` selects.
 * Returns the config to read the file with, or undefined to skip it. A base-side path is
 * judged by where it was, with the working tree's config, like the rest of the diff.
 */
function diffableConfig(core: Core, absolutePath: string, configFor: (absolutePath: string) => ResolvedConfig): ResolvedConfig | undefined {
  if (isTemplateFileName(absolutePath)) return configFor(absolutePath);
  return core.sourceFileConfig(absolutePath, () => configFor(absolutePath));
}

/** A path argument as git wants it from the repository root; outside the repository is a usage error. */
function toRepositoryPath(root: string, cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  const real = existsSync(absolute) ? realpathSync(absolute) : join(realpathSync(cwd), relative(cwd, absolute));
  const inside = relative(realpathSync(root), real);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new UsageError(`${path} is outside the git repository at ${root}.`);
  return inside === '' ? '.' : inside.split(sep).join('/');
}
