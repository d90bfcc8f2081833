/** One screen above and below the viewport counts as near. */
const MARGIN = '100% 0px';

/**
 * Which of the comments waiting to be read are on or near the screen, from one
 * IntersectionObserver (no layout read of ours): until the page's whole queue is asked for, only
 * these are read; after that they are read first while reading lags behind the page.
 */
export class NearScreen {
  static readonly available = typeof IntersectionObserver === 'function';

  private observer: IntersectionObserver | null = null;
  private watched = new WeakSet<Element>();

  constructor(private readonly onNear: (el: Element) => void) {}

  watch(elements: Iterable<Element>): void {
    if (!NearScreen.available) return;
    this.observer ??= new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) this.onNear(e.target);
    }, { rootMargin: MARGIN });
    for (const el of elements) {
      if (this.watched.has(el)) continue;
      this.watched.add(el);
      this.observer.observe(el);
    }
  }

  /** Stop watching one element (it was read). */
  unwatch(el: Element): void {
    this.observer?.unobserve(el);
    this.watched.delete(el);
  }

  /** Reading caught up: stop watching. */
  clear(): void {
    if (!this.observer) return;
    this.observer.disconnect();
    this.observer = null;
    this.watched = new WeakSet();
  }
}
