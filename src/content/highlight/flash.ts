/**
 * A brief outline around a comment the communicator picked in the panel. Like the badge it is a
 * host on <html> with a closed shadow root and a constructed stylesheet (works under strict CSPs);
 * the site's own nodes are never touched.
 */
const CSS = `
:host { position: fixed !important; z-index: 2147483645 !important; pointer-events: none !important; display: block !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; }
div { position: absolute; inset: 0; border: 3px solid #2f6f5e; border-radius: 8px; box-shadow: 0 0 0 4px rgb(47 111 94 / 0.25);
  animation: fade 2.4s ease-out forwards; }
@keyframes fade { 0%, 70% { opacity: 1; } 100% { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { div { animation: none; } }
`;

const SHOWN_MS = 2_400;
let sheet: CSSStyleSheet | undefined;
let current: { host: HTMLElement; stop(): void } | undefined;

export function reveal(el: Element): void {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  current?.stop();
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];
  shadow.append(document.createElement('div'));
  host.dataset.parleyHighlight = '';
  let frame = 0;
  const place = () => {
    frame = 0;
    const box = el.getBoundingClientRect();
    for (const [prop, value] of [['left', box.left - 4], ['top', box.top - 4], ['width', box.width + 8], ['height', box.height + 8]] as const) {
      host.style.setProperty(prop, `${Math.round(value)}px`, 'important');
    }
  };
  const follow = () => {
    frame ||= requestAnimationFrame(place);
  };
  place();
  document.documentElement.append(host);
  addEventListener('scroll', follow, { capture: true, passive: true });
  const timer = setTimeout(() => stop(), SHOWN_MS);
  const stop = () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    removeEventListener('scroll', follow, { capture: true });
    host.remove();
    if (current?.host === host) current = undefined;
  };
  current = { host, stop };
}
