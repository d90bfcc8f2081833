import type { SiteAdapter } from './types';
import { onHosts } from './shared';

const KEYED = 'replaceableComment_';

/**
 * LinkedIn serves two DOMs side by side. The Ember ("voyager") one: each comment is an
 * article.comments-comment-entity whose data-id is its URN, replies nested inside their parent,
 * a Quill box. The newer React one: each comment is keyed `componentkey="replaceableComment_<URN>"`,
 * its parts named by data-view-name (comment-… or reply-…), a Tiptap (ProseMirror) box.
 */
export const linkedin: SiteAdapter = {
  name: 'linkedin',
  platform: 'linkedin',
  detect: onHosts(/(^|\.)linkedin\.com$/),
  threadPath: /^\/(feed\/update|posts)\//,
  comment: `article.comments-comment-entity[data-id^="urn:li:comment:"], article[data-id^="urn:li:comment:"], [componentkey^="${KEYED}urn:li:comment:"]`,
  text: '.comments-comment-item__main-content, [data-view-name="comment-commentary"], [data-testid="expandable-text-box"]',
  authorName: '.comments-comment-meta__description-title, a[data-view-name$="-actor-description"] p',
  authorHandle: 'a.comments-comment-meta__description-container, a.comments-comment-meta__image-link, a[data-view-name$="-actor-description"], a[data-view-name$="-actor-picture"]',
  handleFromHref: true,
  truncation: 'button.comments-comment-item__see-more, button[class*="see-more"], button[data-testid="expandable-text-button"][aria-expanded="false"]',
  composer:
    '.comments-comment-box__form .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor, [data-view-name="comment-box"] [contenteditable="true"], [componentkey^="commentBox-"] .ProseMirror[contenteditable="true"]',
  replyButton: 'button.comments-comment-social-bar__reply-action-button--cr, button[class*="reply-action"], button[data-view-name="comment-reply"], button[aria-label="Reply"]',
  sendButton: 'button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr, button[data-view-name="comment-post"]',
  editor: 'quill',
  id: (comment) => comment.getAttribute('data-id') || comment.getAttribute('componentkey')?.slice(KEYED.length) || null,
};
