/**
 * The markers' styles, adopted into their closed shadow root as a constructed stylesheet (pages
 * with style-src 'self' block injected <style>, not these). The host is a zero-size box fixed at
 * the viewport's corner; each marker is placed by a transform set through the CSSOM.
 */
export const MARKS_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  left: 0 !important;
  top: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  display: block !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  z-index: 2147483644 !important;
  pointer-events: none !important;
}
button {
  all: unset;
  position: absolute;
  left: 0;
  top: 0;
  box-sizing: border-box;
  width: 16px;
  height: 16px;
  display: grid;
  place-items: center;
  border-radius: 50%;
  cursor: pointer;
  pointer-events: auto;
  --dot: #b45309;
  --ring: rgb(255 255 255 / 90%);
}
button[data-urgent] { --dot: #b91c1c; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
span {
  width: 8px;
  height: 8px;
  border-radius: 50%;
  background: var(--dot);
  box-shadow: 0 0 0 2px var(--ring);
  opacity: 0.8;
  transition: opacity 0.15s, transform 0.15s;
  animation: appear 0.2s ease-out;
}
button:hover span, button:focus-visible span { opacity: 1; transform: scale(1.3); }
@keyframes appear { from { opacity: 0; transform: scale(0.4); } }
@media (prefers-color-scheme: dark) {
  button { --dot: #f59e0b; --ring: rgb(0 0 0 / 70%); }
  button[data-urgent] { --dot: #f87171; }
}
@media (prefers-reduced-motion: reduce) {
  span { transition: none; animation: none; }
}
`;
