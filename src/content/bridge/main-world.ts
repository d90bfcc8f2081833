/**
 * Parley's main-world bridge (a `world: "MAIN"` content script). Some editors only accept events
 * dispatched from the page's own world (Firefox drops the clipboard data of a paste built in a
 * content script). The content script asks with a cancelable `parley:bridge` CustomEvent on the
 * editor, its detail a JSON string; the bridge answers by cancelling that request when the editor
 * handled what it dispatched. It keeps no state and reads nothing from the page.
 */
// Registered once even when "Enable on this site" injects it into a page that already has it.
const FLAG = '__parleyBridge';
const pageGlobals = globalThis as unknown as Record<string, boolean | undefined>;
if (!pageGlobals[FLAG]) {
  pageGlobals[FLAG] = true;
  document.addEventListener('parley:bridge', onBridgeRequest, true);
}

function onBridgeRequest(event: Event): void {
  if (!(event instanceof CustomEvent) || typeof event.detail !== 'string') return;
  let request: { op?: unknown; text?: unknown };
  try {
    request = JSON.parse(event.detail) as typeof request;
  } catch {
    return;
  }
  if (request.op === 'ping') {
    event.preventDefault();
    return;
  }
  if (request.op !== 'paste' || typeof request.text !== 'string' || !(event.target instanceof HTMLElement)) return;
  const data = new DataTransfer();
  data.setData('text/plain', request.text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  event.target.dispatchEvent(paste);
  if (paste.defaultPrevented) event.preventDefault();
}
