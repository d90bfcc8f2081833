import { z } from 'zod';
import { EditorKind, Platform } from './pack/schema';

/** A comment as a site adapter reads it off the page. Page text is data, never markup. */
export const PageComment = z.object({
  id: z.string().min(1).max(500),
  author: z.object({
    name: z.string().max(500),
    handle: z.string().max(500).optional(),
  }),
  text: z.string().max(20_000),
  permalink: z.string().max(2_000).optional(),
  /** ISO timestamp when the site shows one. */
  time: z.string().max(100).optional(),
  parentId: z.string().max(500).optional(),
  depth: z.number().int().min(0).max(100),
  /** Written by one of the organisation's own accounts. */
  own: z.boolean(),
  /** The site truncated the text ("see more"). */
  truncated: z.boolean().optional(),
});
export type PageComment = z.infer<typeof PageComment>;

/** How the page's adapter fared: `missing` means it expected comments and found none (the site may have changed). */
export const AdapterStatus = z.object({
  /** Adapter id: a platform, or "generic". */
  id: z.string().max(50),
  status: z.enum(['ok', 'missing', 'generic']),
  /** Selector fields that matched nothing, for the "broken here" report (no page text). */
  failed: z.array(z.string().max(50)).max(50).default([]),
});
export type AdapterStatus = z.infer<typeof AdapterStatus>;

/** The reply box the communicator is typing in. */
export const Composer = z.object({
  /** Stable for one editor element while the page lives. */
  key: z.string().max(100),
  editor: EditorKind,
  /** The comment this box answers (its reply button opened it, or it sits under it); null: a new top-level reply. */
  replyTo: z.string().max(500).nullable(),
  /** Where inserted text will land, for the panel: "Reply to @maria in thread …". */
  label: z.string().max(300),
});
export type Composer = z.infer<typeof Composer>;

/**
 * What the content script saw since its last report. `reset` starts the page over (first report,
 * SPA navigation); otherwise `comments` are added or changed ones and `removed` the ids gone.
 */
export const PageReport = z.object({
  url: z.string().max(4_000),
  platform: Platform,
  adapter: AdapterStatus,
  reset: z.boolean(),
  comments: z.array(PageComment).max(20_000),
  removed: z.array(z.string().max(500)).max(20_000).default([]),
});
export type PageReport = z.infer<typeof PageReport>;
