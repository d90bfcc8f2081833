import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { starterPackJson } from '../../src/core/pack/starter/index';
import type { TabState } from '../../src/message-views';
import { launch, type Session } from './harness';
import { findBadge } from './editors-helpers';

/**
 * Sites Parley does not know from install (a Mastodon instance, any other page) are reached only
 * after the person enables Parley there from the panel: "Enable Parley on this site" asks for the
 * host permission and registers the content script for that origin.
 *
 * Automation cannot accept Chrome's permission prompt, so this loads a copy of the built extension
 * whose manifest already grants the two hosts (as if the person had accepted the prompt before):
 * `permissions.request` then resolves true at once. Everything else is the real flow: the panel's
 * state, the button click, the content script registration and injection, detection and the queue.
 * (Without the grant the tab's URL is hidden from the worker; the real flow there relies on
 * activeTab from clicking the toolbar button, which automation cannot do either.)
 */
const THREAD = 'https://mastodon.social/@acme/113500000000000001';
const BLOG = 'https://blog.example.org/tickets/4711';
// Mastodon's policy (after its config/initializers/content_security_policy.rb): injected <style> elements are refused.
const MASTODON_CSP = {
  'content-security-policy':
    "base-uri 'none'; default-src 'none'; frame-ancestors 'none'; font-src 'self'; img-src 'self' data: blob:; style-src 'self' 'nonce-abc123'; media-src 'self' data:; manifest-src 'self'; form-action 'self'; child-src 'self' blob:; connect-src 'self' data: blob:; script-src 'self' 'wasm-unsafe-eval'; frame-src 'self' https:; worker-src 'self' blob:",
};
const AMBER = 'rgb(180, 83, 9)';
const GREEN = 'rgb(21, 128, 61)';

const TICKET_REPLY = 'Thanks for your message! We are on it and will answer within one working day.';

describe('enabling Parley on a site it does not know, in Chromium', () => {
  let s: Session;
  let messenger: Page;
  let thread: Page;
  let panel: Page;
  let tabId: number;

  const tabState = (id: number): Promise<TabState> =>
    messenger.evaluate((t) => chrome.runtime.sendMessage({ parley: 1, kind: 'tab/get', payload: { tabId: t } }), id);
  const registered = () => s.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((all) => all.map((c) => c.matches?.join(' ')).sort()));

  beforeAll(async () => {
    s = await launch({ manifest: (m) => void (m.host_permissions = ['https://mastodon.social/*', 'https://blog.example.org/*']) });
    messenger = await s.openOptions();
    // The brand's own Mastodon account, as a brand lead lists it, and a template without placeholders.
    const pack = {
      ...(starterPackJson as Record<string, unknown>),
      id: 'acme',
      name: 'Acme house voice',
      version: '2026.11.1',
      accounts: [{ platform: 'mastodon', handle: '@acme@mastodon.social' }],
      templates: [
        ...((starterPackJson as { templates: unknown[] }).templates ?? []),
        { id: 'Acme.TicketReceived', name: 'Ticket received', locale: 'en', intents: ['help_request', 'question', 'complaint', 'neutral'], body: TICKET_REPLY },
      ],
    };
    const imported = await messenger.evaluate(
      (text) => chrome.runtime.sendMessage({ parley: 1, kind: 'pack/import', payload: { text, source: 'acme.json' } }),
      JSON.stringify(pack),
    );
    expect(imported).toEqual({ ok: true, problems: [] });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('on a Mastodon instance, the panel offers to enable Parley there, and until then Parley stays out of the page', async () => {
    thread = await s.openFixture(THREAD, 'sites/mastodon/thread.html', MASTODON_CSP);
    tabId = await s.tabIdOf(thread);
    panel = await s.openPanel(tabId);
    const offer = panel.getByTestId('enable-site');
    await expect.poll(() => offer.count(), { timeout: 10_000 }).toBe(1);
    expect(await offer.textContent()).toContain('Parley is not active on mastodon.social.');
    expect(await offer.getByRole('button').textContent()).toBe('Enable Parley on this site');
    // The Reply view says the same: nothing to help with yet.
    await panel.getByRole('tab', { name: 'Reply' }).click();
    expect(await panel.getByTestId('enable-site').count()).toBe(1);
    await panel.getByRole('tab', { name: 'Queue' }).click();

    // No content script, no badge beside a focused reply box, nothing registered.
    await thread.bringToFront();
    await thread.locator('#ms-compose textarea').click();
    await thread.waitForTimeout(1_000);
    expect(await findBadge(thread)).toBeNull();
    expect(await registered()).toEqual([]);
  });

  it('after "Enable Parley on this site", the queue lists the thread: ids, authors, answered and our own', async () => {
    await panel.bringToFront();
    await panel.getByTestId('enable-site').getByRole('button').click();
    // No reload needed: the content script is injected into the open page, and finds the reply
    // box that was left focused: the panel turns to helping with that reply.
    await expect.poll(() => panel.getByTestId('composer-label').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 15_000 }).toBe(
      'New comment on mastodon.social',
    );
    expect(await panel.getByRole('tab', { name: 'Reply' }).getAttribute('aria-selected')).toBe('true');
    await panel.getByRole('tab', { name: 'Queue' }).click();
    await expect.poll(() => panel.getByTestId('comment-count').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 15_000 }).toBe('5');
    expect(await panel.getByText('comments found on mastodon.social').count()).toBe(1);
    expect(await panel.getByTestId('needs-count').textContent()).toBe('2 need an answer');
    // The default filter shows what waits for an answer: Jonas's question and Priya's complaint.
    const waiting = panel.getByTestId('queue-item');
    await expect.poll(() => waiting.evaluateAll((els) => els.map((e) => e.getAttribute('data-comment-id')).sort())).toEqual(['113500000000000003', '113500000000000004']);
    expect(await panel.locator('[data-comment-id="113500000000000003"]').textContent()).toContain('Jonas Weber @jonas@chaos.social');

    const state = await tabState(tabId);
    expect(state.platform).toBe('mastodon');
    expect(state.adapter).toEqual({ id: 'mastodon', status: 'ok', failed: [] });
    const seen = Object.fromEntries(
      state.queue.map((q) => [q.comment.id, [q.comment.author.name, q.comment.author.handle, q.comment.parentId ?? null, q.answered, q.comment.own]]),
    );
    expect(seen).toEqual({
      '113500000000000001': ['Acme Parcels', '@acme', null, false, true],
      '113500000000000002': ['Maria', '@maria@example.social', '113500000000000001', true, false],
      '113500000000000005': ['Acme Parcels', '@acme', '113500000000000002', false, true],
      '113500000000000003': ['Jonas Weber', '@jonas@chaos.social', '113500000000000001', false, false],
      '113500000000000004': ['Priya', '@priya@fosstodon.org', '113500000000000001', false, false],
    });
    const maria = state.queue.find((q) => q.comment.id === '113500000000000002')!;
    expect(maria.comment.text).toBe('@acme my parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡');
    expect(maria.comment.permalink).toBe('https://mastodon.social/@maria@example.social/113500000000000002');
    expect(maria.needsAnswer).toBe(false);

    // Maria's answered complaint is under "All", marked answered.
    await panel.getByLabel('All').check();
    const mariaEntry = panel.locator('[data-comment-id="113500000000000002"]');
    expect(await mariaEntry.locator('.badge-answered').textContent()).toBe('answered');
    expect(await mariaEntry.textContent()).not.toContain('unanswered');
    expect(await panel.locator('[data-comment-id="113500000000000005"] .badge-own').count()).toBe(1);
    await panel.getByLabel('Needs answer').check();

    // Enabled for the origin, for later visits too.
    expect(await registered()).toEqual(['https://mastodon.social/*', 'https://mastodon.social/*']);
  });

  it('on the next visit to the instance the comments are found without asking again', async () => {
    await thread.close();
    thread = await s.openFixture(`${THREAD}?again`, 'sites/mastodon/thread.html', MASTODON_CSP);
    tabId = await s.tabIdOf(thread);
    await panel.close();
    panel = await s.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('comment-count').textContent(), { timeout: 15_000 }).toBe('5');
    expect(await panel.getByTestId('enable-site').count()).toBe(0);
  });

  it("under Mastodon's strict CSP, replying to Jonas shows the badge styled beside the box, and the panel names him", async () => {
    await thread.bringToFront();
    await thread.locator('[data-id="113500000000000003"] button[aria-label="Reply"]').click();
    const box = thread.locator('#ms-compose textarea');
    await expect.poll(() => thread.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await expect.poll(async () => (await findBadge(thread))?.readiness, { timeout: 10_000 }).toBe('check');
    const badge = (await findBadge(thread))!;
    expect(badge.background).toBe(AMBER);
    expect(badge.parent).toBe('HTML');
    const rect = (await box.boundingBox())!;
    expect(badge.box.x).toBeGreaterThanOrEqual(rect.x);
    expect(badge.box.x + badge.box.width).toBeLessThanOrEqual(rect.x + rect.width);

    await thread.keyboard.type('Great question, Jonas, thank you! Yes, it works for Austria too. Happy to help if anything is unclear.');
    await expect.poll(async () => (await findBadge(thread))?.readiness, { timeout: 10_000 }).toBe('ready');
    expect((await findBadge(thread))?.background).toBe(GREEN);

    await expect.poll(() => panel.getByRole('tab', { name: 'Reply' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => panel.getByTestId('replying-to').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toContain('Jonas Weber');
    expect(await panel.getByTestId('composer-label').textContent()).toBe('Reply to @jonas@chaos.social: “@acme does the tracker work for orders to…”');
  });

  // Mastodon starts a reply to a remote account with its full handle, "@jonas@chaos.social": a handle, not an email address.
  let withHandle: { personalData: string[]; readiness: string } | undefined;
  it('a reply opening with the remote author\'s handle, as Mastodon writes it, is checked as it is typed', async () => {
    const reply = '@jonas@chaos.social Great question, Jonas, thank you! Yes, it works for Austria too. Happy to help if anything is unclear.';
    await thread.bringToFront();
    await thread.locator('#ms-compose textarea').fill('');
    await thread.keyboard.type(reply);
    type Draft = { text: string; readiness: string; findings: Array<{ rule: string }> } | null;
    const draft = () => messenger.evaluate((t) => chrome.runtime.sendMessage({ parley: 1, kind: 'draft/get', payload: { tabId: t } }), tabId) as Promise<Draft>;
    await expect.poll(async () => (await draft())?.text, { timeout: 10_000 }).toBe(reply);
    const analysed = (await draft())!;
    await expect.poll(async () => (await findBadge(thread))?.readiness, { timeout: 10_000 }).toBe(analysed.readiness);
    withHandle = { personalData: analysed.findings.filter((f) => f.rule === 'ParleyEN.PersonalData').map((f) => f.rule), readiness: analysed.readiness };
  });
  it('…and the handle is not taken for an email address', () => {
    expect(withHandle).toEqual({ personalData: [], readiness: 'ready' });
  });

  describe('any other page with a reply box', () => {
    let page: Page;
    let blogPanel: Page;

    it('after enabling, typing in a plain textarea gets tone meters and findings in the panel', async () => {
      page = await s.openFixture(BLOG, 'sites/generic/support-form.html');
      const blogTab = await s.tabIdOf(page);
      blogPanel = await s.openPanel(blogTab);
      await blogPanel.setViewportSize({ width: 420, height: 900 });
      const offer = blogPanel.getByTestId('enable-site');
      await expect.poll(() => offer.count(), { timeout: 10_000 }).toBe(1);
      expect(await offer.textContent()).toContain('Parley is not active on blog.example.org.');
      await offer.getByRole('button').click();
      // No comments here, and the panel says so in words for a page that is not a social site.
      await expect.poll(() => blogPanel.getByTestId('no-comments').count(), { timeout: 15_000 }).toBe(1);
      expect(await blogPanel.getByTestId('enable-site').count()).toBe(0);

      await page.bringToFront();
      await page.locator('#answer').click();
      await page.keyboard.type('Hi, we are checking at this point in time.');
      await expect.poll(() => blogPanel.getByRole('tab', { name: 'Reply' }).getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
      const finding = blogPanel.locator('[data-testid="finding"][data-rule="ParleyEN.PlainWords"]');
      await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);
      expect(await blogPanel.getByTestId('meter-formality').count()).toBe(1);
      expect(await blogPanel.getByTestId('composer-label').textContent()).toContain('blog.example.org');
      // A suggestion applies in the box itself.
      await finding.getByRole('button', { name: 'Use “now”' }).click();
      await expect.poll(() => page.locator('#answer').inputValue(), { timeout: 10_000 }).toBe('Hi, we are checking now.');
    });

    it('a template chosen in the panel lands in the textarea, and in a plain contenteditable', async () => {
      await page.locator('#answer').fill('');
      await page.locator('#answer').focus();
      await blogPanel.bringToFront();
      await blogPanel.getByTestId('template-search').fill('Ticket received');
      await expect.poll(() => blogPanel.getByTestId('template-preview').textContent(), { timeout: 10_000 }).toBe(TICKET_REPLY);
      await blogPanel.getByTestId('template-insert').click();
      await expect.poll(() => page.locator('#answer').inputValue(), { timeout: 10_000 }).toBe(TICKET_REPLY);
      expect(await blogPanel.getByRole('status').filter({ hasText: 'Ticket received' }).count()).toBe(1);

      await page.bringToFront();
      await page.locator('#note').click();
      await page.keyboard.type('Customer asked twice. ');
      await expect.poll(() => blogPanel.getByTestId('composer-label').textContent(), { timeout: 10_000 }).toBeTruthy();
      await blogPanel.bringToFront();
      await blogPanel.getByTestId('template-insert').click();
      await expect.poll(() => page.locator('#note').textContent(), { timeout: 10_000 }).toBe(`Customer asked twice. ${TICKET_REPLY}`);
      // The textarea kept its text.
      expect(await page.locator('#answer').inputValue()).toBe(TICKET_REPLY);
    });

    it('a saved copy of an X thread served from that host is recognised by its markup and read as X', async () => {
      const saved = await s.openFixture('https://blog.example.org/archive/x-thread.html', 'sites/x/status.html');
      const savedTab = await s.tabIdOf(saved);
      await expect.poll(async () => (await tabState(savedTab)).queue.length, { timeout: 15_000 }).toBe(6);
      const state = await tabState(savedTab);
      expect(state.platform).toBe('x');
      expect(state.adapter).toMatchObject({ id: 'x', status: 'ok' });
      const jonas = state.queue.find((q) => q.comment.id === '1860000000000000003')!;
      expect([jonas.comment.author.handle, jonas.comment.parentId, jonas.needsAnswer]).toEqual(['@jweber', '1860000000000000001', true]);
      await saved.close();
    });
  });
});
