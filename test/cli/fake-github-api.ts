import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: { body?: string };
}

interface Comment {
  id: number;
  body: string;
  html_url: string;
}

/**
 * A local HTTP server that plays the part of GitHub's REST API for issue comments on one
 * pull request: list (paginated with a Link header, as GitHub does), create, edit. Every
 * request is recorded for the test to assert.
 */
export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  private server: Server | undefined;
  private nextId = 1000;

  constructor(readonly repository: string, readonly pullRequest: number, readonly pageSize = 30) {}

  /** Comments by other people, so the marker must be searched past the first page. */
  seed(count: number): void {
    for (let i = 0; i < count; i++) this.add(`Looks good to me (${i})`);
  }

  private add(body: string): Comment {
    const comment = { id: this.nextId++, body, html_url: `https://github.invalid/${this.repository}/pull/${this.pullRequest}#c${this.nextId}` };
    this.comments.push(comment);
    return comment;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, json, headers }) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v3`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; json: unknown; headers?: Record<string, string> }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = raw ? (JSON.parse(raw) as { body?: string }) : undefined;
    this.requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, authorization: req.headers.authorization, ...(body ? { body } : {}) });
    const repo = `/api/v3/repos/${this.repository}`;
    // A fork's pull request gets a token that may read but not write.
    if (req.headers.authorization === 'Bearer read-only-token' && req.method !== 'GET') {
      return { status: 403, json: { message: 'Resource not accessible by integration' } };
    }
    if (req.headers.authorization !== 'Bearer test-token' && req.headers.authorization !== 'Bearer read-only-token') {
      return { status: 401, json: { message: 'Bad credentials' } };
    }
    if (req.method === 'GET' && url.pathname === `${repo}/issues/${this.pullRequest}/comments`) {
      const page = Number(url.searchParams.get('page') ?? '1');
      const size = Math.min(this.pageSize, Number(url.searchParams.get('per_page') ?? '30'));
      const slice = this.comments.slice((page - 1) * size, page * size);
      const headers: Record<string, string> = {};
      if (page * size < this.comments.length) {
        const next = new URL(url.href);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
      }
      return { status: 200, json: slice, headers };
    }
    if (req.method === 'POST' && url.pathname === `${repo}/issues/${this.pullRequest}/comments` && typeof body?.body === 'string') {
      return { status: 201, json: this.add(body.body) };
    }
    const edit = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(url.pathname);
    if (req.method === 'PATCH' && edit && typeof body?.body === 'string') {
      const comment = this.comments.find((c) => c.id === Number(edit[1]));
      if (!comment) return { status: 404, json: { message: 'Not Found' } };
      comment.body = body.body;
      return { status: 200, json: comment };
    }
    return { status: 404, json: { message: 'Not Found' } };
  }
}
