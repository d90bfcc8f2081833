import type { PageMark, PageMarks } from '../../message-views';
import { PANEL_OPENS_FROM_PAGE } from '../../browser/platform';
import { say } from '../composer/words';
import { markLabel } from './mark-label';
import { MARKS_CSS } from './marks-style';
import { markPosition } from './marks-place';

/** Sites move comments with transforms, and content added above them moves them, unreported: while markers are on screen, look again this often. */
const RECHECK_MS = 1_000;
/** More dots than this on one screen say nothing more, and each one is measured on every frame it moves. */
const MAX_SHOWN = 60;
const MAX_WAITS = 10;

interface Entry {
  id: string;
  mark: PageMark;
  el: Element | null;
  button: HTMLButtonElement | null;
  /** The comment is laid out right to left (its start side is the right): read once per element, when first measured. */
  rtl?: boolean;
}

let sheet: CSSStyleSheet | undefined;

/**
 * A small dot beside each comment on screen that needs an answer, saying why (title and accessible
 * name); a click opens the panel. The dots live in one closed shadow root on a host appended to
 * <html> and follow their comments by position only: an IntersectionObserver says which comments
 * are on screen, and only those are measured (at most MAX_SHOWN), once per frame at most. Positions
 * are read in a task just after the browser drew a frame, when its layout is fresh, and not when the
 * page changed its nodes since: then the first read would make the browser lay out the whole page
 * again, for us (tens of milliseconds on a long thread).
 */
export class Marks {
  private readonly host = document.createElement('div');
  private readonly layer = document.createElement('div');
  private readonly entries = new Map<string, Entry>();
  private readonly byElement = new WeakMap<Element, Entry>();
  private readonly onScreen = new Set<Entry>();
  private readonly visibility = new IntersectionObserver((records) => this.seen(records));
  private readonly follow = () => this.schedule();
  private on = false;
  private frame = 0;
  private afterFrame = 0;
  private drawnAt = 0;
  /** Frames waited for a page that keeps changing; past MAX_WAITS the dots are placed anyway. */
  private waits = 0;
  private recheck = 0;
  private resolveDue = false;

  constructor(
    private readonly find: (id: string) => Element | null,
    /** When the page last changed its nodes (performance.now()). */
    private readonly changedAt: () => number,
    /** Open the side panel at this comment. */
    private readonly onOpen: (commentId: string) => void,
  ) {
    const shadow = this.host.attachShadow({ mode: 'closed' });
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(MARKS_CSS);
    shadow.adoptedStyleSheets = [sheet];
    shadow.append(this.layer);
    this.host.dataset.parleyMarks = '';
    // Keep our clicks and keys away from the site's handlers.
    for (const type of ['click', 'keydown', 'keyup', 'keypress', 'mouseup', 'pointerdown', 'pointerup']) {
      shadow.addEventListener(type, (e) => e.stopPropagation());
    }
  }

  /** Take the worker's changes to the marked comments. */
  apply(update: PageMarks): void {
    const kept = update.reset ? new Set(update.set.map((m) => m.id)) : null;
    for (const entry of this.entries.values()) if (kept && !kept.has(entry.id)) this.drop(entry);
    for (const id of update.remove) {
      const entry = this.entries.get(id);
      if (entry) this.drop(entry);
    }
    for (const mark of update.set) {
      const entry = this.entries.get(mark.id);
      if (!entry) this.entries.set(mark.id, { id: mark.id, mark, el: null, button: null });
      else {
        entry.mark = mark;
        if (entry.button) this.dress(entry);
      }
    }
    // Finding the elements reads no layout; the IntersectionObserver then says which to draw.
    if (this.on) this.resolve();
  }

  /** The site's switches: off takes every marker away at once, on brings them back. */
  show(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    if (on) {
      addEventListener('scroll', this.follow, { capture: true, passive: true });
      addEventListener('resize', this.follow, { passive: true });
      this.schedule(true);
      return;
    }
    for (const entry of this.entries.values()) this.detach(entry);
    this.visibility.disconnect();
    removeEventListener('scroll', this.follow, { capture: true });
    removeEventListener('resize', this.follow);
    cancelAnimationFrame(this.frame);
    clearTimeout(this.afterFrame);
    clearTimeout(this.recheck);
    this.frame = this.afterFrame = this.recheck = 0;
    this.host.remove();
  }

  private drop(entry: Entry): void {
    this.detach(entry);
    this.entries.delete(entry.id);
  }

  private detach(entry: Entry): void {
    if (entry.el) {
      this.visibility.unobserve(entry.el);
      this.byElement.delete(entry.el);
    }
    entry.el = null;
    entry.rtl = undefined;
    entry.button?.remove();
    entry.button = null;
    this.onScreen.delete(entry);
  }

  /** Find each marked comment's element again: it may have appeared, gone, or been replaced by the site. */
  private resolve(): void {
    for (const entry of this.entries.values()) {
      const el = this.find(entry.id);
      if (el === entry.el) continue;
      this.detach(entry);
      if (!el) continue;
      entry.el = el;
      this.byElement.set(el, entry);
      this.visibility.observe(el);
    }
  }

  private seen(records: IntersectionObserverEntry[]): void {
    let redraw = false;
    for (const record of records) {
      const entry = this.byElement.get(record.target);
      if (!entry || entry.el !== record.target) continue;
      if (record.isIntersecting) {
        // Beyond the first MAX_SHOWN on screen it would not be drawn: nothing to measure.
        redraw ||= this.onScreen.size < MAX_SHOWN;
        this.onScreen.add(entry);
      } else {
        redraw ||= !!entry.button?.isConnected;
        this.onScreen.delete(entry);
        entry.button?.remove();
      }
    }
    if (redraw) this.schedule();
  }

  private schedule(resolve = false): void {
    this.resolveDue ||= resolve;
    if (!this.on || this.frame || this.afterFrame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawnAt = performance.now();
      this.afterFrame = window.setTimeout(() => this.draw());
    });
  }

  private draw(): void {
    this.afterFrame = 0;
    if (this.changedAt() > this.drawnAt && this.waits < MAX_WAITS) {
      this.waits++;
      this.schedule();
      return;
    }
    this.waits = 0;
    if (this.resolveDue) {
      this.resolveDue = false;
      this.resolve();
    }
    const boxes: Array<[Entry, DOMRect]> = [];
    for (const entry of this.onScreen) {
      if (boxes.length >= MAX_SHOWN) {
        entry.button?.remove();
        continue;
      }
      const el = entry.el!;
      boxes.push([entry, el.getBoundingClientRect()]);
      // Read with the boxes, before any marker moves: layout and style are fresh here, so it costs no extra pass.
      entry.rtl ??= getComputedStyle(el).direction === 'rtl';
    }
    const width = boxes.length ? document.documentElement.clientWidth || innerWidth : 0;
    for (const [entry, box] of boxes) this.place(entry, box, width);
    if (this.onScreen.size && !this.recheck) {
      this.recheck = window.setTimeout(() => {
        this.recheck = 0;
        this.schedule(true);
      }, RECHECK_MS);
    }
  }

  private place(entry: Entry, box: DOMRect, viewportWidth: number): void {
    if (!box.width && !box.height) {
      entry.button?.remove();
      return;
    }
    const button = entry.button ?? this.create(entry);
    if (!button.isConnected) this.layer.append(button);
    if (!this.host.isConnected) document.documentElement.append(this.host);
    const { x, y } = markPosition(box, entry.rtl ?? false, viewportWidth);
    button.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`);
  }

  private create(entry: Entry): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(document.createElement('span'));
    // Keep the caret where it is (a reply box being typed in).
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => {
      if (PANEL_OPENS_FROM_PAGE) this.onOpen(entry.mark.id);
    });
    // The label says how long the comment waits: fresh when someone looks.
    button.addEventListener('pointerenter', () => this.dress(entry));
    button.addEventListener('focus', () => this.dress(entry));
    entry.button = button;
    this.dress(entry);
    return button;
  }

  private dress(entry: Entry): void {
    const button = entry.button!;
    button.toggleAttribute('data-urgent', entry.mark.urgent);
    const why = markLabel(entry.mark, Date.now(), chrome.i18n.getUILanguage(), say);
    const label = `${why}. ${say(PANEL_OPENS_FROM_PAGE ? 'mark_openHint' : 'badge_openHint')}`;
    button.title = label;
    button.setAttribute('aria-label', label);
  }
}
