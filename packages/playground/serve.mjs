// Serves the built playground (dist/) on http://127.0.0.1:<port>/ for local use and tests.
// Usage: node packages/playground/serve.mjs [--port N]   (`npm run playground:serve`; port 0 picks a free one)
// Static files only, from dist/ and nothing outside it.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** Starts the server; resolves with its URL once listening. */
export function servePlayground({ root = path.join(here, 'dist'), port = 5178, host = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    let size = -1;
    try {
      const stat = statSync(file);
      if (stat.isFile()) size = stat.size;
    } catch {
      // not found
    }
    if (!file.startsWith(root + path.sep) || size < 0 || request.method !== 'GET') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = flag > 0 ? Number(process.argv[flag + 1]) : 5178;
  try {
    statSync(path.join(here, 'dist/index.html'));
  } catch {
    console.error('playground: dist/index.html is missing; run npm run playground first');
    process.exit(2);
  }
  const { url } = await servePlayground({ port });
  console.log(`playground: serving ${url} (Ctrl+C stops)`);
}
