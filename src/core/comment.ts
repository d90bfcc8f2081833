import { z } from 'zod';
import { Platform } from './pack/schema';

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

export const PageReport = z.object({
  url: z.string().max(4_000),
  platform: Platform,
  comments: z.array(PageComment).max(20_000),
});
export type PageReport = z.infer<typeof PageReport>;
