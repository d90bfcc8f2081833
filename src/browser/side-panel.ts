/** Chrome's side panel; Firefox's sidebar is wired in the Firefox build. */
export async function openPanelOnActionClick(): Promise<void> {
  await chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
}

/** Must be called directly inside a user gesture (a command or click), with no await before it. */
export function openPanel(tabId: number): Promise<void> {
  return chrome.sidePanel.open({ tabId });
}
