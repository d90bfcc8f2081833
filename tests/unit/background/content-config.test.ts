import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack, Platform } from '../../../src/core/pack/schema';

const tabs: Array<{ id?: number; url?: string }> = [];
let storedSettings: unknown;
let pack: Partial<Pack>;
const sent: Array<{ tabId: number; kind: string; payload: unknown }> = [];
let deliver: (tabId: number) => Promise<void> = async () => undefined;

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: { query: async () => tabs },
    storage: { local: { get: async () => ({ settings: storedSettings }) } },
  },
}));
vi.mock('../../../src/messages', () => ({
  sendToTab: async (tabId: number, kind: string, payload: unknown) => {
    sent.push({ tabId, kind, payload });
    await deliver(tabId);
    return { ok: true };
  },
}));
vi.mock('../../../src/background/packs', () => ({ activePack: async () => ({ pack, source: 'test', revision: 1, origins: {} }) }));

const { configsSent, contentConfigFor, pushContentConfig } = await import('../../../src/background/content-config');

const platforms: Record<number, Platform | null> = {};
const platformOf = async (tabId: number) => platforms[tabId] ?? null;
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  tabs.length = 0;
  sent.length = 0;
  deliver = async () => undefined;
  storedSettings = { sites: { x: { enabled: true, badge: false, highlights: true } } };
  pack = {
    accounts: [
      { platform: 'x', handle: 'AcmeSupport' },
      { platform: 'x', handle: '@AcmeHelp' },
      { platform: 'mastodon', handle: 'acme@social.example' },
    ],
    sites: { x: { comment: 'article[data-testid="tweet"]' } },
  } as Partial<Pack>;
});

describe('content script configs', () => {
  it("gives each tab its platform's own handles, site fixes and switches, and skips tabs without Parley", async () => {
    tabs.push({ id: 1, url: 'https://x.com/a' }, { id: 2, url: 'https://social.example/@b' }, { id: 3, url: 'chrome://newtab' }, {}, { id: 4, url: 'https://x.com/c' });
    Object.assign(platforms, { 1: 'x', 2: 'mastodon', 3: null, 4: 'x' });
    deliver = async (tabId) => {
      if (tabId === 4) throw new Error('Could not establish connection');
    };
    await pushContentConfig(platformOf);
    const x = { switches: { enabled: true, badge: false, highlights: true }, ownHandles: ['@acmesupport', '@acmehelp'], site: { comment: 'article[data-testid="tweet"]' } };
    const mastodon = { switches: { enabled: true, badge: true, highlights: true }, ownHandles: ['@acme@social.example'], site: null };
    expect(sent).toEqual([
      { tabId: 1, kind: 'config/changed', payload: x },
      { tabId: 2, kind: 'config/changed', payload: mastodon },
      { tabId: 4, kind: 'config/changed', payload: x },
    ]);
    expect(await contentConfigFor('mastodon')).toEqual(mastodon);
  });

  it('sends to every tab at once: configsSent settles when all are sent, the push when all have answered', async () => {
    for (let id = 1; id <= 5; id++) {
      tabs.push({ id });
      platforms[id] = 'x';
    }
    const answers: Array<() => void> = [];
    deliver = () => new Promise<void>((r) => answers.push(r));
    let pushed = false;
    const push = pushContentConfig(platformOf).then(() => (pushed = true));
    await configsSent();
    expect(sent.map((m) => m.tabId)).toEqual([1, 2, 3, 4, 5]);
    answers.slice(0, 4).forEach((answer) => answer());
    await tick();
    expect(pushed).toBe(false);
    answers[4]!();
    await push;
    expect(pushed).toBe(true);
  });
});
