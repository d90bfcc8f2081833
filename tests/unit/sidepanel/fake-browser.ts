import en from '../../../public/_locales/en/messages.json';

/**
 * A stand-in for webextension-polyfill in panel component tests: answers worker messages from
 * `worker` handlers, content-script messages from `tab` handlers, records what was sent, and
 * speaks English from the real _locales file.
 */
type Handler = (payload: never) => unknown;
type Envelope = { parley: 1; kind: string; payload: unknown };
type Listener = (msg: unknown, sender: { id: string }) => Promise<unknown> | undefined;

const messages = en as Record<string, { message: string }>;

export const fake = {
  worker: {} as Record<string, Handler>,
  tab: {} as Record<string, Handler>,
  sent: [] as Array<{ to: 'worker' | number; kind: string; payload: unknown }>,
  listeners: new Set<Listener>(),
  reset() {
    this.worker = {};
    this.tab = {};
    this.sent = [];
    this.listeners.clear();
  },
  sentOf(kind: string) {
    return this.sent.filter((s) => s.kind === kind).map((s) => s.payload);
  },
  /** What the worker broadcasts after a change. */
  async stateChanged(tabId: number | null, topics: string[]) {
    const msg = { parley: 1, kind: 'state/changed', payload: { tabId, topics } };
    await Promise.all([...this.listeners].map((l) => l(msg, { id: 'parley-test' })));
  },
};

function answer(handlers: Record<string, Handler>, to: 'worker' | number, msg: Envelope): Promise<unknown> {
  fake.sent.push({ to, kind: msg.kind, payload: msg.payload });
  const handler = handlers[msg.kind];
  if (!handler) return Promise.reject(new Error(`no fake answer for ${msg.kind}`));
  return Promise.resolve().then(() => handler(msg.payload as never));
}

export const browser = {
  runtime: {
    id: 'parley-test',
    sendMessage: (msg: Envelope) => answer(fake.worker, 'worker', msg),
    onMessage: {
      addListener: (l: Listener) => fake.listeners.add(l),
      removeListener: (l: Listener) => fake.listeners.delete(l),
    },
    getURL: (path: string) => `/${path}`,
    getManifest: () => ({ version: '0.1.0' }),
    openOptionsPage: () => {
      fake.sent.push({ to: 'worker', kind: 'openOptionsPage', payload: null });
      return Promise.resolve();
    },
  },
  tabs: {
    sendMessage: (tabId: number, msg: Envelope) => answer(fake.tab, tabId, msg),
    query: () => Promise.resolve([{ id: 7 }]),
    onActivated: { addListener: () => undefined, removeListener: () => undefined },
    onUpdated: { addListener: () => undefined, removeListener: () => undefined },
  },
  permissions: { request: () => Promise.resolve(false) },
  i18n: {
    getUILanguage: () => 'en',
    getMessage: (key: string, subs: string[] = []) => messages[key]?.message.replace(/\$P(\d)\$/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '',
  },
};
