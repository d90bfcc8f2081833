import { z } from 'zod';
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { Composer, PageReport } from './core/comment';
import { Platform } from './core/pack/schema';
import type { Phrase as PhraseShape } from './core/phrase';
import { ContentConfig, DraftView, LessonView, PageMarks, ReadinessBadge, Settings, TabState, TemplateItem } from './message-views';

/**
 * Every message between content script, worker and panel. Each kind has a request and a
 * response schema; both sides parse what they receive, so a malformed message is dropped
 * with a warning instead of reaching a handler.
 */
const PackProblem = z.object({ path: z.string(), message: z.string() });

const Phrase: z.ZodType<PhraseShape> = z.lazy(() => z.object({ key: z.string().max(100), subs: z.array(z.union([z.string().max(2_000), Phrase])).max(5) }));

const SourceFailure = z.object({
  source: z.string(),
  what: Phrase,
  at: z.string().nullable(),
  inForce: z.object({ version: z.string(), fetchedAt: z.string() }).nullable(),
  nextTry: z.string().nullable(),
});

/** One pack source in the layering (starter → organisation → team → personal). */
export const PackLayerStatus = z.object({
  source: z.string(),
  /** Who configured it: built in, enterprise policy, or the user. */
  origin: z.enum(['built-in', 'policy', 'user']),
  name: z.string().nullable(),
  version: z.string().nullable(),
  /** ISO time of the last successful check (fetch or 304). */
  syncedAt: z.string().nullable(),
  /** The last failure, worded by the UI ("acme.example/pack.json answered 503 at 10:42; using 2026.11.2 from yesterday; next try 11:12"). */
  error: SourceFailure.nullable(),
  nextTry: z.string().nullable(),
});
export type PackLayerStatus = z.infer<typeof PackLayerStatus>;

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
  layers: z.array(PackLayerStatus).default([]),
  syncing: z.boolean().default(false),
  /** The effective pack's changelog, newest first. */
  changelog: z.array(z.object({ version: z.string(), date: z.string().optional(), changes: z.array(z.string()) })).default([]),
  crisisMode: z.boolean().default(false),
});
export type PackStatus = z.infer<typeof PackStatus>;

const UserPackSource = z.object({ url: z.string().max(2_000), tier: z.enum(['team', 'personal']) });
/** Where packs come from: set by the administrator (policy) and, where allowed, by the user. */
export const PackSources = z.object({
  allowUserPacks: z.boolean(),
  allowUserKeys: z.boolean(),
  allowRollback: z.boolean(),
  policyPacks: z.array(z.object({ url: z.string(), tier: z.enum(['organisation', 'team']) })),
  /** Trusted public keys, one `<keyId>:<base64 SPKI>` line each. */
  policyKeys: z.array(z.string()),
  userPacks: z.array(UserPackSource),
  /** Names of packs the user imported from files or pasted. */
  userFiles: z.array(z.string()),
  userKeys: z.array(z.string()),
});
export type PackSources = z.infer<typeof PackSources>;

export { TabState } from './message-views';

const Ok = z.object({ ok: z.literal(true) });

const TabRef = z.object({ tabId: z.number().int() });
const TOPICS = z.enum(['queue', 'draft', 'pack', 'settings']);

export const MESSAGES = {
  // content → worker
  /** The comments found (or changed, or gone) on the sender's page. */
  'page/report': { request: PageReport, response: Ok },
  /** The focused reply box and its text, on focus and on every input; null when no box is focused. */
  'composer/update': {
    request: z.object({ url: z.string().max(4_000), composer: Composer.nullable(), draft: z.string().max(200_000) }),
    response: ReadinessBadge.nullable(),
  },
  /** `platform`: what the content script recognised (a Mastodon instance is not known by host). */
  'content/config': { request: z.object({ platform: Platform.optional() }), response: ContentConfig },
  /** The in-page badge was clicked: open the side panel on the sender's tab (sent inside the click's user gesture). */
  /** From a click on the page; `commentId`: the panel should show that comment (a needs-answer mark). */
  'panel/open': { request: z.object({ commentId: z.string().max(2_000).optional() }), response: Ok },

  // worker or panel → content script (one tab)
  'config/changed': { request: ContentConfig, response: Ok },
  /** Put text into the focused (or last focused) reply box through the site's editor. */
  'editor/insert': {
    request: z.object({
      text: z.string().max(100_000),
      mode: z.enum(['caret', 'replace', 'range']),
      /** For "range": UTF-16 offsets into the draft as last reported. */
      range: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
      /** The draft the range refers to; insertion is refused when the box changed since. */
      expectDraft: z.string().max(200_000).optional(),
    }),
    response: z.object({
      ok: z.boolean(),
      /** The technique that worked: "execCommand", "paste", "beforeinput", "value-setter". */
      method: z.string(),
      /** Plain words for the communicator when it failed (the text is then on the clipboard). */
      message: z.string().optional(),
    }),
  },
  /** Whether the tab's page still runs our content script (after the tab loaded a page). */
  'page/ping': { request: z.object({}), response: Ok },
  /** Scroll the page to a comment and highlight it briefly. */
  'page/reveal': { request: z.object({ commentId: z.string().max(500) }), response: z.object({ found: z.boolean() }) },
  /** The side panel shows this tab: read all of the page's comments, not only those near the screen. */
  'page/read-all': { request: z.object({}), response: Ok },
  /** Which of the page's comments need an answer, as changes since the last message (the in-page markers). */
  'page/marks': { request: PageMarks, response: Ok },

  // panel → worker
  'tab/get': { request: TabRef, response: TabState },
  'draft/get': { request: TabRef, response: DraftView.nullable() },
  'templates/list': {
    request: TabRef.extend({
      query: z.string().max(200).default(''),
      /** Values the communicator typed for the templates' own variables. */
      vars: z.record(z.string(), z.string().max(2_000)).default({}),
      limit: z.number().int().min(1).max(500).default(30),
    }),
    response: z.object({ items: z.array(TemplateItem), crisis: z.boolean() }),
  },
  'templates/used': { request: z.object({ templateId: z.string().max(200) }), response: Ok },
  /** The effective pack's lessons (Learn view, a finding's "Why?"). */
  'lessons/list': { request: z.object({}), response: z.object({ lessons: z.array(LessonView) }) },
  'settings/get': { request: z.object({}), response: Settings },
  'settings/set': { request: Settings.partial(), response: Settings },
  'pack/status': { request: z.object({}), response: PackStatus },
  'pack/import': {
    request: z.object({ text: z.string().max(5_000_000), source: z.string().max(500) }),
    response: z.object({ ok: z.boolean(), problems: z.array(PackProblem) }),
  },
  'pack/reset': { request: z.object({}), response: Ok },
  /** "Sync now": check every pack source; answers when done. */
  'pack/sync': { request: z.object({}), response: PackStatus },
  'pack/sources': { request: z.object({}), response: PackSources },
  /** Replace the user's pack URLs and/or trusted keys; new ones are synced before the answer. */
  'pack/sources/set': {
    request: z.object({ packs: z.array(UserPackSource).max(50).optional(), keys: z.array(z.string().max(1_000)).max(50).optional() }),
    response: PackSources,
  },
  'site/enable': { request: z.object({ tabId: z.number().int(), origin: z.string().url() }), response: Ok },

  // worker → panels and option pages
  /** Something they show has changed: for one tab, or for everyone when tabId is null. */
  'state/changed': { request: z.object({ tabId: z.number().int().nullable(), topics: z.array(TOPICS).default(['queue', 'draft', 'pack', 'settings']) }), response: Ok },
} as const;

export type MessageKind = keyof typeof MESSAGES;
/** What a sender passes (defaults may be left out). */
export type Request<K extends MessageKind> = z.input<(typeof MESSAGES)[K]['request']>;
/** What a handler receives, after parsing. */
export type Payload<K extends MessageKind> = z.output<(typeof MESSAGES)[K]['request']>;
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
  [K in MessageKind]?: (payload: Payload<K>, sender: Runtime.MessageSender) => Promise<Response<K>> | Response<K>;
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
