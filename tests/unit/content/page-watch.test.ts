// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageReport } from '../../../src/core/comment';
import { watchPage, type Clock, type PageWatch } from '../../../src/content/page-watch';
import { reddit } from '../../../src/content/sites/reddit';
import { loadFixture } from './fixture-dom';

const URL = 'https://www.reddit.com/r/acme/comments/1abcde/our_new_delivery_tracker_is_live/';

/** A clock the test drives: idle slices and timers run when the test says so. */
function manualClock() {
  let now = 0;
  let idle: Array<() => void> = [];
  let timers: Array<{ at: number; run: () => void }> = [];
  const clock: Clock = {
    now: () => now,
    idle: (run) => void idle.push(run),
    later: (run, ms) => void timers.push({ at: now + ms, run }),
  };
  return {
    clock,
    /** Run idle slices until no work is left, then let `ms` pass (firing due timers). */
    async advance(ms: number) {
      await Promise.resolve(); // mutation records are delivered as a microtask
      while (idle.length) {
        const run = idle;
        idle = [];
        for (const f of run) f();
      }
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.run();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

/** An IntersectionObserver the test drives: `show` brings an element on screen. */
function fakeScreen() {
  let callback: IntersectionObserverCallback = () => undefined;
  const observed = new Set<Element>();
  (globalThis as unknown as { IntersectionObserver: unknown }).IntersectionObserver = class {
    constructor(cb: IntersectionObserverCallback) {
      callback = cb;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
    disconnect() {
      observed.clear();
    }
  };
  return {
    watched: () => [...observed],
    show: (el: Element) => callback([{ target: el, isIntersecting: true } as unknown as IntersectionObserverEntry], {} as IntersectionObserver),
  };
}

describe('watching a page', () => {
  let reports: PageReport[];
  let watch: PageWatch | null;

  beforeEach(() => {
    reports = [];
    watch = null;
    (globalThis as unknown as { chrome: unknown }).chrome = {
      runtime: {
        id: 'parley',
        sendMessage: async (message: { kind: string; payload: PageReport }) => {
          if (message.kind === 'page/report') reports.push(message.payload);
          return { ok: true };
        },
      },
    };
    loadFixture('reddit/post.html', URL);
  });
  afterEach(() => watch?.stop());

  it('reports the page once with reset, then only what changed, gathered into one report', async () => {
    const time = manualClock();
    watch = watchPage(reddit, new Set(['@acmeparcels']), time.clock);
    watch.readAll();
    await time.advance(0);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reset: true, adapter: { id: 'reddit', status: 'ok', failed: [] } });
    expect(reports[0]!.comments.map((c) => c.id)).toEqual(['t1_kabc01', 't1_kabc02', 't1_kabc03', 't1_kabc05']);

    const tree = document.querySelector('shreddit-comment-tree')!;
    const template = tree.querySelector('shreddit-comment[thingid="t1_kabc03"]')!.outerHTML;
    tree.insertAdjacentHTML('beforeend', template.replaceAll('kabc03', 'kabc07'));
    await time.advance(100);
    tree.insertAdjacentHTML('beforeend', template.replaceAll('kabc03', 'kabc08'));
    await time.advance(100);
    expect(reports).toHaveLength(1);
    await time.advance(100);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toMatchObject({ reset: false, removed: [] });
    expect(reports[1]!.comments.map((c) => c.id)).toEqual(['t1_kabc07', 't1_kabc08']);

    // Nothing changed: nothing is sent.
    await time.advance(3_000);
    expect(reports).toHaveLength(2);
  });

  it('reports comments that became our own with the next gathered report, not at once', async () => {
    const time = manualClock();
    watch = watchPage(reddit, new Set(), time.clock);
    watch.readAll();
    await time.advance(0);
    expect(reports).toHaveLength(1);
    watch.setOwnHandles(new Set(['@acmeparcels']));
    await time.advance(0);
    expect(reports).toHaveLength(1);
    await time.advance(300);
    expect(reports).toHaveLength(2);
    expect(reports[1]!.comments.map((c) => [c.id, c.own])).toEqual([['t1_kabc02', true]]);
    watch.setOwnHandles(new Set(['@acmeparcels']));
    await time.advance(3_000);
    expect(reports).toHaveLength(2);
  });

  it('reports a removed comment by its id', async () => {
    const time = manualClock();
    watch = watchPage(reddit, new Set(), time.clock);
    watch.readAll();
    await time.advance(0);
    document.querySelector('shreddit-comment[thingid="t1_kabc03"]')!.remove();
    await time.advance(300);
    expect(reports.at(-1)).toMatchObject({ reset: false, comments: [], removed: ['t1_kabc03'] });
  });

  it('starts over with a reset report when the page navigates without reloading', async () => {
    const time = manualClock();
    watch = watchPage(reddit, new Set(), time.clock);
    watch.readAll();
    await time.advance(0);
    history.pushState({}, '', '/r/acme/comments/2other/another_post/');
    document.querySelector('shreddit-comment-tree')!.innerHTML = '<shreddit-comment thingid="t1_zz01" author="lena" depth="0" postid="t3_2other"><div slot="comment"><p>Hi?</p></div></shreddit-comment>';
    await time.advance(0);
    const last = reports.at(-1)!;
    expect(last.reset).toBe(true);
    expect(last.url).toBe('https://www.reddit.com/r/acme/comments/2other/another_post/');
    expect(last.comments.map((c) => c.id)).toEqual(['t1_zz01']);
  });

  it('reads only the comments near the screen until the whole queue is asked for, then the rest', async () => {
    const screen = fakeScreen();
    const time = manualClock();
    watch = watchPage(reddit, new Set(), time.clock);
    await time.advance(0);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reset: true, comments: [] });
    expect(screen.watched()).toHaveLength(document.querySelectorAll(reddit.comment).length);

    // Maria's comment scrolls into view: it is read and reported at once, the others wait.
    screen.show(document.querySelector('shreddit-comment[thingid="t1_kabc01"]')!);
    await time.advance(0);
    expect(reports.at(-1)!.comments.map((c) => c.id)).toEqual(['t1_kabc01']);
    await time.advance(3_000);
    expect(reports.flatMap((r) => r.comments)).toHaveLength(1);

    // The side panel shows the tab: the rest is read.
    watch.readAll();
    await time.advance(300);
    expect(reports.flatMap((r) => r.comments.map((c) => c.id)).sort()).toEqual(['t1_kabc01', 't1_kabc02', 't1_kabc03', 't1_kabc05']);
    expect(screen.watched()).toHaveLength(0);
  });

  it('says the adapter is missing once a thread page stayed without comments past the grace period', async () => {
    document.querySelector('shreddit-comment-tree')!.remove();
    const time = manualClock();
    watch = watchPage(reddit, new Set(), time.clock);
    await time.advance(0);
    expect(reports[0]!.adapter.status).toBe('ok');
    await time.advance(3_000);
    expect(reports.at(-1)!.adapter).toEqual({ id: 'reddit', status: 'missing', failed: ['comment'] });
  });
});
