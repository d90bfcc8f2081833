import type { Handlers } from '../messages';
import type { Platform } from '../core/pack/schema';
import { enableSite } from '../browser/site-access';
import { tabState } from './tab-state';
import { activePack } from './packs';
import { notify } from './notify';
import { pushContentConfig } from './content-config';
import { loadSettings, recordTemplateUse, updateSettings } from './settings';
import { templatesForTab } from './templates-for-tab';
import contentScript from '../content/content-script.ts?script';
import bridgeScript from '../content/bridge/main-world.ts?script';

async function platformOfActiveTab(tabId: number): Promise<Platform | null> {
  const state = await tabState(tabId);
  return state.active ? state.platform : null;
}

/** Messages from the side panel about the tab it shows. */
export const panelHandlers: Handlers = {
  'tab/get': ({ tabId }) => tabState(tabId),
  'site/enable': async ({ tabId, origin }) => {
    await enableSite(origin, tabId, { content: contentScript, bridge: bridgeScript });
    return { ok: true };
  },
  'templates/list': async ({ tabId, query, vars, limit }) => {
    const [tab, settings] = await Promise.all([tabState(tabId), loadSettings()]);
    return templatesForTab(tab, settings, { query, vars, limit });
  },
  'templates/used': async ({ templateId }) => {
    await recordTemplateUse(templateId);
    return { ok: true };
  },
  'lessons/list': async () => {
    const { pack } = await activePack();
    return {
      lessons: pack.lessons.map((l) => ({ id: l.id, title: l.title, locale: l.locale, summary: l.summary, body: l.body, rules: l.rules ?? [], examples: l.examples })),
    };
  },
  'settings/get': () => loadSettings(),
  'settings/set': async (change) => {
    const settings = await updateSettings(change);
    notify(null, ['settings']);
    if (change.sites) await pushContentConfig(platformOfActiveTab);
    return settings;
  },
};
