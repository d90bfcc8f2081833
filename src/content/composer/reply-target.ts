import type { SiteAdapter } from '../sites/types';
import { readComment } from '../scan';
import { linkBase } from '../sites';
import type { ReplyTarget } from './label';

/** A box that gains focus this soon after a click in a comment is the box that click opened. */
const OPENED_WITHIN_MS = 5_000;

export interface ResolvedTarget {
  id: string;
  target: ReplyTarget;
}

/**
 * Which comment a reply box answers: the comment it sits in, else the comment whose control
 * (its reply button) opened it. A box keeps the comment it was first bound to, so focusing the
 * post's box after clicking some comment's reply button does not make it a reply to that comment.
 */
export class ReplyTargets {
  private lastClick: { comment: Element; at: number } | null = null;
  private readonly bound = new WeakMap<Element, Element | null>();

  constructor(
    public adapter: SiteAdapter,
    private readonly now: () => number,
  ) {}

  noteClick(target: EventTarget | null): void {
    if (!(target instanceof Element)) return;
    const comment = target.closest(this.adapter.comment);
    if (comment) this.lastClick = { comment, at: this.now() };
  }

  resolve(editor: Element): ResolvedTarget | null {
    let comment = editor.closest(this.adapter.comment);
    if (!comment) {
      if (!this.bound.has(editor)) {
        const click = this.lastClick;
        const opened = click && click.comment.isConnected && this.now() - click.at <= OPENED_WITHIN_MS;
        this.bound.set(editor, opened ? click.comment : null);
        if (opened) this.lastClick = null;
      }
      comment = this.bound.get(editor) ?? null;
    }
    return comment?.isConnected ? readTarget(this.adapter, comment) : null;
  }
}

function readTarget(adapter: SiteAdapter, el: Element): ResolvedTarget | null {
  const read = readComment(el, { adapter, location: linkBase(adapter, location, document), ownHandles: new Set(), ids: () => undefined });
  if (!read) return null;
  const { id, author, text } = read.comment;
  return { id, target: { authorName: author.name, ...(author.handle ? { authorHandle: author.handle } : {}), text } };
}
