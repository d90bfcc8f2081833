import type { SiteAdapter } from './types';
import { attribute, onHosts } from './shared';

/**
 * LinkedIn (the Ember "voyager" DOM still served to most): each comment is an
 * article.comments-comment-entity whose data-id is its URN; replies nest inside their parent.
 */
export const linkedin: SiteAdapter = {
  name: 'linkedin',
  platform: 'linkedin',
  detect: onHosts(/(^|\.)linkedin\.com$/),
  threadPath: /^\/(feed\/update|posts)\//,
  comment: 'article.comments-comment-entity[data-id^="urn:li:comment:"], article[data-id^="urn:li:comment:"]',
  text: '.comments-comment-item__main-content',
  authorName: '.comments-comment-meta__description-title',
  authorHandle: 'a.comments-comment-meta__description-container, a.comments-comment-meta__image-link',
  handleFromHref: true,
  truncation: 'button.comments-comment-item__see-more, button[class*="see-more"]',
  composer: '.comments-comment-box__form .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor',
  replyButton: 'button.comments-comment-social-bar__reply-action-button--cr, button[class*="reply-action"]',
  sendButton: 'button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr',
  editor: 'quill',
  id: attribute('data-id'),
};
