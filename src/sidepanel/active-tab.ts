import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/**
 * The tab the panel describes: `?tab=<id>` when given (tests, or a panel opened for one tab),
 * otherwise the active tab of this window, followed as the user switches tabs.
 */
export function useActiveTabId(): number | null {
  const fixed = Number(new URLSearchParams(location.search).get('tab'));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) && fixed > 0 ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed) && fixed > 0) return;
    const refresh = () =>
      browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    void refresh();
    const onActivated = () => void refresh();
    const onUpdated = (_id: number, change: { status?: string }) => change.status === 'complete' && void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tabId;
}
