import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';
import { askTab, openEditorPage, stateText } from './editors-helpers';

describe('when no technique gets the text into the box', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('changes nothing, puts the text on the clipboard and says so', async () => {
    const page = await openEditorPage(s, 'draft');
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    // A site whose editor ignores pastes it did not see coming (and Draft.js takes no multi-line execCommand).
    await page.evaluate(() => window.addEventListener('paste', (e) => e.stopImmediatePropagation(), true));
    const tabId = await s.tabIdOf(page);
    const panel = await s.openPanel(tabId);
    await page.bringToFront();
    await page.locator('[data-fixture-opens="#maria-reply"]').click();
    await page.keyboard.type('Hi Maria');

    const text = 'Hi Maria,\n\nyour parcel is on its way.';
    const result = (await askTab(panel, tabId, 'editor/insert', { text, mode: 'replace' })) as { ok: boolean; message?: string };
    expect(result.ok).toBe(false);
    expect(result.message).toContain('clipboard');
    expect(await stateText(page, 'maria-box')).toBe('Hi Maria');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });
});
