// What differs between browsers where code outside src/browser/ must choose; no imports, so content scripts stay small.
// The Firefox build uses platform.firefox.ts instead.

/** Whether the worker can open the panel when a click in the page asks it to ('panel/open'). */
export const PANEL_OPENS_FROM_PAGE: boolean = true;
