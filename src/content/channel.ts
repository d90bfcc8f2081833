import type { MessageKind, Request } from '../messages';

// Firefox's `browser` returns promises everywhere; Chrome's `chrome` does in MV3.
const api = (): typeof chrome => (globalThis as { browser?: typeof chrome }).browser ?? chrome;

/**
 * Messaging for the content script without the zod schemas: src/messages.ts carries every schema
 * of the extension (≈34 KB gzip), more than the content script's whole budget. Only types are
 * imported from it. The worker still parses everything the content script sends; what comes
 * back is checked by hand where it is used (config.ts).
 */
export async function sendToWorker<K extends MessageKind>(kind: K, payload: Request<K>): Promise<unknown> {
  const raw: unknown = await api().runtime.sendMessage({ parley: 1, kind, payload });
  if (raw && typeof raw === 'object' && 'parleyError' in raw) throw new Error(`${kind}: ${String(raw.parleyError)}`);
  return raw;
}

/** Answer one message kind from our own extension; other kinds are left to other listeners. */
export function onWorkerMessage(kind: MessageKind, handler: (payload: unknown) => unknown): void {
  api().runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (sender.id !== api().runtime.id || !raw || typeof raw !== 'object') return false;
    const message = raw as { parley?: unknown; kind?: unknown; payload?: unknown };
    if (message.parley !== 1 || message.kind !== kind) return false;
    sendResponse(handler(message.payload));
    return false;
  });
}

/** False once the extension was reloaded or removed under this page: stop working then. */
export function extensionAlive(): boolean {
  try {
    return !!api().runtime?.id;
  } catch {
    return false;
  }
}
