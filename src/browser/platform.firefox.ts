import type * as Chrome from './platform';

/** Firefox opens its sidebar only inside its own user actions (toolbar button, shortcut, menus), not for a message sent from a click in the page. */
export const PANEL_OPENS_FROM_PAGE: typeof Chrome.PANEL_OPENS_FROM_PAGE = false;
