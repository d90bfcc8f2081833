import type { Platform } from '../../core/pack/schema';

/**
 * A site adapter is data first: where things are on the page. The shared scanner does the
 * reading; the few functions here cover what selectors cannot say.
 */
export interface SiteAdapter {
  platform: Platform;
  /** Recognise the site: by host for built-in sites, by markup for self-hosted ones (Mastodon). */
  detect(location: Location, document: Document): boolean;
  /** Each element matching this is one comment (or the post the comments answer). */
  comment: string;
  text: string;
  authorName?: string;
  /** Element whose text holds the @handle. */
  authorHandle?: string;
  /** Attribute of the comment element that holds the author's handle (Reddit). */
  authorAttribute?: string;
  /** Link to the comment; ":scope" reads the comment element's own permalink attribute. */
  permalink?: string;
  time?: string;
  /** A "see more" control inside the comment means the text is truncated. */
  truncation?: string;
  /** The site's own id for a comment, from an attribute or its permalink. */
  id(comment: Element, permalink: string | undefined): string | null;
  /** Nesting depth; 0 is the post or a top-level comment. */
  depth?(comment: Element): number;
  parentId?(comment: Element, all: Element[]): string | undefined;
}
