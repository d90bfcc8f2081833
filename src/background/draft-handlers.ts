import type { Handlers } from '../messages';
import type { Composer } from '../core/comment';
import { analyze } from '../core/reply/analyze';
import { draftView, readinessBadge } from '../core/reply/draft-view';
import type { Platform } from '../core/pack/schema';
import { builtInPlatform } from '../core/platform-hosts';
import { openPanel } from '../browser/side-panel';
import { currentAnalyzer } from './analyzer';
import { forgetDraft, loadDraft, saveDraft } from './draft-state';
import { notify } from './notify';
import { loadSettings } from './settings';
import { replyContext, setComposer, setSpotlight, type ReplyContext } from './tab-state';

/**
 * The comment a tab's box answers, looked up when the box changes rather than on every keystroke
 * (the tab's record can hold thousands of comments); again while the comment is not reported
 * yet, and after a while, since the page's comments change.
 */
const contexts = new Map<number, { composer: string; context: ReplyContext; agentName: string; at: number }>();
const CONTEXT_MS = 10_000;
const composerKey = (c: Composer) => `${c.key}|${c.replyTo ?? ''}|${c.label}`;

/** Before the page's first report, the platform is what its host says. */
function platformOf(url: string): Platform {
  try {
    return builtInPlatform(new URL(url).hostname) ?? 'generic';
  } catch {
    return 'generic';
  }
}

/** The tab closed. */
export function forgetReplyContext(tabId: number): void {
  contexts.delete(tabId);
}

/** Messages about the draft being typed: from the content script, and the panel asking for it. */
export const draftHandlers: Handlers = {
  'composer/update': async ({ url, composer, draft }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('composer updates come from tabs only');
    if (!composer) {
      contexts.delete(tabId);
      await Promise.all([forgetDraft(tabId), setComposer(tabId, url, platformOf(url), null)]);
      notify(tabId, ['draft']);
      return null;
    }
    const analyzer = await currentAnalyzer();
    let known = contexts.get(tabId);
    const now = Date.now();
    const changed = known?.composer !== composerKey(composer);
    if (!known || changed || (composer.replyTo && !known.context.item) || now - known.at > CONTEXT_MS) {
      if (changed) await setComposer(tabId, url, platformOf(url), composer);
      const [context, settings] = await Promise.all([replyContext(tabId, composer.replyTo, analyzer), loadSettings()]);
      known = { composer: composerKey(composer), context, agentName: settings.agent.name, at: now };
      contexts.set(tabId, known);
    }
    const { platform, item, ownReplies } = known.context;
    const { pack } = analyzer;
    const ownHandles = pack.accounts.filter((a) => a.platform === platform).map((a) => a.handle);
    const analysis = analyze(analyzer, draft, {
      platform,
      ...(item
        ? { comment: { text: item.comment.text, authorName: item.comment.author.name, ...(item.comment.author.handle ? { authorHandle: item.comment.author.handle } : {}) } }
        : {}),
      threadReplies: ownReplies,
      ownHandles,
      ...(known.agentName ? { agentName: known.agentName } : {}),
    });
    saveDraft(
      tabId,
      draftView({
        composer,
        text: draft,
        analysis,
        replyingTo: item,
        discloseAffiliation: pack.accounts.some((a) => a.platform === platform && a.personal),
        analysedAt: now,
      }),
    );
    notify(tabId, ['draft']);
    return readinessBadge(analysis);
  },
  'draft/get': async ({ tabId }) => {
    const view = await loadDraft(tabId);
    // The box was focused before its comment reached the worker: name the comment now; the next
    // keystroke analyses the draft against it.
    if (!view?.composer.replyTo || view.replyingTo) return view;
    const { item } = await replyContext(tabId, view.composer.replyTo, await currentAnalyzer());
    return item ? { ...view, replyingTo: item } : view;
  },
};

/**
 * The badge's "open the panel": answered straight from chrome.runtime.onMessage, because
 * sidePanel.open() must run while the click's user gesture lasts, and `handle` (like the
 * polyfill) answers a microtask later, when Chrome no longer counts it as one.
 */
export function registerPanelOpener(): void {
  chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const message = raw as { parley?: unknown; kind?: unknown; payload?: { commentId?: unknown } } | null;
    if (sender.id !== chrome.runtime.id || message?.parley !== 1 || message.kind !== 'panel/open') return false;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    openPanel(tabId).catch((err: unknown) => console.warn('[parley] could not open the side panel', err));
    const commentId = message.payload?.commentId;
    if (typeof commentId === 'string' && commentId.length <= 2_000) {
      setSpotlight(tabId, commentId).then(
        () => notify(tabId, ['queue']),
        (err: unknown) => console.warn('[parley] could not point the panel at the comment', err),
      );
    }
    sendResponse({ ok: true });
    return false;
  });
}
