import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Intent } from '../../../src/core/pack/schema';
import type { QueueItem, TabState } from '../../../src/message-views';

const queues = new Map<number, QueueItem[]>();
const toTabs: Array<{ tabId: number; kind: string; payload: unknown }> = [];
let deliver: (tabId: number) => Promise<void> = async () => undefined;

vi.mock('webextension-polyfill', () => ({ default: { tabs: { query: async () => [...queues.keys()].map((id) => ({ id })) } } }));
vi.mock('../../../src/messages', () => ({
  send: async () => ({ ok: true }),
  sendToTab: async (tabId: number, kind: string, payload: unknown) => {
    await deliver(tabId);
    toTabs.push({ tabId, kind, payload });
    return { ok: true };
  },
}));
let configsSent: Promise<unknown> = Promise.resolve();
vi.mock('../../../src/background/content-config', () => ({ configsSent: () => configsSent }));
vi.mock('../../../src/background/tab-state', () => ({
  tabState: async (tabId: number): Promise<Partial<TabState>> => ({ tabId, active: queues.has(tabId), queue: queues.get(tabId) ?? [] }),
}));

const { forgetMarks, notify } = await import('../../../src/background/notify');

function item(id: string, intents: Intent[], needsAnswer = true): QueueItem {
  return {
    comment: { id, author: { name: id }, text: id, depth: 0, own: false },
    understanding: { language: 'en', intents, sentiment: 0, urgency: 0, escalations: [], evidence: {}, flags: { sarcasm: false, shouting: false, elongated: false, truncated: false } },
    needsAnswer,
    answered: !needsAnswer,
    responseMinutes: null,
    moderation: null,
  };
}

const settled = () => new Promise((r) => setTimeout(r, 10));
const marksTo = (tabId: number) => toTabs.filter((m) => m.tabId === tabId && m.kind === 'page/marks').map((m) => m.payload);

describe("the worker keeps each tab's markers up to date", () => {
  beforeEach(() => {
    toTabs.length = 0;
    deliver = async () => undefined;
    configsSent = Promise.resolve();
  });

  it('sends a reset first, then only changes, and nothing when nothing changed', async () => {
    queues.set(1, [item('q', ['question']), item('p', ['praise'], false)]);
    notify(1, ['queue']);
    await settled();
    notify(1, ['queue']);
    await settled();
    queues.set(1, [item('q', ['question'], false), item('c', ['complaint'])]);
    notify(1, ['queue']);
    await settled();
    expect(marksTo(1)).toEqual([
      { reset: true, set: [{ id: 'q', kind: 'question', urgent: false }], remove: [] },
      { reset: false, set: [{ id: 'c', kind: 'complaint', urgent: false }], remove: ['q'] },
    ]);
  });

  it('starts the page over after a reset report, and after a message that did not arrive', async () => {
    queues.set(2, [item('q', ['question'])]);
    notify(2, ['queue']);
    await settled();
    forgetMarks(2);
    notify(2, ['queue']);
    await settled();
    deliver = async () => {
      throw new Error('Could not establish connection');
    };
    queues.set(2, [item('q', ['question']), item('h', ['help_request'])]);
    notify(2, ['queue']);
    await settled();
    deliver = async () => undefined;
    notify(2, ['queue']);
    await settled();
    expect(marksTo(2).map((m) => (m as { reset: boolean }).reset)).toEqual([true, true, true]);
  });

  it('folds reports arriving during a push into one more push, and a reset during a push into a reset', async () => {
    queues.set(3, [item('q', ['question'])]);
    let release = () => undefined as void;
    deliver = () => new Promise((r) => (release = r));
    notify(3, ['queue']);
    await settled();
    queues.set(3, [item('q', ['question']), item('c', ['complaint'])]);
    notify(3, ['queue']);
    forgetMarks(3);
    notify(3, ['queue']);
    deliver = async () => undefined;
    release();
    await settled();
    expect(marksTo(3)).toEqual([
      { reset: true, set: [{ id: 'q', kind: 'question', urgent: false }], remove: [] },
      { reset: true, set: [{ id: 'q', kind: 'question', urgent: false }, { id: 'c', kind: 'complaint', urgent: false }], remove: [] },
    ]);
  });

  it('updates every tab when the pack changes, and leaves tabs without Parley alone', async () => {
    queues.set(4, [item('q', ['question'])]);
    notify(4, ['queue']);
    await settled();
    queues.set(4, [item('q', ['crisis'])]);
    notify(null, ['pack']);
    await settled();
    expect(marksTo(4).at(-1)).toEqual({ reset: false, set: [{ id: 'q', kind: 'crisis', urgent: true }], remove: [] });
    notify(99, ['queue']);
    await settled();
    expect(marksTo(99)).toEqual([]);
  });

  it('waits until a config push under way has sent every tab its config', async () => {
    queues.set(5, [item('q', ['question'])]);
    let pushed = () => undefined as void;
    configsSent = new Promise<void>((r) => (pushed = r));
    notify(null, ['pack']);
    await settled();
    expect(marksTo(5)).toEqual([]);
    pushed();
    await settled();
    expect(marksTo(5)).toEqual([{ reset: true, set: [{ id: 'q', kind: 'question', urgent: false }], remove: [] }]);
  });
});
