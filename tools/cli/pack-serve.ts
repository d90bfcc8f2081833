import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { UsageError } from './errors';
import { isDir, type Io } from './io';

const TYPES: Record<string, string> = { '.json': 'application/json; charset=utf-8', '.sig': 'application/json; charset=utf-8', '.pub': 'text/plain; charset=utf-8' };

/**
 * `pack serve DIR [--port N] [--host H]`: a small static server for trying packs locally, with
 * ETag / Last-Modified (304s) and the CORS headers the extension needs. Binds 127.0.0.1.
 */
export function packServe(dir: string, port: number, host: string, io: Io): Promise<Server> {
  if (!isDir(dir)) throw new UsageError(`not a folder: ${dir}`);
  const root = resolve(dir);
  const server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', 'etag, last-modified');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': 'if-none-match, if-modified-since', 'access-control-max-age': '600' });
      res.end();
      return;
    }
    const path = resolve(root, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    if ((path !== root && !path.startsWith(root + sep)) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer;
    let modified: Date;
    try {
      if (statSync(path).isDirectory()) throw new Error('folder');
      body = readFileSync(path);
      modified = statSync(path).mtime;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      io.out(`${req.method} ${req.url} 404`);
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
    const headers = { etag, 'last-modified': modified.toUTCString(), 'cache-control': 'no-cache', 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' };
    const since = req.headers['if-modified-since'];
    const fresh = req.headers['if-none-match'] ? req.headers['if-none-match'] === etag : !!since && Math.floor(modified.getTime() / 1000) <= Date.parse(since) / 1000;
    const status = fresh ? 304 : 200;
    res.writeHead(status, fresh ? { etag } : headers).end(fresh || req.method === 'HEAD' ? undefined : body);
    io.out(`${req.method} ${req.url} ${status}`);
  });
  return new Promise((ok, fail) => {
    server.once('error', (err) => fail(new UsageError(`cannot listen on ${host}:${port}: ${err.message}`)));
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      io.out(`serving ${join(dir)} at http://${host}:${actual}/ (Ctrl+C stops)`);
      ok(server);
    });
  });
}
