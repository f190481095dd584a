/**
 * Keeps one smslint comment on a pull request up to date through GitHub's REST API: the
 * comment holding the hidden marker is found (all pages), then edited; without one, it is
 * created. The API base comes from GITHUB_API_URL (GitHub Enterprise, or a local server in
 * tests), the pull request from the event payload at GITHUB_EVENT_PATH.
 */
import { readFileSync } from 'node:fs';
import { FatalError } from '../exit-codes.js';

export interface GitHubContext {
  apiUrl: string;
  token: string;
  /** "owner/name". */
  repository: string;
  pullRequest: number;
}

export type CommentAction = { done: 'created' | 'updated'; url: string } | { done: 'forbidden'; detail: string };

/** A refusal the run should survive: a pull request from a fork gets a read-only token. */
class Forbidden extends Error {}

/** The pull request this run belongs to, or why there is none (not an error: pushes have no comment). */
export function gitHubContext(env: NodeJS.ProcessEnv): GitHubContext | { skip: string } {
  const token = env.SMSLINT_GITHUB_TOKEN || env.GITHUB_TOKEN;
  if (!token) return { skip: 'no token (set GITHUB_TOKEN or the action\u2019s github-token input)' };
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return { skip: 'GITHUB_REPOSITORY is not set' };
  if (!env.GITHUB_EVENT_PATH) return { skip: 'GITHUB_EVENT_PATH is not set' };
  let event: { pull_request?: { number?: unknown } };
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch (error) {
    throw new FatalError(`Cannot read the GitHub event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`);
  }
  const pullRequest = event.pull_request?.number;
  if (typeof pullRequest !== 'number') return { skip: `not a pull request event (${env.GITHUB_EVENT_NAME ?? 'unknown event'})` };
  return { apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''), token, repository, pullRequest };
}

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
}

async function request(context: GitHubContext, method: string, url: string, body?: unknown): Promise<{ json: unknown; next?: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${context.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'smslint',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new FatalError(`GitHub API ${method} ${url} failed: ${(error as Error).message}`);
  }
  const text = await response.text();
  if (!response.ok) {
    let detail = text.slice(0, 200);
    try {
      detail = (JSON.parse(text) as { message?: string }).message ?? detail;
    } catch {
      // Not JSON: the start of the text says enough.
    }
    const problem = `GitHub API ${method} ${new URL(url).pathname} answered ${response.status}: ${detail}`;
    throw response.status === 403 ? new Forbidden(problem) : new FatalError(problem);
  }
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  return { json: text ? JSON.parse(text) : null, ...(next ? { next } : {}) };
}

/** Creates or edits the pull request's comment that contains `marker`, so there is only ever one. */
export async function upsertPullRequestComment(context: GitHubContext, body: string, marker: string): Promise<CommentAction> {
  try {
    return await upsert(context, body, marker);
  } catch (error) {
    if (error instanceof Forbidden) return { done: 'forbidden', detail: error.message };
    throw error;
  }
}

async function upsert(context: GitHubContext, body: string, marker: string): Promise<CommentAction> {
  const repo = `${context.apiUrl}/repos/${context.repository}`;
  let url: string | undefined = `${repo}/issues/${context.pullRequest}/comments?per_page=100`;
  let existing: IssueComment | undefined;
  while (url && !existing) {
    const page: { json: unknown; next?: string } = await request(context, 'GET', url);
    existing = (page.json as IssueComment[]).find((comment) => comment.body?.includes(marker));
    url = page.next;
  }
  if (existing) {
    const { json } = await request(context, 'PATCH', `${repo}/issues/comments/${existing.id}`, { body });
    return { done: 'updated', url: (json as IssueComment).html_url ?? '' };
  }
  const { json } = await request(context, 'POST', `${repo}/issues/${context.pullRequest}/comments`, { body });
  return { done: 'created', url: (json as IssueComment).html_url ?? '' };
}
