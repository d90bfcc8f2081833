import { send, type TabState } from '../messages';
import { t } from '../browser/i18n';
import { requestOrigin } from '../browser/site-access';
import { PackSummary } from '../ui/PackSummary';
import { useWorkerState } from '../ui/use-message';
import { useActiveTabId } from './active-tab';

export function App() {
  const tabId = useActiveTabId();
  const tab = useWorkerState(() => (tabId === null ? Promise.resolve(null) : send('tab/get', { tabId })), [tabId], tabId);
  const pack = useWorkerState(() => send('pack/status', {}), []);
  return (
    <main>
      <h1>Parley</h1>
      {tab.value ? <TabSummary state={tab.value} /> : <p class="muted">{tab.error ?? t('noTab')}</p>}
      <h2>{t('packInUse')}</h2>
      {pack.value ? <PackSummary status={pack.value} /> : <p class="muted">{pack.error ?? '…'}</p>}
    </main>
  );
}

function TabSummary({ state }: { state: TabState }) {
  if (!state.active) return <NotActive state={state} />;
  const host = state.url ? new URL(state.url).hostname : '';
  return (
    <div class="card">
      <div class="count" data-testid="comment-count">
        {state.queue.length}
      </div>
      <div>{t('commentsFound', host)}</div>
    </div>
  );
}

function NotActive({ state }: { state: TabState }) {
  const origin = state.enableableOrigin;
  if (!origin) return <p class="muted" data-testid="not-active">{t('notActiveHere')}</p>;
  const enable = () => {
    // permissions.request needs the click's user gesture: no await before it.
    void requestOrigin(origin).then(async (granted) => {
      if (granted) await send('site/enable', { tabId: state.tabId, origin });
    });
  };
  return (
    <div class="card" data-testid="enable-site">
      <p>{t('enableExplain', new URL(origin).host)}</p>
      <button class="primary" onClick={enable}>
        {t('enableSite')}
      </button>
    </div>
  );
}
