import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo, Socket } from 'node:net';

/** How the server misbehaves for pack requests (signature files are served normally unless `fault.path` names them). */
export type Fault =
  | { kind: 'status'; status: number }
  /** Never answers: the client's timeout has to end it. */
  | { kind: 'hang' }
  /** Sends the headers and half the body, then waits until `release()`. */
  | { kind: 'stall-body' }
  /** Sends half the body and closes the connection. */
  | { kind: 'cut-body' }
  /** Serves this instead of the file (with a fitting content type). */
  | { kind: 'body'; body: string | Buffer; contentType?: string };

export interface Served {
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
  status: number;
}

/**
 * A static pack host for tests on 127.0.0.1: ETag / Last-Modified / 304, plus injected faults,
 * going down (connection refused) and coming back on the same port.
 */
export class PackServer {
  readonly files = new Map<string, { body: Buffer; modified: Date }>();
  readonly log: Served[] = [];
  fault: (Fault & { path?: string }) | null = null;
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private stalled: Array<() => void> = [];
  port = 0;

  async start(port = 0): Promise<this> {
    const server = createServer((req, res) => this.answer(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  put(path: string, body: string | Buffer): void {
    this.files.set(path, { body: Buffer.from(body), modified: new Date(Math.floor(Date.now() / 1000) * 1000) });
  }

  /** Let stalled responses finish. */
  release(): void {
    for (const go of this.stalled.splice(0)) go();
  }

  /** Requests for a path since the log was last cleared. */
  requestsFor(path: string): Served[] {
    return this.log.filter((r) => r.path === path && r.method === 'GET');
  }

  /** Stop listening and drop open connections: clients now get "connection refused". */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    this.release();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry: Served = { path, method: req.method ?? 'GET', headers: req.headers, status: 0 };
    this.log.push(entry);
    // Static hosts serving packs allow any origin to read them (the extension fetches cross-origin).
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', 'etag, last-modified');
    if (req.method === 'OPTIONS') {
      // The CORS preflight a conditional request (If-None-Match) needs.
      entry.status = 204;
      res.writeHead(204, { 'access-control-allow-methods': 'GET', 'access-control-allow-headers': 'if-none-match, if-modified-since', 'access-control-max-age': '600' });
      res.end();
      return;
    }
    const send = (status: number, headers: Record<string, string>, body?: Buffer) => {
      entry.status = status;
      res.writeHead(status, headers);
      res.end(body);
    };
    const applies = this.fault && (this.fault.path !== undefined ? this.fault.path === path : !path.endsWith('.sig'));
    const fault = applies ? this.fault : null;
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') return send(fault.status, { 'content-type': 'text/plain' }, Buffer.from(`error ${fault.status}`));
    if (fault?.kind === 'body') return send(200, { 'content-type': fault.contentType ?? 'application/json' }, Buffer.from(fault.body));

    const file = this.files.get(path);
    if (!file) return send(404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
    const etag = `"${createHash('sha256').update(file.body).digest('hex').slice(0, 16)}"`;
    const headers = { 'content-type': 'application/json', etag, 'last-modified': file.modified.toUTCString(), 'cache-control': 'no-cache' };
    if (req.headers['if-none-match'] === etag) return send(304, { etag });
    if (fault?.kind === 'stall-body' || fault?.kind === 'cut-body') {
      entry.status = 200;
      res.writeHead(200, { ...headers, 'content-length': String(file.body.length) });
      const half = file.body.subarray(0, file.body.length >> 1);
      if (fault.kind === 'cut-body') {
        // Destroy only once the first half is on the wire, so the client sees headers, then a cut.
        res.write(half, () => setTimeout(() => res.socket?.destroy(), 50));
        return;
      }
      res.write(half);
      this.stalled.push(() => res.end(file.body.subarray(file.body.length >> 1)));
      return;
    }
    send(200, headers, file.body);
  }
}
