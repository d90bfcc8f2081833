import type { Composer } from '../../core/comment';
import type { EditorKind } from '../../core/pack/schema';
import type { ContentConfig, SiteSwitches } from '../../message-views';
import { sendToWorker } from '../channel';
import { applyOverride } from '../sites/overrides';
import type { SiteAdapter } from '../sites/types';
import { Badge } from '../badge/badge';
import { parseReadiness } from '../badge/readiness';
import { insertText } from '../insert/insert';
import { parseInsertRequest } from '../insert/request';
import { CaretMemory } from '../insert/selection';
import { draftText, editorAt, type EditorRef } from './editor-at';
import { composerLabel } from './label';
import { ReplyTargets } from './reply-target';
import { say } from './words';

interface Tracked {
  editor: EditorRef;
  composer: Composer;
}

export interface ComposerTracking {
  /** The worker's config for this site: switches, and the pack's selector fixes. */
  configure(config: ContentConfig): void;
}

const MAX_DRAFT = 200_000;

const WORDS = {
  replyTo: (who: string, excerpt: string) => say('badge_composerReplyTo', who, excerpt),
  newComment: (host: string) => say('badge_composerNew', host),
};

/**
 * Follows the reply box the communicator types in: which box, which comment it answers, its text
 * on every change (reported to the worker, one report in flight at a time), the badge beside it,
 * and insertion requests from the panel. The last focused box stays the insertion target while
 * the person works in the panel.
 */
export function startComposerTracking(site: SiteAdapter): ComposerTracking {
  const targets = new ReplyTargets(site, () => performance.now());
  const caret = new CaretMemory();
  const keys = new WeakMap<HTMLElement, string>();
  let nextKey = 1;
  let switches: SiteSwitches = { enabled: true, badge: true, highlights: true };
  let override: EditorKind | undefined;
  let current: Tracked | null = null;
  let observer: MutationObserver | null = null;
  let inFlight = false;
  let dirty = false;
  let lastSent = '';

  const badge = new Badge(() => {
    // Sent inside the click: the worker may open the side panel only during a user gesture.
    sendToWorker('panel/open', {}).catch((err: unknown) => console.warn('[parley] could not open the panel', err));
  });

  const report = async () => {
    if (inFlight) {
      dirty = true;
      return;
    }
    inFlight = true;
    try {
      do {
        dirty = false;
        const tracked = current;
        const live = !!tracked?.editor.root.isConnected;
        // The message's limit; a longer draft is analysed from its start.
        const draft = live && tracked ? draftText(tracked.editor).slice(0, MAX_DRAFT) : '';
        const composer = live && tracked ? tracked.composer : null;
        const signature = `${composer?.key ?? ''}|${draft}`;
        if (signature === lastSent) continue;
        lastSent = signature;
        const readiness = parseReadiness(await sendToWorker('composer/update', { url: location.href, composer, draft }));
        if (!switches.enabled || !switches.badge || !readiness || !tracked || current !== tracked) badge.hide();
        else badge.show(tracked.editor.root, readiness);
      } while (dirty);
    } catch (err) {
      console.warn('[parley] could not report the draft', err);
    } finally {
      inFlight = false;
    }
  };

  const track = (editor: EditorRef) => {
    if (current?.editor.root === editor.root) return;
    let key = keys.get(editor.root);
    if (!key) {
      key = `composer-${nextKey++}`;
      keys.set(editor.root, key);
    }
    const resolved = targets.resolve(editor.root);
    // The editor's own markers decide; a pack can name the kind of a box that lost them.
    const kind = editor.kind === 'contenteditable' ? (override ?? editor.kind) : editor.kind;
    current = {
      editor: { root: editor.root, kind },
      composer: { key, editor: kind, replyTo: resolved?.id ?? null, label: composerLabel(resolved?.target ?? null, location.hostname, WORDS) },
    };
    observer?.disconnect();
    // Draft.js and Lexical handle typing themselves (no "input" event reaches the page), so
    // contenteditable boxes are watched for changes to their DOM; textareas fire "input".
    if (kind !== 'textarea') {
      observer = new MutationObserver(() => void report());
      observer.observe(editor.root, { childList: true, characterData: true, subtree: true });
    }
    void report();
  };

  document.addEventListener('click', (e) => targets.noteClick(e.composedPath()[0] ?? null), true);
  document.addEventListener(
    'focusin',
    (e) => {
      if (!switches.enabled) return;
      const editor = editorAt(e.composedPath()[0] ?? null);
      if (editor) track(editor);
    },
    true,
  );
  document.addEventListener(
    'input',
    (e) => {
      if (current?.editor.kind === 'textarea' && e.target === current.editor.root) void report();
    },
    true,
  );
  document.addEventListener('selectionchange', () => {
    if (current && current.editor.kind !== 'textarea') caret.note(current.editor.root);
  });

  chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || !raw || typeof raw !== 'object') return false;
    const message = raw as { parley?: unknown; kind?: unknown; payload?: unknown };
    if (message.parley !== 1 || message.kind !== 'editor/insert') return false;
    const request = parseInsertRequest(message.payload);
    if (!request) {
      sendResponse({ parleyError: 'malformed "editor/insert" message' });
      return false;
    }
    insertText(current?.editor ?? null, request, caret).then(sendResponse, (err: unknown) =>
      sendResponse({ parleyError: err instanceof Error ? err.message : String(err) }),
    );
    return true;
  });

  // A box focused before the script ran (autofocus) is tracked too.
  const focused = editorAt(document.activeElement);
  if (focused) track(focused);

  return {
    configure(config) {
      switches = config.switches;
      targets.adapter = applyOverride(site, config.site).adapter;
      override = config.site?.editor;
      if (!switches.enabled || !switches.badge) badge.hide();
    },
  };
}
