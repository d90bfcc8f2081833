import type { SiteAdapter } from './types';
import { onHosts, searchParam } from './shared';

/**
 * YouTube: Polymer elements; ytd-comment-view-model replaced ytd-comment-renderer around 2024,
 * both are read. A comment's id is the `lc` parameter of its time link; a reply's id is
 * "<thread id>.<reply id>", so the parent is in the id itself.
 */
export const youtube: SiteAdapter = {
  name: 'youtube',
  platform: 'youtube',
  detect: onHosts(/(^|\.)youtube\.com$/),
  threadPath: /^\/(watch|shorts\/)/,
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  text: '#content-text',
  authorName: '#author-text',
  authorHandle: '#author-text',
  permalink: '#published-time-text a, a#published-time-text',
  truncation: 'tp-yt-paper-button#more:not([hidden]), #more:not([hidden])',
  composer: '#contenteditable-root[contenteditable]',
  replyButton: '#reply-button-end button, ytd-button-renderer#reply-button-end',
  sendButton: '#submit-button button, #submit-button',
  editor: 'contenteditable',
  id: (_el, permalink) => searchParam(permalink, 'lc'),
  // YouTube threads are one level deep (replies answer top-level comments only), and a reply's id
  // names its thread: the id says the depth whatever the replies container is called.
  depth: (el, permalink) => (searchParam(permalink, 'lc')?.includes('.') || el.closest('ytd-comment-replies-renderer') ? 1 : 0),
  parentId: (_el, permalink) => {
    const id = searchParam(permalink, 'lc');
    const dot = id?.indexOf('.') ?? -1;
    return id && dot > 0 ? id.slice(0, dot) : undefined;
  },
};
