import type { SiteAdapter } from './types';

/** YouTube: Polymer elements; ytd-comment-view-model replaced ytd-comment-renderer around 2024, both are read. */
export const youtube: SiteAdapter = {
  platform: 'youtube',
  detect: (loc) => /(^|\.)youtube\.com$/.test(loc.hostname),
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  text: '#content-text',
  authorName: '#author-text',
  authorHandle: '#author-text',
  permalink: '#published-time-text a, a#published-time-text, .published-time-text a',
  truncation: 'tp-yt-paper-button#more:not([hidden])',
  id: (_el, permalink) => (permalink ? new URL(permalink, 'https://www.youtube.com').searchParams.get('lc') : null),
  depth: (el) => (el.closest('ytd-comment-replies-renderer') ? 1 : 0),
  parentId: (el) => {
    const thread = el.closest('ytd-comment-thread-renderer');
    const top = thread?.querySelector(':scope > #comment, ytd-comment-view-model, ytd-comment-renderer');
    if (!top || top === el || !el.closest('ytd-comment-replies-renderer')) return undefined;
    const href = top.querySelector('#published-time-text a, a#published-time-text')?.getAttribute('href');
    return href ? new URL(href, 'https://www.youtube.com').searchParams.get('lc') ?? undefined : undefined;
  },
};
