import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { ask, askTab, findBadge, openEditorPage, posted, stateText } from './editors-helpers';

interface Composer {
  key: string;
  editor: string;
  replyTo: string | null;
  label: string;
}
interface DraftView {
  text: string;
  readiness: string;
  composer: Composer;
  findings: Array<{ rule: string; level: string }>;
  replyingTo: { comment: { id: string } } | null;
}
interface InsertResult {
  ok: boolean;
  method: string;
  message?: string;
}

const MARIA = '1860000000000000002';
const PARAGRAPHS = 'Hi Maria,\n\nsorry for the wait. I have asked the depot about your parcel.\nYou will hear from me today.';

/**
 * One block per editor kind, against the real editor library (tests/fixtures/editors): the same
 * promises for each kind, as in Harper's per-editor specs.
 */
const KINDS = [
  { page: 'draft', editor: 'draft' },
  { page: 'lexical', editor: 'lexical' },
  { page: 'lexical-plain', editor: 'lexical' },
  { page: 'quill', editor: 'quill' },
  { page: 'prosemirror', editor: 'prosemirror' },
  { page: 'textarea', editor: 'textarea' },
  { page: 'contenteditable', editor: 'contenteditable' },
] as const;

/** The editor state's paragraphs: Lexical separates paragraphs with a blank line in its text, Draft.js, Quill and Tiptap with one newline per block. */
const paragraphs = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe.each(KINDS)('$page editor', ({ page: kind, editor }) => {
  let s: Session;
  let page: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    s = await launch();
    page = await openEditorPage(s, kind);
    tabId = await s.tabIdOf(page);
    panel = await s.openPanel(tabId);
    await page.bringToFront();
  });
  afterAll(async () => {
    await s?.close();
  });

  const draft = () => ask(panel, 'draft/get', { tabId }) as Promise<DraftView | null>;
  const composer = async () => ((await ask(panel, 'tab/get', { tabId })) as { composer: Composer | null }).composer;
  const insert = (payload: object) => askTab(panel, tabId, 'editor/insert', payload) as Promise<InsertResult>;

  it("knows a comment's reply box answers that comment, and the post's box answers none", async () => {
    await page.locator('#post-box [contenteditable="true"], #post-box textarea').first().click();
    await expect.poll(composer, { timeout: 10_000 }).toMatchObject({ editor, replyTo: null });

    await page.locator(`[data-fixture-opens="#maria-reply"]`).click();
    await expect.poll(composer, { timeout: 10_000 }).toMatchObject({ editor, replyTo: MARIA });
    const label = (await composer())!.label;
    expect(label).toContain('@maria_l');
    expect(label).toContain('My parcel has been stuck');
    await expect.poll(async () => (await draft())?.replyingTo?.comment.id, { timeout: 10_000 }).toBe(MARIA);
  });

  it('analyses the draft as it is typed', async () => {
    await page.keyboard.type('Thanks Maria, we are looking into it.');
    await expect.poll(async () => (await draft())?.text, { timeout: 10_000 }).toBe('Thanks Maria, we are looking into it.');
    const before = await draft();
    expect(before?.findings.some((f) => f.rule === 'ParleyEN.NoLiabilityAdmission')).toBe(false);

    await page.keyboard.type(' It was our fault.');
    await expect.poll(async () => (await draft())?.readiness, { timeout: 10_000 }).toBe('stop');
    expect((await draft())?.findings.some((f) => f.level === 'error')).toBe(true);
  });

  it('replaces the draft with a multi-paragraph template, once, in the editor state', async () => {
    // A person pauses between typing and choosing a template. Quill (1 s) and ProseMirror (0.5 s)
    // merge edits closer together than that into one undo step, as they do for a person's paste.
    await page.waitForTimeout(1_100);
    const result = await insert({ text: PARAGRAPHS, mode: 'replace' });
    expect(result).toMatchObject({ ok: true });
    const state = await stateText(page, 'maria-box');
    expect(paragraphs(state)).toEqual(paragraphs(PARAGRAPHS));
    expect(state.split('sorry for the wait').length).toBe(2);
    expect(await page.locator('#maria-send').isEnabled()).toBe(true);
    expect(await page.locator('#maria-count').textContent()).toBe(`${state.length}/280`);
    await expect.poll(async () => paragraphs((await draft())?.text ?? ''), { timeout: 10_000 }).toEqual(paragraphs(PARAGRAPHS));

    // The site's own send button would post exactly that.
    await page.locator('#maria-send').click();
    expect(paragraphs((await posted(page, 'maria-box'))[0] ?? '')).toEqual(paragraphs(PARAGRAPHS));
  });

  it('undoes the insertion with Ctrl+Z', async () => {
    await page.locator('#maria-box [contenteditable="true"], #maria-box textarea').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => stateText(page, 'maria-box')).toBe('Thanks Maria, we are looking into it. It was our fault.');
  });

  it('inserts at the caret without touching the rest', async () => {
    await page.keyboard.press('Control+End');
    const before = await stateText(page, 'maria-box');
    const result = await insert({ text: ' Best, Sam', mode: 'caret' });
    expect(result).toMatchObject({ ok: true });
    expect(await stateText(page, 'maria-box')).toBe(`${before} Best, Sam`);
    expect(await page.locator('#maria-count').textContent()).toBe(`${before.length + 10}/280`);
  });

  it('replaces the span the panel names, and refuses when the box changed since', async () => {
    const state = await stateText(page, 'maria-box');
    await expect.poll(async () => (await draft())?.text).toBe(state);
    const start = state.lastIndexOf('Sam');
    const result = await insert({ text: 'Samira', mode: 'range', range: { start, end: start + 3 }, expectDraft: state });
    expect(result).toMatchObject({ ok: true });
    expect(await stateText(page, 'maria-box')).toBe(`${state.slice(0, start)}Samira`);

    const stale = await insert({ text: 'Sam', mode: 'range', range: { start, end: start + 6 }, expectDraft: state });
    expect(stale.ok).toBe(false);
    expect(stale.message).toContain('changed');
    expect(await stateText(page, 'maria-box')).toBe(`${state.slice(0, start)}Samira`);
  });

  it("leaves the post's box alone", async () => {
    expect(await stateText(page, 'post-box')).toBe('');
    expect(await page.locator('#post-send').isDisabled()).toBe(true);
  });

  it('puts nothing of its own inside the editor and shows the badge outside it', async () => {
    const text = await stateText(page, 'maria-box');
    await expect.poll(async () => (await draft())?.text).toBe(text);
    const badge = await findBadge(page);
    expect(badge?.parent).toBe('HTML');
    expect(badge?.readiness).toBe((await draft())?.readiness);
  });
});
