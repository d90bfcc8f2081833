import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { starterPackJson } from '../../../src/core/pack/starter';
import { importPack, resetToStarter } from '../../../src/background/packs';
import { templatesForTab } from '../../../src/background/templates-for-tab';
import { DEFAULT_SETTINGS, loadSettings, recordTemplateUse, switchesFor, updateSettings } from '../../../src/background/settings';
import { lawyer, maria, settings, tabState } from './views';

const storage = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'parley-test' },
    storage: {
      local: {
        get: (key: string) => Promise.resolve(storage.has(key) ? { [key]: storage.get(key) } : {}),
        set: (items: Record<string, unknown>) => Promise.resolve(void Object.entries(items).forEach(([k, v]) => storage.set(k, v))),
      },
    },
  },
}));

describe('settings in the worker', () => {
  beforeEach(() => storage.clear());

  it('start from defaults, merge changes and count template picks', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ agent: { name: 'Anna Berg', initials: 'AB', signOff: '', language: 'sv' } });
    await recordTemplateUse('late');
    await recordTemplateUse('late');
    const now = await loadSettings();
    expect(now.agent.name).toBe('Anna Berg');
    expect(now.templateUsage).toEqual({ late: 2 });
    expect(now.uiLanguage).toBe('');
  });

  it('fall back to defaults when the stored record is unreadable', async () => {
    storage.set('settings', { agent: 'nobody', uiLanguage: 'klingon' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('switch everything on for a site nobody switched', () => {
    const s = settings({ sites: { x: { enabled: true, badge: false, highlights: true } } });
    expect(switchesFor(s, 'x')).toEqual({ enabled: true, badge: false, highlights: true });
    expect(switchesFor(s, 'reddit')).toEqual({ enabled: true, badge: true, highlights: true });
  });
});

describe('templates for the comment being answered', () => {
  beforeEach(() => resetToStarter());
  const replyingTo = (id: string) => tabState({ queue: [maria, lawyer], composer: { key: 'c', editor: 'draft', replyTo: id, label: '' } });

  it('ranks templates for the comment and fills in the commenter and the communicator', async () => {
    const { items, crisis } = await templatesForTab(replyingTo('2'), settings(), { query: '', vars: {}, limit: 5 });
    expect(crisis).toBe(false);
    expect(items.length).toBeGreaterThan(0);
    const top = items[0]!;
    expect(top.intents.some((i) => i === 'complaint' || i === 'question')).toBe(true);
    expect(top.locale).toBe('en');
    const signed = items.find((i) => i.text.includes('Anna'));
    expect(signed?.text).toContain('Maria');
    expect(items.every((i) => !i.text.includes('{{'))).toBe(true);
  });

  it('lists missing variables with their labels and fills them from the form', async () => {
    const all = await templatesForTab(replyingTo('2'), settings(), { query: '', vars: {}, limit: 50 });
    const withMissing = all.items.find((i) => i.missing.length > 0)!;
    const key = withMissing.missing[0]!.key;
    expect(withMissing.text).toContain(`[${key}]`);
    const filled = await templatesForTab(replyingTo('2'), settings(), { query: '', vars: { [key]: 'Friday 3 pm' }, limit: 50 });
    const again = filled.items.find((i) => i.id === withMissing.id)!;
    expect(again.text).toContain('Friday 3 pm');
    expect(again.missing.map((m) => m.key)).not.toContain(key);
  });

  it('offers only holding statements in crisis mode', async () => {
    const result = await importPack(JSON.stringify({ ...(starterPackJson as object), crisisMode: true }), 'crisis-test');
    expect(result.ok).toBe(true);
    const { items, crisis } = await templatesForTab(replyingTo('5'), settings(), { query: '', vars: {}, limit: 50 });
    expect(crisis).toBe(true);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.holding)).toBe(true);
  });
});
