import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageComment, PageReport } from '../../../src/core/comment';
import { starterPackJson } from '../../../src/core/pack/starter';
import { validatePack } from '../../../src/core/pack/validate';
import { compileAnalyzer } from '../../../src/core/reply/analyze';

// storage.session as the browser keeps it: outlives a restarted worker (vi.resetModules).
const session = new Map<string, unknown>();
/** Comments written by each storage.session.set call. */
const writes: number[] = [];

const clone = <T>(value: T): T => structuredClone(value);
const commentsIn = (value: unknown): number => (Array.isArray(value) ? value.length : Array.isArray((value as { comments?: unknown })?.comments) ? (value as { comments: unknown[] }).comments.length : 0);

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: { get: async () => Promise.reject(new Error('no "tabs" permission')) },
    storage: {
      session: {
        get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((k) => session.has(k)).map((k) => [k, clone(session.get(k))])),
        set: async (items: Record<string, unknown>) => {
          writes.push(Object.values(items).reduce<number>((sum, v) => sum + commentsIn(v), 0));
          for (const [k, v] of Object.entries(items)) session.set(k, clone(v));
        },
        remove: async (keys: string | string[]) => {
          for (const k of [keys].flat()) session.delete(k);
        },
      },
    },
  },
}));
vi.mock('../../../src/messages', () => ({ sendToTab: async () => Promise.reject(new Error('no content script')) }));
const validated = validatePack(starterPackJson);
if (!validated.ok) throw new Error('starter pack invalid');
const analyzer = compileAnalyzer(validated.pack);
vi.mock('../../../src/background/analyzer', () => ({ currentAnalyzer: async () => analyzer }));

/** The worker's tab state module as a freshly started worker sees it. */
async function worker() {
  vi.resetModules();
  return import('../../../src/background/tab-state');
}

const URL_A = 'https://x.com/acme/status/1';
const comment = (id: string, text = `Thanks for the update, note ${id}.`): PageComment => ({ id, author: { name: `author ${id}` }, text, depth: 0, own: false });
const report = (comments: PageComment[], extra: Partial<PageReport> = {}): PageReport => ({
  url: URL_A,
  platform: 'x',
  adapter: { id: 'x', status: 'ok', failed: [] },
  reset: false,
  comments,
  removed: [],
  ...extra,
});
const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => `c${from + i}`);
const keysOf = (tabId: number) => [...session.keys()].filter((k) => k === `tab:${tabId}` || k.startsWith(`tab:${tabId}:`));

async function growThread(tabState: Awaited<ReturnType<typeof worker>>, tabId: number, reports: number, perReport: number) {
  for (let r = 0; r < reports; r++) {
    const batch = ids(r * perReport, perReport).map((id) => comment(id));
    await tabState.saveReport(tabId, report(batch, { reset: r === 0 }));
  }
}

async function pageOrder(tabState: Awaited<ReturnType<typeof worker>>, tabId: number) {
  const state = await tabState.tabState(tabId);
  return { state, ids: state.queue.map((q) => q.comment.id) };
}

describe("a tab's comments in storage.session", () => {
  beforeEach(() => {
    session.clear();
    writes.length = 0;
  });

  it('are written in proportion to what changed: 5,000 comments in reports of 50 write fewer than 10,000 (the whole record each time: 252,500)', async () => {
    const tabState = await worker();
    await growThread(tabState, 1, 100, 50);
    const written = writes.reduce((a, b) => a + b, 0);
    console.info(`comments written for 5,000 comments in 100 reports of 50: ${written}`);
    expect(written).toBeLessThan(2 * 5_000);
    expect(Math.max(...writes)).toBeLessThanOrEqual(50 + 100);
    expect((await pageOrder(tabState, 1)).ids).toEqual(ids(0, 5_000));
  });

  it('are read back by a restarted worker in page order, with the reply box and the spotlight', async () => {
    let tabState = await worker();
    await growThread(tabState, 2, 30, 50);
    const composer = { key: 'composer-1', editor: 'draft' as const, replyTo: 'c7', label: 'Reply to @c7' };
    await tabState.setComposer(2, URL_A, 'x', composer);
    await tabState.setSpotlight(2, 'c1234');
    const before = await pageOrder(tabState, 2);

    tabState = await worker();
    const after = await pageOrder(tabState, 2);
    expect(after.ids).toEqual(ids(0, 1_500));
    expect(after.state).toEqual({ ...before.state, queue: after.state.queue });
    expect(after.state.queue).toEqual(before.state.queue);
    expect(after.state.composer).toEqual(composer);
    expect(after.state.spotlight?.commentId).toBe('c1234');
    expect(await tabState.contentPlatform(2, URL_A)).toBe('x');
  });

  it('rewrite only the chunks holding updated or removed comments; an updated comment keeps its place', async () => {
    let tabState = await worker();
    await growThread(tabState, 3, 20, 50);
    writes.length = 0;
    await tabState.saveReport(3, report([comment('c10', 'Thanks for the update, note c10 (edited).'), comment('new-1')], { removed: ['c500', 'c501'] }));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toBeLessThanOrEqual(3 * 100);

    tabState = await worker();
    const { state, ids: order } = await pageOrder(tabState, 3);
    expect(order).toEqual([...ids(0, 1_000).filter((id) => id !== 'c500' && id !== 'c501'), 'new-1']);
    expect(state.queue[10]!.comment.text).toBe('Thanks for the update, note c10 (edited).');
  });

  it('drop an emptied chunk, and a comment removed and reported again goes to the end', async () => {
    const tabState = await worker();
    await growThread(tabState, 4, 4, 50);
    expect(keysOf(4).sort()).toEqual(['tab:4', 'tab:4:c0', 'tab:4:c1']);
    await tabState.saveReport(4, report([comment('c3')], { removed: ids(0, 100) }));
    expect(keysOf(4).sort()).toEqual(['tab:4', 'tab:4:c1', 'tab:4:c2']);
    expect((await pageOrder(await worker(), 4)).ids).toEqual([...ids(100, 100), 'c3']);
  });

  it('start over on a fresh page (reset or another document): the old chunks are removed', async () => {
    const tabState = await worker();
    await growThread(tabState, 5, 20, 50);
    expect(keysOf(5).length).toBeGreaterThan(10);
    await tabState.saveReport(5, report([comment('r1')], { reset: true }));
    expect(keysOf(5).sort()).toEqual(['tab:5', 'tab:5:c0']);
    await growThread(tabState, 5, 4, 50);
    await tabState.saveReport(5, report([comment('other')], { url: 'https://x.com/acme/status/2' }));
    expect(keysOf(5)).toHaveLength(2);
    await tabState.setComposer(5, 'https://x.com/acme/status/3', 'x', null);
    expect(keysOf(5)).toEqual(['tab:5']);
    expect((await pageOrder(await worker(), 5)).ids).toEqual([]);
  });

  it('are all removed with the tab, also by a restarted worker', async () => {
    let tabState = await worker();
    await growThread(tabState, 6, 5, 50);
    await growThread(tabState, 7, 5, 50);
    await tabState.forgetTab(6);
    expect(keysOf(6)).toEqual([]);
    tabState = await worker();
    await tabState.forgetTab(7);
    expect(keysOf(7)).toEqual([]);
    expect(await tabState.forgetIfGone(7)).toBe(false);
  });

  it('stay removed when reports for the closed tab were still on their way', async () => {
    const tabState = await worker();
    await growThread(tabState, 10, 3, 50);
    const inFlight = tabState.saveReport(10, report([comment('before-close')]));
    const forgotten = tabState.forgetTab(10);
    const late = tabState.saveReport(10, report([comment('after-close')]));
    await Promise.all([inFlight, forgotten, late]);
    expect(keysOf(10)).toEqual([]);
    expect((await tabState.tabState(10)).active).toBe(false);
  });

  it('ask each page once to read all its comments, again after a reload or when it could not be told', async () => {
    const tabState = await worker();
    expect(await tabState.pageToReadAll(11)).toBeNull();
    await tabState.saveReport(11, report([comment('a')], { reset: true }));
    const first = await tabState.pageToReadAll(11);
    expect(first).not.toBeNull();
    await tabState.saveReport(11, report([comment('b')]));
    expect(await tabState.pageToReadAll(11)).toBeNull();
    first!.undo();
    expect(await tabState.pageToReadAll(11)).not.toBeNull();
    await tabState.saveReport(11, report([comment('c')], { reset: true }));
    expect(await tabState.pageToReadAll(11)).not.toBeNull();
    expect(await tabState.pageToReadAll(11)).toBeNull();
  });

  it('survive a missing chunk: the comments there are read back, and the next report heals the record', async () => {
    let tabState = await worker();
    await growThread(tabState, 8, 6, 50);
    session.delete('tab:8:c1');

    tabState = await worker();
    expect((await pageOrder(tabState, 8)).ids).toEqual([...ids(0, 100), ...ids(200, 100)]);
    await tabState.saveReport(8, report([comment('late')]));
    const header = session.get('tab:8') as { chunks: number[] };
    expect(header.chunks.every((k) => session.has(`tab:8:c${k}`))).toBe(true);
    expect((await pageOrder(await worker(), 8)).ids).toEqual([...ids(0, 100), ...ids(200, 100), 'late']);
  });

  it('keep the text within the budget: long comments once it is spent are cut and flagged, short ones and earlier ones kept whole', async () => {
    const tabState = await worker();
    const long = (id: string) => comment(id, `${id} `.padEnd(20_000, 'word '));
    for (let r = 0; r < 15; r++) {
      await tabState.saveReport(9, report([...ids(r * 10, 10).map(long), comment(`short${r}`)], { reset: r === 0 }));
    }
    const stored = [...session.entries()].filter(([k]) => k.startsWith('tab:9:c')).flatMap(([, v]) => v as PageComment[]);
    const total = stored.reduce((sum, c) => sum + c.text.length, 0);
    const cut = stored.filter((c) => c.truncated);
    expect(stored).toHaveLength(165);
    expect(total).toBeLessThanOrEqual(2_000_000 + cut.length * 2_000);
    expect(cut.length).toBeGreaterThanOrEqual(50);
    expect(cut.every((c) => c.text.length <= 20_000 && c.text.startsWith(`${c.id} `))).toBe(true);
    expect(stored.filter((c) => c.id.startsWith('short')).every((c) => !c.truncated && c.text === comment(c.id).text)).toBe(true);
    expect(stored.find((c) => c.id === 'c0')!.text).toHaveLength(20_000);

    const { state } = await pageOrder(tabState, 9);
    expect(state.queue.find((q) => q.comment.id === 'c149')!.comment.truncated).toBe(true);
    expect(state.queue.find((q) => q.comment.id === 'c149')!.understanding.flags.truncated).toBe(true);
  });
});
