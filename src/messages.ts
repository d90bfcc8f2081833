import { z } from 'zod';
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { PageReport } from './core/comment';
import { Platform } from './core/pack/schema';

/**
 * Every message between content script, worker and panel. Each kind has a request and a
 * response schema; both sides parse what they receive, so a malformed message is dropped
 * with a warning instead of reaching a handler.
 */
const PackProblem = z.object({ path: z.string(), message: z.string() });

export const PackStatus = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  source: z.string(),
  counts: z.object({ rules: z.number(), templates: z.number(), escalations: z.number(), lessons: z.number() }),
  /** The last pack that was refused, and why; the active pack above stayed in force. */
  error: z
    .object({ source: z.string(), at: z.string(), problems: z.array(PackProblem) })
    .nullable(),
});
export type PackStatus = z.infer<typeof PackStatus>;

export const TabState = z.object({
  tabId: z.number().int(),
  url: z.string().nullable(),
  platform: Platform.nullable(),
  /** Whether Parley's content script runs on this tab's site. */
  active: z.boolean(),
  /** The page's host when Parley could run there once the user grants it. */
  enableableOrigin: z.string().nullable(),
  comments: PageReport.shape.comments,
  updatedAt: z.string().nullable(),
});
export type TabState = z.infer<typeof TabState>;

const Ok = z.object({ ok: z.literal(true) });

export const MESSAGES = {
  /** content → worker: the comments found on the sender's page. */
  'page/report': { request: PageReport, response: Ok },
  /** panel → worker */
  'tab/get': { request: z.object({ tabId: z.number().int() }), response: TabState },
  'pack/status': { request: z.object({}), response: PackStatus },
  'pack/import': {
    request: z.object({ text: z.string().max(5_000_000), source: z.string().max(500) }),
    response: z.object({ ok: z.boolean(), problems: z.array(PackProblem) }),
  },
  'pack/reset': { request: z.object({}), response: Ok },
  'site/enable': { request: z.object({ tabId: z.number().int(), origin: z.string().url() }), response: Ok },
  /** worker → panel and options: something they show has changed. */
  'state/changed': { request: z.object({ tabId: z.number().int().nullable() }), response: Ok },
} as const;

export type MessageKind = keyof typeof MESSAGES;
export type Request<K extends MessageKind> = z.infer<(typeof MESSAGES)[K]['request']>;
export type Response<K extends MessageKind> = z.infer<(typeof MESSAGES)[K]['response']>;

const Envelope = z.object({ parley: z.literal(1), kind: z.string(), payload: z.unknown() });

export class MessageError extends Error {}

/** Send a message to the worker (or, from the worker, to panels) and parse the answer. */
export async function send<K extends MessageKind>(kind: K, payload: Request<K>): Promise<Response<K>> {
  return parseResponse(kind, await browser.runtime.sendMessage({ parley: 1, kind, payload }));
}

/** Send a message to the content script in one tab. */
export async function sendToTab<K extends MessageKind>(tabId: number, kind: K, payload: Request<K>): Promise<Response<K>> {
  return parseResponse(kind, await browser.tabs.sendMessage(tabId, { parley: 1, kind, payload }));
}

function parseResponse<K extends MessageKind>(kind: K, raw: unknown): Response<K> {
  if (raw && typeof raw === 'object' && 'parleyError' in raw) throw new MessageError(`${kind}: ${String(raw.parleyError)}`);
  const parsed = MESSAGES[kind].response.safeParse(raw);
  if (!parsed.success) throw new MessageError(`${kind}: malformed response`);
  return parsed.data as Response<K>;
}

export type Handlers = {
  [K in MessageKind]?: (payload: Request<K>, sender: Runtime.MessageSender) => Promise<Response<K>> | Response<K>;
};

/**
 * Route messages of the given kinds to handlers. Only our own extension's pages and content
 * scripts can reach runtime.onMessage, and the sender id is checked anyway; page scripts'
 * window.postMessage never arrives here.
 */
export function handle(handlers: Handlers): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const verdict = accept(raw, sender, handlers);
    if (!verdict) return undefined;
    if ('parleyError' in verdict) return Promise.resolve(verdict);
    const { kind, payload } = verdict;
    const handler = handlers[kind] as (p: unknown, s: Runtime.MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(payload, sender))
      .catch((err: unknown) => {
        console.warn(`[parley] ${kind} failed:`, err);
        return { parleyError: err instanceof Error ? err.message : String(err) };
      });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Errors travel as `{ parleyError }` so they cannot be mistaken for a response's own fields. */
type Verdict = { kind: MessageKind; payload: unknown } | { parleyError: string } | null;

/** Decide what to do with a received message; exported for unit tests. */
export function accept(raw: unknown, sender: Pick<Runtime.MessageSender, 'id'>, handlers: Handlers, ownId = browser.runtime.id): Verdict {
  if (sender.id !== ownId) {
    console.warn('[parley] dropped a message from a foreign sender', sender.id);
    return null;
  }
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) {
    console.warn('[parley] dropped a message without a Parley envelope');
    return null;
  }
  const kind = envelope.data.kind;
  if (!(kind in MESSAGES)) {
    console.warn(`[parley] dropped a message of unknown kind "${kind}"`);
    return { parleyError: `unknown message kind "${kind}"` };
  }
  if (!handlers[kind as MessageKind]) return null;
  const payload = MESSAGES[kind as MessageKind].request.safeParse(envelope.data.payload);
  if (!payload.success) {
    const where = payload.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
    console.warn(`[parley] dropped a malformed "${kind}" message: ${where}`);
    return { parleyError: `malformed "${kind}" message` };
  }
  return { kind: kind as MessageKind, payload: payload.data };
}
