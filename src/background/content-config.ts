import browser from 'webextension-polyfill';
import { sendToTab } from '../messages';
import type { ContentConfig } from '../message-views';
import type { Platform } from '../core/pack/schema';
import { activePack } from './packs';
import { atHandle } from '../core/handle';
import { loadSettings, switchesFor } from './settings';

/** What the content script on a page of this platform needs from the pack and settings. */
export async function contentConfigFor(platform: Platform): Promise<ContentConfig> {
  const [{ pack }, settings] = await Promise.all([activePack(), loadSettings()]);
  return {
    switches: switchesFor(settings, platform),
    ownHandles: pack.accounts
      .filter((a) => a.platform === platform)
      .flatMap((a) => atHandle(a.handle)?.toLowerCase() ?? []),
    site: pack.sites?.[platform] ?? null,
  };
}

/** After a pack or settings change: every tab with our content script gets its new config. */
export async function pushContentConfig(platformOf: (tabId: number) => Promise<Platform | null>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const platform = await platformOf(tab.id);
      if (!platform) return;
      await sendToTab(tab.id, 'config/changed', await contentConfigFor(platform)).catch(() => undefined);
    }),
  );
}
