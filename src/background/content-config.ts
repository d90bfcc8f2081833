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

type PlatformOf = (tabId: number, url: string | undefined) => Promise<Platform | null>;

let sending: Promise<unknown> = Promise.resolve();

/** Settles once the config push begun last has handed every tab its config (answered or not). */
export function configsSent(): Promise<unknown> {
  return sending;
}

/** After a pack or settings change: every tab with our content script gets its new config. */
export async function pushContentConfig(platformOf: PlatformOf): Promise<void> {
  const sent = sendConfigs(platformOf);
  sending = sent.catch(() => undefined);
  await Promise.all(await sent);
}

/** Sends every tab with our content script its config, all at once; gives the answers to wait for. */
async function sendConfigs(platformOf: PlatformOf): Promise<Array<Promise<unknown>>> {
  const [tabs, { pack }, settings] = await Promise.all([browser.tabs.query({}), activePack(), loadSettings()]);
  const platforms = await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : platformOf(tab.id, tab.url))));
  // One config per platform: every tab of a platform gets the same.
  const configs = new Map<Platform, ContentConfig>();
  return tabs.flatMap((tab, i) => {
    const platform = platforms[i];
    if (tab.id === undefined || !platform) return [];
    let config = configs.get(platform);
    if (!config) configs.set(platform, (config = configFrom(pack, settings, platform)));
    return [sendToTab(tab.id, 'config/changed', config).catch(() => undefined)];
  });
}
