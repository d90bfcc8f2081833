import browser from 'webextension-polyfill';
import { sendToTab } from '../messages';
import type { ContentConfig, Settings } from '../message-views';
import type { Pack, Platform } from '../core/pack/schema';
import { activePack } from './packs';
import { atHandle } from '../core/handle';
import { loadSettings, switchesFor } from './settings';

/** What the content script on a page of this platform needs from the pack and settings. */
export async function contentConfigFor(platform: Platform): Promise<ContentConfig> {
  const [{ pack }, settings] = await Promise.all([activePack(), loadSettings()]);
  return configFrom(pack, settings, platform);
}

function configFrom(pack: Pack, settings: Settings, platform: Platform): ContentConfig {
  return {
    switches: switchesFor(settings, platform),
    ownHandles: pack.accounts
      .filter((a) => a.platform === platform)
      .flatMap((a) => atHandle(a.handle)?.toLowerCase() ?? []),
    site: pack.sites?.[platform] ?? null,
  };
}

/** After a pack or settings change: every tab with our content script gets its new config. */
export async function pushContentConfig(platformOf: (tabId: number, url: string | undefined) => Promise<Platform | null>): Promise<void> {
  const [tabs, { pack }, settings] = await Promise.all([browser.tabs.query({}), activePack(), loadSettings()]);
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const platform = await platformOf(tab.id, tab.url);
      if (!platform) return;
      await sendToTab(tab.id, 'config/changed', configFrom(pack, settings, platform)).catch(() => undefined);
    }),
  );
}
