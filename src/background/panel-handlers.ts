import { sendToTab, type Handlers } from '../messages';
import { enableSite } from '../browser/site-access';
import { contentPlatform, pageToReadAll, tabState } from './tab-state';
import { activePack } from './packs';
import { notify } from './notify';
import { pushContentConfig } from './content-config';
import { loadSettings, recordTemplateUse, updateSettings } from './settings';
import { templatesForTab } from './templates-for-tab';

/**
 * Chrome's reasons for refusing to script a page no extension may touch (browser pages, the
 * extension gallery, other extensions, pages an administrator closed to extensions). A page that
 * is only missing our host permission gives "Cannot access contents of the page" instead.
 */
const CLOSED_TO_EXTENSIONS = /^Cannot access a [a-z-]+:\/\/ URL|gallery cannot be scripted|cannot be scripted due to an ExtensionsSettings policy/i;

/**
 * Without the "tabs" permission the worker cannot see the URL of a page it has no access to, so
 * chrome://… pages looked like any site Parley does not run on ("enable it there"). Scripting tells
 * them apart by the reason it refuses. Only asked where the URL is hidden, i.e. where we have no
 * access, so the probe never runs in a page.
 */
async function closedToExtensions(tabId: number): Promise<boolean> {
  try {
    await chrome.scripting.executeScript({ target: { tabId }, func: () => true });
    return false;
  } catch (err) {
    return CLOSED_TO_EXTENSIONS.test(err instanceof Error ? err.message : String(err));
  }
}

/** Messages from the side panel about the tab it shows. */
export const panelHandlers: Handlers = {
  'tab/get': async ({ tabId }) => {
    const [state, page] = await Promise.all([tabState(tabId), pageToReadAll(tabId)]);
    // The panel shows this tab's queue: its page reads the comments away from the screen too.
    if (page && state.active) void sendToTab(tabId, 'page/read-all', {}).catch(page.undo);
    else page?.undo();
    if (state.url === null && !state.active && (await closedToExtensions(tabId))) return { ...state, restricted: true };
    return state;
  },
  'site/enable': async ({ tabId, origin }) => {
    await enableSite(origin, tabId);
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
    if (change.sites) await pushContentConfig(contentPlatform);
    return settings;
  },
};
