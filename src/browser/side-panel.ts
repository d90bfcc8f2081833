/** Chrome's side panel. The Firefox build uses side-panel.firefox.ts instead (same exports). */

/** Call at the worker's top level on every start; the behaviour persists, so repeating it is harmless. */
export async function openPanelOnActionClick(): Promise<void> {
  await chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
}

/** Must be called directly inside a user gesture (a command or click), with no await before it. */
export function openPanel(tabId: number): Promise<void> {
  return chrome.sidePanel.open({ tabId });
}
