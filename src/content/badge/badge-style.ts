/**
 * The badge's styles, adopted into its closed shadow root as a constructed stylesheet: pages with
 * a strict CSP (Mastodon's style-src 'self') block injected <style> elements but not these, and
 * the page's CSS cannot reach inside. `!important` inside the shadow root wins over the page's own
 * rules for the host (Reddit hides undefined elements and forces visibility on popups). Its
 * position (left/top) is left to the host's inline style, set through the CSSOM, which CSP allows.
 */
export const BADGE_CSS = `
:host {
  position: fixed !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  transform: none !important;
  opacity: 1 !important;
  z-index: 2147483646 !important;
  display: block !important;
  visibility: visible !important;
  width: 22px !important;
  height: 22px !important;
  pointer-events: auto !important;
}
button {
  all: unset;
  box-sizing: border-box;
  width: 22px;
  height: 22px;
  border-radius: 50%;
  display: grid;
  place-items: center;
  font: 600 11px/1 system-ui, sans-serif;
  color: #fff;
  cursor: pointer;
  box-shadow: 0 1px 3px rgb(0 0 0 / 30%);
  opacity: 0.85;
}
button:hover, button:focus-visible { opacity: 1; outline: 2px solid #1d4ed8; outline-offset: 1px; }
button[data-readiness="ready"] { background: #15803d; }
button[data-readiness="check"] { background: #b45309; }
button[data-readiness="stop"] { background: #b91c1c; }
`;
