import type { PageMark, PageMarks } from '../../message-views';
import { PANEL_OPENS_FROM_PAGE } from '../../browser/platform';
import { say } from '../composer/words';
import { markLabel } from './mark-label';
import { MARKS_CSS } from './marks-style';
import { markPosition } from './marks-place';

/** Sites move comments with transforms, and content added above them moves them, unreported: while markers are on screen, look again this often. */
const RECHECK_MS = 1_000;
/** More dots than this on one screen say nothing more, and each one is measured every time it may have moved. */
const MAX_SHOWN = 60;

interface Entry {
  id: string;
  mark: PageMark;
  el: Element | null;
  button: HTMLButtonElement | null;
  /** The comment is laid out right to left (its start side is the right): read once per element, when first measured. */
  rtl?: boolean;
}

let sheet: CSSStyleSheet | undefined;
/** Asked once: each call crosses into the browser. */
let uiLanguage: string | undefined;

/**
 * A small dot beside each comment on screen that needs an answer, saying why (title and accessible
 * name); a click opens the panel. The dots live in one closed shadow root on a host appended to
 * <html> and follow their comments by position only: an IntersectionObserver says which comments
 * are on screen, and only those are measured (at most MAX_SHOWN). Positions come from a second
 * IntersectionObserver, which is asked again whenever a comment may have moved: the browser hands
 * over the boxes of its own next layout. Reading a box ourselves (getBoundingClientRect) would,
 * whenever the page changed since its last frame, make the browser lay out the whole page again
 * for us: tens of milliseconds on a long thread.
 */
export class Marks {
  private readonly host = document.createElement('div');
  private readonly layer = document.createElement('div');
  private readonly entries = new Map<string, Entry>();
  private readonly byElement = new WeakMap<Element, Entry>();
  private readonly onScreen = new Set<Entry>();
  private readonly visibility = new IntersectionObserver((records) => this.seen(records));
  private readonly measurer = new IntersectionObserver((records) => this.measured(records));
  private readonly follow = () => this.schedule();
  private on = false;
  private due = 0;
  private recheck = 0;
  private resolveDue = false;

  constructor(
    private readonly find: (id: string) => Element | null,
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
    const changed: Entry[] = [];
    for (const mark of update.set) {
      let entry = this.entries.get(mark.id);
      if (!entry) this.entries.set(mark.id, (entry = { id: mark.id, mark, el: null, button: null }));
      else {
        entry.mark = mark;
        if (entry.button) this.dress(entry);
      }
      changed.push(entry);
    }
    // Finding the elements reads no layout; the IntersectionObserver then says which to draw.
    if (this.on) for (const entry of changed) this.resolve(entry);
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
    this.measurer.disconnect();
    removeEventListener('scroll', this.follow, { capture: true });
    removeEventListener('resize', this.follow);
    clearTimeout(this.due);
    clearTimeout(this.recheck);
    this.due = this.recheck = 0;
    this.host.remove();
  }

  private drop(entry: Entry): void {
    this.detach(entry);
    this.entries.delete(entry.id);
  }

  private detach(entry: Entry): void {
    if (entry.el) {
      this.visibility.unobserve(entry.el);
      this.measurer.unobserve(entry.el);
      this.byElement.delete(entry.el);
    }
    entry.el = null;
    entry.rtl = undefined;
    entry.button?.remove();
    entry.button = null;
    this.onScreen.delete(entry);
  }

  /** Find the marked comments' elements again: they may have appeared, gone, or been replaced by the site. */
  private resolveAll(): void {
    for (const entry of this.entries.values()) if (!entry.el?.isConnected) this.resolve(entry);
  }

  private resolve(entry: Entry): void {
    const el = this.find(entry.id);
    if (el === entry.el) return;
    this.detach(entry);
    if (!el) return;
    entry.el = el;
    this.byElement.set(el, entry);
    this.visibility.observe(el);
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
    if (!this.on || this.due) return;
    this.due = window.setTimeout(() => this.measure());
  }

  /** Ask for the on-screen comments' boxes: observing an element again reports it after the next layout. */
  private measure(): void {
    this.due = 0;
    if (this.resolveDue) {
      this.resolveDue = false;
      this.resolveAll();
    }
    let shown = 0;
    for (const entry of this.onScreen) {
      if (shown++ >= MAX_SHOWN) {
        entry.button?.remove();
        continue;
      }
      this.measurer.unobserve(entry.el!);
      this.measurer.observe(entry.el!);
    }
    if (this.onScreen.size && !this.recheck) {
      this.recheck = window.setTimeout(() => {
        this.recheck = 0;
        this.schedule(true);
      }, RECHECK_MS);
    }
  }

  private measured(records: IntersectionObserverEntry[]): void {
    for (const record of records) {
      const entry = this.byElement.get(record.target);
      if (!entry || entry.el !== record.target || !this.onScreen.has(entry)) continue;
      // Read once per element; the layout it needs was just done by the browser.
      entry.rtl ??= getComputedStyle(record.target).direction === 'rtl';
      this.place(entry, record.boundingClientRect, record.rootBounds?.width ?? innerWidth);
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
    const why = markLabel(entry.mark, Date.now(), (uiLanguage ??= chrome.i18n.getUILanguage()), say);
    const label = `${why}. ${say(PANEL_OPENS_FROM_PAGE ? 'mark_openHint' : 'badge_openHint')}`;
    button.title = label;
    button.setAttribute('aria-label', label);
  }
}
