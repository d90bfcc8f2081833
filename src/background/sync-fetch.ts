import { phrase, type Phrase } from '../core/phrase';

/** Fetching a pack over HTTP: conditional, time-limited, size-capped, with failures in plain words. */

export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export type FetchOutcome =
  | { kind: 'unchanged' }
  | { kind: 'fetched'; bytes: Uint8Array<ArrayBuffer>; text: string; etag: string | null; lastModified: string | null }
  /** `what` continues a sentence that starts with the URL: "answered 503". */
  | { kind: 'failed'; what: Phrase };

const DEFAULT_LIMITS: FetchLimits = { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: MAX_PACK_BYTES };

/** Types a static host or CDN may give a JSON file; an HTML page (an error or login page) is refused. */
function acceptableType(contentType: string | null): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json') || type === 'text/json' || type === 'text/plain' || type === 'application/octet-stream';
}

/**
 * A conditional GET with the stored validators. Without host access to its origin this is a CORS
 * request, so the host must send Access-Control-Allow-Origin and answer the preflight that
 * If-None-Match needs; when that preflight is refused (a network error) the pack is fetched once
 * more without validators. The browser's own cache stays out of it (no-store): it could hide a
 * server error behind a stored copy.
 */
export async function fetchPack(url: string, validators: Validators | null, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchOutcome> {
  const conditional = !!(validators?.etag || validators?.lastModified);
  const first = await fetchOnce(url, validators, limits);
  if (conditional && first.kind === 'failed' && first.network) return fetchOnce(url, null, limits);
  return first;
}

async function fetchOnce(url: string, validators: Validators | null, limits: FetchLimits): Promise<FetchOutcome & { network?: boolean }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return withTimeout(limits.timeoutMs, async (signal) => {
    const response = await fetch(url, { headers, signal, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'unchanged' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'failed', what: phrase('failAnswered', String(response.status)) };
    }
    const type = response.headers.get('content-type');
    if (!acceptableType(type)) {
      await response.body?.cancel();
      return { kind: 'failed', what: phrase('failWrongType', type?.split(';')[0] ?? '') };
    }
    let body: Uint8Array<ArrayBuffer> | null;
    try {
      body = await readCapped(response, limits.maxBytes);
    } catch (err) {
      if (signal.aborted) throw err;
      return { kind: 'failed', what: phrase('failBrokeOff') };
    }
    if (!body) return { kind: 'failed', what: phrase('failTooLarge', formatBytes(limits.maxBytes)) };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return { kind: 'failed', what: phrase('failNotUtf8') };
    }
    return { kind: 'fetched', bytes: body, text, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  });
}

export type SignatureOutcome = { kind: 'found'; text: string } | { kind: 'failed'; what: Phrase };

/** The detached signature next to a pack (`<url>.sig`). */
export async function fetchSignature(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<SignatureOutcome> {
  const sigUrl = signatureUrl(url);
  return withTimeout(limits.timeoutMs, async (signal) => {
    const response = await fetch(sigUrl, { signal, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'failed', what: phrase('failSignatureStatus', String(response.status)) };
    }
    const body = await readCapped(response, 64 * 1024);
    if (!body) return { kind: 'failed', what: phrase('failSignatureTooLarge') };
    return { kind: 'found', text: new TextDecoder().decode(body) };
  });
}

export function signatureUrl(url: string): string {
  const u = new URL(url);
  u.pathname = `${u.pathname}.sig`;
  return u.toString();
}

type Failed = { kind: 'failed'; what: Phrase; network?: boolean };

async function withTimeout<T extends { kind: string }>(ms: number, run: (signal: AbortSignal) => Promise<T | Failed>): Promise<T | Failed> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await run(controller.signal);
  } catch (err) {
    if (controller.signal.aborted) return { kind: 'failed', what: phrase('failTimeout', String(Math.round(ms / 1000))) };
    return { kind: 'failed', what: unreachable(err), network: true };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or null as soon as it grows past the cap (checked while reading, not after). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function unreachable(err: unknown): Phrase {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : '';
  if (/ECONNREFUSED/.test(cause)) return phrase('failConnectionRefused');
  if (/ENOTFOUND|EAI_AGAIN/.test(cause)) return phrase('failUnknownHost');
  // Browsers say only "Failed to fetch" for refused connections, DNS and TLS failures alike.
  return err instanceof Error && err.message !== 'Failed to fetch' ? phrase('failUnreachable', err.message) : phrase('failNetwork');
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MB` : `${n} bytes`;
}
