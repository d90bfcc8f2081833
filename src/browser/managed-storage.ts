import browser from 'webextension-polyfill';

/**
 * Enterprise policy for this extension (chrome.storage.managed, described by
 * public/managed_schema.json). Empty when no policy is set or the browser has no managed storage.
 */
export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

/** Called when an administrator changes the policy while the browser runs. */
export function onManagedPolicyChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') listener();
  });
}
