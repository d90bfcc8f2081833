import type { IdLookup, SiteAdapter } from './types';
import { onHosts } from './shared';

const KEYED = 'replaceableComment_';
const KEYED_COMMENT = `[componentkey^="${KEYED}urn:li:comment:"]`;
const COMMENT = `article.comments-comment-entity[data-id^="urn:li:comment:"], article[data-id^="urn:li:comment:"], ${KEYED_COMMENT}`;
/** A comment's own header comes before anything nested in it, so the first actor link is its author's. */
const ACTOR = 'a[data-view-name$="-actor-picture"], a[data-view-name$="-actor-description"]';
/** The newer DOM's comment text: named by data-view-name, or only by a componentkey (`comment-commentary_<uuid>`). */
const COMMENTARY =
  '[data-view-name="comment-commentary"], [data-view-name="comment-reply-commentary"], [componentkey^="comment-commentary"], [componentkey^="comment-reply-commentary"]';
/** Where looking back for a reply's comment stops: its comments section, or its post. */
const THREAD_END = '[componentkey^="commentsSectionContainer"], [componentkey^="update-card-focus"]';

/** Its own actor link (`reply-actor-…`) or, without one, its own text (`comment-reply-commentary…`) says a comment is a reply. */
const isReply = (comment: Element): boolean => {
  const own = comment.querySelector(`${ACTOR}, ${COMMENTARY}`);
  return /^(comment-)?reply-/.test(own?.getAttribute('data-view-name') ?? own?.getAttribute('componentkey') ?? '');
};

/**
 * The newer DOM may draw one comment as several nested elements carrying the same componentkey
 * (a live probe of the 2026 post page: "multiple nested elements share the same componentkey"):
 * only the outermost is the comment.
 */
const isOutermost = (comment: Element): boolean => {
  const key = comment.getAttribute('componentkey');
  return !key || comment.parentElement?.closest(KEYED_COMMENT)?.getAttribute('componentkey') !== key;
};

/**
 * The comment a newer-DOM reply answers. Replies are not inside their comment there but follow it
 * in the same list, and LinkedIn has one level of replies: it is the nearest comment above that
 * is not itself a reply.
 */
function threadHead(reply: Element): Element | undefined {
  for (let node: Element | null = reply; node && !node.matches(THREAD_END); node = node.parentElement) {
    for (let row = node.previousElementSibling; row; row = row.previousElementSibling) {
      const comments = [...(row.matches(KEYED_COMMENT) ? [row] : []), ...row.querySelectorAll(KEYED_COMMENT)];
      for (let i = comments.length - 1; i >= 0; i--) if (isOutermost(comments[i]!) && !isReply(comments[i]!)) return comments[i];
    }
  }
  return undefined;
}

function parentOf(comment: Element, ids: IdLookup): string | undefined {
  const around = comment.parentElement?.closest(COMMENT);
  if (around) return ids(around);
  const head = isReply(comment) ? threadHead(comment) : undefined;
  return head ? ids(head) : undefined;
}

/**
 * LinkedIn serves two DOMs side by side. The Ember ("voyager") one: each comment is an
 * article.comments-comment-entity whose data-id is its URN, replies nested inside their parent,
 * a Quill box. The newer React one: each comment is keyed `componentkey="replaceableComment_<URN>"`,
 * its parts named by data-view-name (comment-… or reply-…; its text at times only by a componentkey),
 * a Tiptap (ProseMirror) box; replies are siblings of their comment, and the list drops comments
 * scrolled far away.
 */
export const linkedin: SiteAdapter = {
  name: 'linkedin',
  platform: 'linkedin',
  detect: onHosts(/(^|\.)linkedin\.com$/),
  threadPath: /^\/(feed\/update|posts)\//,
  comment: COMMENT,
  text: `.comments-comment-item__main-content, ${COMMENTARY}, [data-testid="expandable-text-box"]`,
  authorName: '.comments-comment-meta__description-title, a[data-view-name$="-actor-description"] p',
  authorHandle: 'a.comments-comment-meta__description-container, a.comments-comment-meta__image-link, a[data-view-name$="-actor-description"], a[data-view-name$="-actor-picture"]',
  handleFromHref: true,
  truncation: 'button.comments-comment-item__see-more, button[class*="see-more"], button[data-testid="expandable-text-button"]',
  composer:
    '.comments-comment-box__form .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor, [data-view-name="comment-box"] [contenteditable="true"], [componentkey^="commentBox-"] .ProseMirror[contenteditable="true"]',
  replyButton: 'button.comments-comment-social-bar__reply-action-button--cr, button[class*="reply-action"], button[data-view-name="comment-reply"], button[aria-label="Reply"]',
  sendButton:
    'button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr, button[data-view-name="comment-post"], button[data-view-name="comment-reply-post"]',
  editor: 'quill',
  virtualised: true,
  inThread: isOutermost,
  id: (comment) => comment.getAttribute('data-id') || comment.getAttribute('componentkey')?.slice(KEYED.length) || null,
  depth: (comment) => (comment.parentElement?.closest(COMMENT) || isReply(comment) ? 1 : 0),
  parentId: (comment, _permalink, ids) => parentOf(comment, ids),
};
