import { adapterFor } from './sites';
import { applyOverride } from './sites/overrides';
import { DEFAULT_CONFIG, parseContentConfig } from './config';
import { onWorkerMessage, sendToWorker } from './channel';
import { watchPage, type PageWatch } from './page-watch';
import type { ContentConfig } from '../message-views';
import { startComposerTracking } from './composer/tracker';
import { reveal } from './highlight/flash';
import { Marks } from './highlight/marks';
import { parsePageMarks } from './highlight/marks-message';

// The content script can be injected twice (manifest + "Enable on this site"); run once.
const FLAG = '__parleyContentScript';
const globals = globalThis as unknown as Record<string, boolean | undefined>;

if (!globals[FLAG]) {
  globals[FLAG] = true;
  void start();
}

async function start(): Promise<void> {
  const site = adapterFor(location, document);
  let watch: PageWatch | null = null;
  let config: ContentConfig | null = null;
  let readAll = false;
  const composer = startComposerTracking(site);
  const marks = new Marks(
    (id) => watch?.find(id) ?? null,
    // Sent inside the click: the worker may open the side panel only during a user gesture.
    (commentId) => void sendToWorker('panel/open', { commentId }).catch((err: unknown) => console.warn('[parley] could not open the panel', err)),
  );

  const apply = (next: ContentConfig) => {
    composer.configure(next);
    marks.show(next.switches.enabled && next.switches.highlights);
    const sameSite = !!config && config.switches.enabled === next.switches.enabled && JSON.stringify(config.site) === JSON.stringify(next.site);
    config = next;
    const handles = new Set(next.ownHandles);
    if (watch && sameSite) return watch.setOwnHandles(handles);
    watch?.stop();
    watch = next.switches.enabled ? watchPage(applyOverride(site, next.site).adapter, handles) : null;
    if (readAll) watch?.readAll();
  };

  onWorkerMessage('page/ping', () => ({ ok: true }));
  onWorkerMessage('page/read-all', () => {
    readAll = true;
    watch?.readAll();
    return { ok: true };
  });
  onWorkerMessage('page/reveal', (payload) => {
    const id = (payload as { commentId?: unknown } | null)?.commentId;
    const el = typeof id === 'string' && id.length <= 500 ? watch?.find(id) : null;
    if (el) reveal(el);
    return { found: !!el };
  });
  onWorkerMessage('page/marks', (payload) => {
    const update = parsePageMarks(payload);
    if (!update) return { parleyError: 'malformed "page/marks" message' };
    marks.apply(update);
    return { ok: true };
  });
  onWorkerMessage('config/changed', (payload) => {
    const next = parseContentConfig(payload);
    if (next) apply(next);
    return { ok: true };
  });
  apply(parseContentConfig(await sendToWorker('content/config', { platform: site.platform }).catch(() => null)) ?? DEFAULT_CONFIG);
}
