import { send } from '../messages';
import { adapterFor } from './sites';
import { scanComments } from './scan';

// The content script can be injected twice (manifest + "Enable on this site"); run once.
const FLAG = '__parleyContentScript';
const globals = globalThis as unknown as Record<string, boolean | undefined>;

if (!globals[FLAG]) {
  globals[FLAG] = true;
  start();
}

function start(): void {
  let lastSignature = '';
  let scheduled: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    scheduled = undefined;
    const adapter = adapterFor(location, document);
    const comments = adapter ? scanComments(adapter, document, location.href) : [];
    const signature = `${location.href}|${comments.map((c) => `${c.id}:${c.text.length}`).join(',')}`;
    if (signature === lastSignature) return;
    lastSignature = signature;
    send('page/report', {
      url: location.href,
      platform: adapter?.platform ?? 'generic',
      adapter: { id: adapter?.platform ?? 'generic', status: adapter ? (comments.length ? 'ok' : 'missing') : 'generic' },
      reset: true,
      comments,
    }).catch((err: unknown) =>
      console.warn('[parley] could not report comments', err),
    );
  };

  // Batch mutations: a feed that adds hundreds of nodes at once is scanned once.
  const schedule = () => {
    scheduled ??= setTimeout(report, 300);
  };
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  report();
}
