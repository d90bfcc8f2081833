import type { AdapterStatus, PageComment } from '../core/comment';
import type { SiteAdapter } from './sites/types';
import { HEALTH_FIELDS, commentIdentity, isOwn, readComment, type HealthField, type PageAddress, type ReadContext } from './scan';

/** PageReport's limit; a page with more comments is read up to here. */
export const MAX_COMMENTS = 20_000;

export interface Delta {
  comments: PageComment[];
  removed: string[];
}

interface Known {
  el: Element | null;
  comment: PageComment;
}

/**
 * The page's comments as far as they have been read. Mutations only note nodes (cheap); `work`
 * finds the comments in what was added and reads them in slices, each element once unless
 * something inside it changed, those near the screen first. With `readAll` off, only comments
 * near the screen are read. Only comments whose content changed come out of `work`.
 */
export class CommentTracker {
  /** Nodes added to the page, not yet searched for comments. */
  private added: Element[] = [];
  private readonly pending = new Set<Element>();
  /** Pending comments on or near the screen: read before the others, and the only ones read until `readAll`. */
  private readonly soon = new Set<Element>();
  /** Elements to watch for coming near the screen: comments now pending, and (near-only) added nodes not searched yet. */
  private fresh: Element[] = [];
  /** Near-only: added nodes searched for comments once they come near the screen. */
  private readonly unsearched = new WeakSet<Element>();
  /** Read every comment on the page, not only those near the screen (`prioritise`d). */
  private everything = true;
  private readonly idOf = new WeakMap<Element, string>();
  private readonly known = new Map<string, Known>();
  private readonly matched = new Set<HealthField>();
  private removalsNoted = false;
  private ownHandles: ReadonlySet<string>;
  /** More comments than the limit were seen. */
  overflow = false;

  constructor(
    readonly adapter: SiteAdapter,
    /** The address comment links are resolved against: a copy (`linkBase`), not the live `location`. */
    private readonly location: PageAddress,
    ownHandles: ReadonlySet<string>,
    private readonly limit = MAX_COMMENTS,
  ) {
    this.ownHandles = ownHandles;
  }

  get size(): number {
    return this.known.size;
  }

  /** The element of a comment read on this page, while it is still in the document. */
  elementOf(id: string): Element | null {
    const el = this.known.get(id)?.el;
    return el?.isConnected ? el : null;
  }

  /** Whether `work` has anything to do now. */
  get hasWork(): boolean {
    const toRead = this.everything ? this.pending.size > 0 : this.fresh.length > 0 || this.soon.size > 0;
    return this.added.length > 0 || toRead || this.removalsNoted;
  }

  /** From now on read only what comes near the screen (`prioritise`). */
  nearOnly(): void {
    this.everything = false;
  }

  /** From now on read every comment, starting with those on the page under `root`. */
  readAll(root: ParentNode): void {
    if (this.everything) return;
    this.everything = true;
    this.noteAll(root);
  }

  /** Comment elements found but not read yet. */
  get waiting(): number {
    return this.pending.size;
  }

  /** The elements to watch that came since the last call (those read meanwhile are left out). */
  takeFresh(): Element[] {
    const fresh = this.fresh.filter((el) => this.pending.has(el) || this.unsearched.has(el));
    this.fresh = [];
    return fresh;
  }

  /**
   * This element came near the screen: a pending comment is read soon, an added node not searched
   * yet is searched now (its comments are then watched in turn). False when it is neither.
   */
  prioritise(el: Element): boolean {
    if (this.pending.has(el)) {
      this.soon.add(el);
      return true;
    }
    if (!this.unsearched.has(el)) return false;
    this.unsearched.delete(el);
    this.searchIn(el);
    if (this.pending.has(el)) this.soon.add(el);
    return true;
  }

  /** Every comment under `root`, e.g. the whole document after a navigation. */
  noteAll(root: ParentNode): void {
    for (const el of root.querySelectorAll(this.adapter.comment)) this.wait(el);
  }

  /**
   * An element was added: it may be a comment or hold comments, searched when `work` runs or,
   * near the screen only, once it comes near (it is handed out by `takeFresh` to be watched).
   */
  noteAdded(node: Node): void {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (this.everything) this.added.push(el);
    else {
      this.unsearched.add(el);
      this.fresh.push(el);
    }
  }

  /** Something inside this node changed: re-read the comment that holds it. */
  noteChanged(node: Node): void {
    const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const holder = start?.closest(this.adapter.comment);
    if (holder) this.wait(holder);
  }

  private wait(el: Element): void {
    if (this.pending.has(el)) return;
    this.pending.add(el);
    this.fresh.push(el);
  }

  noteRemoved(): void {
    this.removalsNoted = true;
  }

  /** The pack's accounts changed: the comments whose "own" flag flips. */
  setOwnHandles(handles: ReadonlySet<string>): PageComment[] {
    this.ownHandles = handles;
    const changed: PageComment[] = [];
    for (const k of this.known.values()) {
      const own = isOwn(k.comment.author.handle, this.adapter, this.location, handles);
      if (own === k.comment.own) continue;
      k.comment = { ...k.comment, own };
      changed.push(k.comment);
    }
    return changed;
  }

  /**
   * Read pending comments until `enough()` says the slice is used up (checked between comments).
   * Elements removed by the page meanwhile are skipped; one that throws is skipped too.
   */
  work(enough: () => boolean): Delta {
    const comments: PageComment[] = [];
    const removed: string[] = [];
    const ctx: ReadContext = { adapter: this.adapter, location: this.location, ownHandles: this.ownHandles, ids: (el) => this.idFor(el, ctx) };
    if (this.everything) this.search(enough);
    for (const queue of this.everything ? [this.soon, this.pending] : [this.soon]) {
      for (const el of queue) {
        if (enough()) break;
        this.soon.delete(el);
        this.pending.delete(el);
        if (!el.isConnected) continue;
        const changed = this.read(el, ctx, removed);
        if (changed) comments.push(changed);
      }
    }
    if (this.removalsNoted && !enough()) {
      this.removalsNoted = false;
      for (const [id, k] of this.known) {
        if (!k.el || k.el.isConnected) continue;
        // On a virtualised list a comment scrolled away still exists: keep it, drop the node.
        if (this.adapter.virtualised) k.el = null;
        else {
          this.known.delete(id);
          removed.push(id);
        }
      }
    }
    return { comments, removed };
  }

  status(isThreadPage: boolean, graceOver: boolean): AdapterStatus {
    if (this.adapter.name === 'generic') return { id: 'generic', status: 'generic', failed: [] };
    if (!this.known.size) {
      const missing = isThreadPage && graceOver && !this.pending.size && !this.added.length && !document.querySelector(this.adapter.comment);
      return { id: this.adapter.name, status: missing ? 'missing' : 'ok', failed: missing ? ['comment'] : [] };
    }
    const failed = HEALTH_FIELDS.filter((f) => this.adapter[f] && !this.matched.has(f));
    return { id: this.adapter.name, status: 'ok', failed };
  }

  /** Find the comments in the nodes added since the last search. */
  private search(enough: () => boolean): void {
    let i = 0;
    while (i < this.added.length && !enough()) this.searchIn(this.added[i++]!);
    this.added = this.added.slice(i);
  }

  private searchIn(el: Element): void {
    const { comment, readAgainOnAdd } = this.adapter;
    const before = this.pending.size;
    if (el.matches(comment)) this.wait(el);
    if (el.firstElementChild) for (const inner of el.querySelectorAll(comment)) this.wait(inner);
    if (readAgainOnAdd && this.pending.size > before) {
      for (const again of el.ownerDocument.querySelectorAll(readAgainOnAdd)) if (this.idOf.has(again)) this.wait(again);
    }
  }

  private idFor(el: Element, ctx: ReadContext): string | undefined {
    const cached = this.idOf.get(el);
    if (cached) return cached;
    // A deleted parent still has its id: only the identity is read, not the whole comment.
    const id = commentIdentity(el, ctx.adapter, ctx.location)?.id;
    if (id) this.idOf.set(el, id);
    return id;
  }

  private read(el: Element, ctx: ReadContext, removed: string[]): PageComment | null {
    const read = safeRead(el, ctx);
    if (!read) return null;
    const { comment } = read;
    for (const f of read.matched) this.matched.add(f);
    // Frameworks reuse elements for other data (YouTube after a navigation): the old comment is gone.
    const before = this.idOf.get(el);
    if (before && before !== comment.id && this.known.get(before)?.el === el) {
      this.known.delete(before);
      removed.push(before);
    }
    this.idOf.set(el, comment.id);
    const previous = this.known.get(comment.id);
    if (!previous && this.known.size >= this.limit) {
      this.overflow = true;
      return null;
    }
    if (previous && sameComment(previous.comment, comment)) {
      previous.el = el;
      return null;
    }
    this.known.set(comment.id, { el, comment });
    return comment;
  }
}

function sameComment(a: PageComment, b: PageComment): boolean {
  return (
    a.text === b.text &&
    a.author.name === b.author.name &&
    a.author.handle === b.author.handle &&
    a.permalink === b.permalink &&
    a.time === b.time &&
    a.parentId === b.parentId &&
    a.depth === b.depth &&
    a.own === b.own &&
    a.truncated === b.truncated
  );
}

function safeRead(el: Element, ctx: ReadContext) {
  try {
    return readComment(el, ctx);
  } catch (err) {
    // A page tearing nodes down mid-read, or an adapter hook tripping on odd markup: skip it.
    console.debug('[parley] skipped a comment', err);
    return null;
  }
}
