import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { starterPackJson } from '../../src/core/pack/starter/index';
import type { TabState } from '../../src/message-views';
import { launch, type Session } from './harness';
import { injectedStyleApplies, nodeAttributes, type CdpNode } from './editors-helpers';

// Mastodon's policy: injected <style> elements are refused; the markers must still be styled.
const STRICT_CSP = { 'content-security-policy': "default-src 'self'; style-src 'self'; img-src 'self' data:" };
const URL = 'https://x.com/AcmeSupport/status/1860000000000000001?marks';
const JONAS = '1860000000000000003';
const PRIYA = '1860000000000000006';
const AMBER = 'rgb(180, 83, 9)';
const RED = 'rgb(185, 28, 28)';
const DARK_AMBER = 'rgb(245, 158, 11)';
const DARK_RED = 'rgb(248, 113, 113)';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MarkSeen {
  label: string;
  urgent: boolean;
  box: Box;
  position: string;
  cursor: string;
  dot: { box: Box; background: string; animation: string };
}

/** The markers as drawn: closed shadow roots are invisible to page scripts and locators; the DevTools protocol sees them. */
async function findMarks(page: Page): Promise<{ parent: string | null; marks: MarkSeen[] }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let found: { parent: CdpNode; shadow: CdpNode } | null = null;
    const walk = (node: CdpNode, parent: CdpNode | null) => {
      const shadow = node.shadowRoots?.[0];
      if (parent && shadow?.shadowRootType === 'closed' && nodeAttributes(node).has('data-parley-marks')) found = { parent, shadow };
      for (const child of node.children ?? []) walk(child, node);
    };
    walk(root, null);
    if (!found) return { parent: null, marks: [] };
    const { parent, shadow } = found as { parent: CdpNode; shadow: CdpNode };
    const style = async (node: CdpNode) => {
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as { computedStyle: Array<{ name: string; value: string }> };
      return (name: string) => computedStyle.find((p) => p.name === name)?.value ?? '';
    };
    const boxOf = async (node: CdpNode): Promise<Box> => {
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[]; width: number; height: number } };
      return { x: model.border[0]!, y: model.border[1]!, width: model.width, height: model.height };
    };
    const buttons = shadow.children?.flatMap((layer) => layer.children ?? []).filter((n) => n.nodeName === 'BUTTON') ?? [];
    const marks: MarkSeen[] = [];
    for (const button of buttons) {
      const attrs = nodeAttributes(button);
      const dot = button.children!.find((n) => n.nodeName === 'SPAN')!;
      const [buttonStyle, dotStyle] = await Promise.all([style(button), style(dot)]);
      marks.push({
        label: attrs.get('aria-label') ?? '',
        urgent: attrs.has('data-urgent'),
        box: await boxOf(button),
        position: buttonStyle('position'),
        cursor: buttonStyle('cursor'),
        dot: { box: await boxOf(dot), background: dotStyle('background-color'), animation: dotStyle('animation-name') },
      });
    }
    return { parent: parent.nodeName, marks };
  } finally {
    await cdp.detach();
  }
}

/** The box of the tweet with this id, in the viewport. */
async function tweetBox(page: Page, id: string): Promise<Box> {
  const box = await page.locator(`article[data-testid="tweet"]:has(a[href$="/status/${id}"])`).boundingBox();
  if (!box) throw new Error(`tweet ${id} is not shown`);
  return box;
}

/** The marker drawn beside this tweet: level with its first lines, at its left edge. */
async function markBeside(page: Page, marks: MarkSeen[], id: string): Promise<MarkSeen | undefined> {
  const tweet = await tweetBox(page, id);
  return marks.find((m) => {
    const cx = m.box.x + m.box.width / 2;
    const cy = m.box.y + m.box.height / 2;
    return cy > tweet.y && cy < tweet.y + Math.min(tweet.height, 40) && cx > tweet.x - 24 && cx < tweet.x + 16;
  });
}

describe('in-page markers on comments needing an answer, under a strict CSP', () => {
  let s: Session;
  let messenger: Page;
  let page: Page;
  let tabId: number;

  const ask = (kind: string, payload: unknown) => messenger.evaluate(([k, p]) => chrome.runtime.sendMessage({ parley: 1, kind: k, payload: p }), [kind, payload] as const);
  const marks = async () => (await findMarks(page)).marks;
  const switchHighlights = (on: boolean) => ask('settings/set', { sites: { x: { enabled: true, badge: true, highlights: on } } });

  beforeAll(async () => {
    s = await launch();
    messenger = await s.openOptions();
    const pack = { ...(starterPackJson as Record<string, unknown>), id: 'acme', name: 'Acme house voice', version: '2026.11.1', accounts: [{ platform: 'x', handle: 'AcmeSupport' }] };
    expect(await ask('pack/import', { text: JSON.stringify(pack), source: 'acme.json' })).toEqual({ ok: true, problems: [] });
    page = await s.openFixture(URL, 'sites/x/status.html', STRICT_CSP);
    await page.setViewportSize({ width: 1000, height: 1400 });
    // The CSP refuses the fixture's inline style attributes too; the CSSOM may still set styles.
    await page.evaluate(() => void (document.querySelector<HTMLElement>('[aria-label="Timeline: Conversation"] > div')!.style.minHeight = '3000px'));
    tabId = await s.tabIdOf(page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the page really refuses injected styles', async () => {
    expect(await injectedStyleApplies(page)).toBe(false);
  });

  it("marks exactly the comments the panel counts as needing an answer, beside each one, styled, outside the site's tree", async () => {
    const needing = async () => ((await ask('tab/get', { tabId })) as TabState).queue.filter((q) => q.needsAnswer).map((q) => q.comment.id).sort();
    await expect.poll(needing, { timeout: 10_000 }).toEqual([JONAS, PRIYA]);
    const panel = await s.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('needs-count').textContent(), { timeout: 10_000 }).toBe('2 need an answer');
    await panel.close();
    await page.bringToFront();

    await expect.poll(async () => (await marks()).length, { timeout: 10_000 }).toBe(2);
    const { parent, marks: seen } = await findMarks(page);
    expect(parent).toBe('HTML');
    expect(await page.locator('article [data-parley-marks], #react-root [data-parley-marks]').count()).toBe(0);
    const jonas = await markBeside(page, seen, JONAS);
    const priya = await markBeside(page, seen, PRIYA);
    expect(jonas?.label).toMatch(/^Parley: Question · .+ unanswered\. Click to open the panel\.$/);
    expect(priya?.label).toMatch(/^Parley: (Complaint|Help request) · .+ unanswered/);
    // The answered comment, our own replies and the praise have none.
    for (const id of ['1860000000000000001', '1860000000000000002', '1860000000000000004', '1860000000000000005']) {
      expect(await markBeside(page, seen, id)).toBeUndefined();
    }
    // The constructed stylesheet applied: a real, sized, coloured dot, not an unstyled empty button.
    for (const m of seen) {
      expect(m.position).toBe('absolute');
      expect(m.cursor).toBe('pointer');
      expect(m.box).toMatchObject({ width: 16, height: 16 });
      expect(m.dot.box).toMatchObject({ width: 8, height: 8 });
      expect(m.dot.background).toBe(m.urgent ? RED : AMBER);
    }
  });

  it('follows its comment when the page scrolls or the site moves the comment, and leaves with it off screen', async () => {
    const before = (await markBeside(page, await marks(), JONAS))!;
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(async () => (await markBeside(page, await marks(), JONAS))?.box.y, { timeout: 5_000 }).toBe(before.box.y - 120);

    // X moves cells with transforms, which fire no scroll or resize event.
    await page.evaluate((id) => {
      const cell = document.querySelector(`article:has(a[href$="/status/${id}"])`)!.closest<HTMLElement>('[data-testid="cellInnerDiv"]')!;
      cell.style.transform = 'translateY(60px)';
    }, JONAS);
    await expect.poll(async () => (await markBeside(page, await marks(), JONAS))?.box.y, { timeout: 5_000 }).toBe(before.box.y - 60);

    const priya = await tweetBox(page, PRIYA);
    await page.evaluate((y) => window.scrollBy(0, y), priya.y + priya.height + 10);
    await expect.poll(async () => (await marks()).length, { timeout: 5_000 }).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await marks()).length, { timeout: 5_000 }).toBe(2);
  });

  it('takes the dark palette and drops its animation when the person asks for dark pages and less motion', async () => {
    expect((await marks()).map((m) => m.dot.animation)).toEqual(['appear', 'appear']);
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      await expect.poll(async () => (await marks()).map((m) => m.dot.background === (m.urgent ? DARK_RED : DARK_AMBER) && m.dot.animation === 'none')).toEqual([true, true]);
    } finally {
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });

  it('goes away live when highlights are switched off for the site, and comes back when switched on', async () => {
    await switchHighlights(false);
    await expect.poll(async () => (await findMarks(page)).parent, { timeout: 10_000 }).toBeNull();
    await switchHighlights(true);
    await expect.poll(async () => (await marks()).length, { timeout: 10_000 }).toBe(2);
  });

  it('opens the side panel through the worker when clicked, showing that comment in the queue', async () => {
    const panel = await s.openPanel(tabId);
    await panel.getByTestId('queue').waitFor({ timeout: 10_000 });
    await page.bringToFront();
    await s.worker.evaluate(() => {
      const calls: Array<{ tabId?: number }> = [];
      (globalThis as unknown as { __panelOpens: typeof calls }).__panelOpens = calls;
      const open = chrome.sidePanel.open.bind(chrome.sidePanel);
      chrome.sidePanel.open = (options) => open(options).finally(() => void calls.push({ tabId: options.tabId }));
    });
    const mark = (await markBeside(page, await marks(), JONAS))!;
    await page.mouse.click(mark.box.x + mark.box.width / 2, mark.box.y + mark.box.height / 2);
    const opens = () => s.worker.evaluate(() => (globalThis as unknown as { __panelOpens: unknown[] }).__panelOpens);
    await expect.poll(opens, { timeout: 10_000 }).toEqual([{ tabId }]);
    const spotlit = panel.locator('[data-testid="queue-item"][aria-current="true"]');
    await expect.poll(() => spotlit.getAttribute('data-comment-id'), { timeout: 10_000 }).toBe(JONAS);
    expect(await panel.evaluate(() => document.activeElement?.closest('[data-testid="queue-item"]')?.getAttribute('data-comment-id'))).toBe(JONAS);
    await panel.close();
  });

  it('disappears when one of our accounts answers the comment, and when the comment is removed', async () => {
    await page.evaluate((id) => {
      const cell = document.querySelector(`article:has(a[href$="/status/${id}"])`)!.closest<HTMLElement>('[data-testid="cellInnerDiv"]')!;
      const reply = document.querySelector('article:has(a[href$="/status/1860000000000000005"])')!.closest('[data-testid="cellInnerDiv"]')!.cloneNode(true) as HTMLElement;
      reply.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', '/AcmeSupport/status/1860000000000000077');
      reply.querySelector('[data-testid="tweetText"]')!.textContent = '@jweber Yes, it works for Austria too. – Jo';
      cell.after(reply);
    }, JONAS);
    await expect.poll(async () => (await marks()).length, { timeout: 10_000 }).toBe(1);
    expect(await markBeside(page, await marks(), PRIYA)).toBeDefined();

    await page.evaluate((id) => document.querySelector(`article:has(a[href$="/status/${id}"])`)!.closest('[data-testid="cellInnerDiv"]')!.remove(), PRIYA);
    await expect.poll(async () => (await findMarks(page)).marks.length, { timeout: 10_000 }).toBe(0);
  });
});

describe('in-page markers on a right-to-left page', () => {
  // The same thread with dir="rtl" on <html> (an Arabic, Hebrew or Persian interface): each comment's start side is its right.
  const RTL_URL = 'https://x.com/AcmeSupport/status/1860000000000000001?marks-rtl';
  let s: Session;
  let page: Page;

  beforeAll(async () => {
    s = await launch();
    const messenger = await s.openOptions();
    const pack = { ...(starterPackJson as Record<string, unknown>), id: 'acme', name: 'Acme house voice', version: '2026.11.1', accounts: [{ platform: 'x', handle: 'AcmeSupport' }] };
    const ask = (kind: string, payload: unknown) => messenger.evaluate(([k, p]) => chrome.runtime.sendMessage({ parley: 1, kind: k, payload: p }), [kind, payload] as const);
    expect(await ask('pack/import', { text: JSON.stringify(pack), source: 'acme.json' })).toEqual({ ok: true, problems: [] });
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/sites/x/status.html'), 'utf8').replace('<html dir="ltr" lang="en">', '<html dir="rtl" lang="ar">');
    expect(html).toContain('dir="rtl"');
    await s.context.route(RTL_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    page = await s.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(RTL_URL);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("draws each dot at the comment's right edge, level with its first line", async () => {
    await expect.poll(async () => (await findMarks(page)).marks.length, { timeout: 15_000 }).toBe(2);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('article[data-testid="tweet"]')!).direction)).toBe('rtl');
    const { marks } = await findMarks(page);
    for (const id of [JONAS, PRIYA]) {
      const tweet = await tweetBox(page, id);
      const right = tweet.x + tweet.width;
      const mark = marks.find((m) => {
        const cy = m.box.y + m.box.height / 2;
        return cy > tweet.y && cy < tweet.y + Math.min(tweet.height, 40);
      });
      expect(mark, `a dot beside ${id}`).toBeDefined();
      const cx = mark!.box.x + mark!.box.width / 2;
      // Just outside the right edge, or just inside it when the page leaves no room; never at the left.
      expect(cx).toBeGreaterThan(right - 16);
      expect(cx).toBeLessThan(right + 24);
    }
  });
});
