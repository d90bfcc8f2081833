import type { EditorKind, Platform } from '../../core/pack/schema';

/**
 * Where things are on one site. A site adapter is data first: selectors and attribute names,
 * all of which a pack's `sites` section can replace field by field. The few functions cover what
 * a selector cannot say (ids inside permalinks, nesting).
 *
 * Selector fields are relative to the comment element; ":scope" means the comment element itself.
 */
export interface SiteSelectors {
  /** Each element matching this is one comment (or the post the comments answer). */
  comment: string;
  text: string;
  authorName?: string;
  /** Element whose text (or `href`, see `handleFromHref`) holds the @handle. */
  authorHandle?: string;
  /** Attribute of the comment element that holds the author's handle (Reddit). */
  authorAttribute?: string;
  /** Link to the comment, or an element inside that link (cheaper to match than `a:has(…)`). */
  permalink?: string;
  /** Element carrying a `datetime` attribute. */
  time?: string;
  /** A "see more" control inside the comment: the site shows only part of the text. */
  truncation?: string;
  // Composer tracking reads these; detection only passes them through so overrides reach it.
  composer?: string;
  replyButton?: string;
  sendButton?: string;
  counter?: string;
  editor?: EditorKind;
}

export type SelectorField = Exclude<keyof SiteSelectors, 'editor'>;

export interface SiteAdapter extends SiteSelectors {
  /** "x", "reddit-old", "generic"… shown in the adapter status. */
  name: string;
  platform: Platform;
  /** Recognise the site: by host for built-in sites, by markup for self-hosted ones (Mastodon). */
  detect(location: Location, document: Document): boolean;
  /** Pages that show a thread, where finding no comment means the site changed. */
  threadPath?: RegExp;
  /** Attribute holding the permalink when the comment element carries it itself (Reddit). */
  permalinkAttribute?: string;
  /** The handle is the last path segment of the author link's href (LinkedIn /in/<slug>/, Instagram /<user>/). */
  handleFromHref?: boolean;
  /** The site drops comments that scroll out of view (X): a node leaving is not a comment deleted. */
  virtualised?: boolean;
  /**
   * Comments whose parent or depth depend on comments the site adds around them later (Mastodon's
   * focused status: its ancestors load after it): read again whenever new comments appear.
   */
  readAgainOnAdd?: string;
  /** The site's own id for a comment, from an attribute or its permalink. */
  id(comment: Element, permalink: string | undefined): string | null;
  /** False for an element that looks like a comment but is not part of the thread (X's recommended posts below the replies). */
  inThread?(comment: Element): boolean;
  /** Nesting depth; 0 is the post or a top-level comment. Default: comment ancestors. */
  depth?(comment: Element, permalink: string | undefined): number;
  /** The comment or post this one answers. Default: the nearest comment ancestor's id. */
  parentId?(comment: Element, permalink: string | undefined, ids: IdLookup): string | undefined;
  /** How the same account is written in the pack (Mastodon: "@user" on its home server is "@user@host"). */
  canonicalHandle?(handle: string, location: Pick<Location, 'hostname'>): string;
}

/** The id already read for a comment element, if it was read. */
export type IdLookup = (comment: Element) => string | undefined;
