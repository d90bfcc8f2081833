import { say as t } from '../composer/words';
import type { ReadinessBadge } from '../../message-views';
import { BADGE_CSS } from './badge-style';
import { PANEL_OPENS_FROM_PAGE } from '../../browser/platform';

const SYMBOL = { ready: '✓', check: '!', stop: '✕' } as const;

let sheet: CSSStyleSheet | undefined;

/**
 * A small badge at the corner of the focused reply box: the draft's readiness, a click opens the
 * panel. It lives in a closed shadow root on a host appended to <html>, never inside the editor
 * or the site's own tree, and follows the box by position only.
 */
export class Badge {
  private readonly host = document.createElement('div');
  private readonly button = document.createElement('button');
  private anchor: HTMLElement | null = null;
  private frame = 0;

  constructor(onOpen: () => void) {
    const shadow = this.host.attachShadow({ mode: 'closed' });
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS);
    shadow.adoptedStyleSheets = [sheet];
    this.button.type = 'button';
    shadow.append(this.button);
    // Keep the caret in the reply box, and keep our clicks and keys away from the site's handlers.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', (e) => {
      e.stopPropagation();
      // Where the browser will not open its sidebar for a click in a page, the label says how to.
      if (PANEL_OPENS_FROM_PAGE) onOpen();
    });
    for (const type of ['keydown', 'keyup', 'keypress', 'mouseup', 'pointerdown', 'pointerup']) {
      shadow.addEventListener(type, (e) => e.stopPropagation());
    }
    const follow = () => this.schedule();
    addEventListener('scroll', follow, { capture: true, passive: true });
    addEventListener('resize', follow, { passive: true });
  }

  show(anchor: HTMLElement, state: ReadinessBadge): void {
    this.anchor = anchor;
    const { readiness, counts } = state;
    this.button.dataset.readiness = readiness;
    const count = readiness === 'stop' ? counts.error : counts.warning;
    this.button.textContent = count > 1 && readiness !== 'ready' ? String(Math.min(count, 99)) : SYMBOL[readiness];
    const verdict = t(`badge_${readiness}`, String(counts.error), String(counts.warning));
    const label = PANEL_OPENS_FROM_PAGE ? verdict : `${verdict} ${t('badge_openHint')}`;
    this.button.title = label;
    this.button.setAttribute('aria-label', label);
    this.place();
  }

  hide(): void {
    this.anchor = null;
    this.host.remove();
  }

  private schedule(): void {
    if (!this.anchor || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  private place(): void {
    if (!this.anchor?.isConnected) return this.hide();
    const box = this.anchor.getBoundingClientRect();
    // A box the site hid (display: none) takes its badge away until it shows again.
    if (box.width === 0 && box.height === 0) {
      this.host.remove();
      return;
    }
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.host.style.setProperty('left', `${Math.round(box.right - 26)}px`, 'important');
    this.host.style.setProperty('top', `${Math.round(box.bottom - 26)}px`, 'important');
  }
}
