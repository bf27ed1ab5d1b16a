// A tiny static server for dist/, shared by the browser checks (check-lib, check-pages):
// files from one folder, a few generated paths, and headers added to every response
// (a Content-Security-Policy, for instance: on every response, so that workers get it too).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export const TYPES = {
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves `folder` on 127.0.0.1 (a free port). `generated` maps a path to a function
 * returning its body; `headers(path)` gives extra headers for a response.
 * Resolves to the listening server.
 */
export function startServer(folder, { generated = {}, headers = () => ({}) } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...headers(path) });
      response.end(body);
    };
    if (generated[path] !== undefined) return send(200, TYPES[extname(path)] ?? 'text/plain', generated[path]());
    const file = normalize(join(folder, path));
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) return send(404, 'text/plain', 'not found');
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const origin = (server) => `http://127.0.0.1:${server.address().port}`;
