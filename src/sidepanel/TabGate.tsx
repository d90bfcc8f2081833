import type { ComponentChildren } from 'preact';
import { send, type TabState } from '../messages';
import { t } from '../browser/i18n';
import { requestOrigin } from '../browser/site-access';

/**
 * The states where Parley has nothing to read in this tab — none selected, a page no extension
 * may touch, a site it does not run on — each with what the user can do; otherwise the children.
 */
export function TabGate({ tab, error, children }: { tab: TabState | null; error?: string | null; children: (tab: TabState) => ComponentChildren }) {
  if (!tab) return <p class="muted state">{error ?? t('noTab')}</p>;
  if (tab.restricted) {
    return (
      <div class="card state" data-testid="restricted">
        <strong>{t('restrictedTitle')}</strong>
        <p>{t('restrictedExplain')}</p>
      </div>
    );
  }
  if (!tab.active) return <NotActive state={tab} />;
  return <>{children(tab)}</>;
}

function NotActive({ state }: { state: TabState }) {
  const origin = state.enableableOrigin;
  if (!origin) return <p class="muted state" data-testid="not-active">{t('notActiveHere')}</p>;
  const enable = () => {
    // permissions.request needs the click's user gesture: no await before it.
    void requestOrigin(origin).then(async (granted) => {
      if (granted) await send('site/enable', { tabId: state.tabId, origin });
    });
  };
  return (
    <div class="card state" data-testid="enable-site">
      <p>{t('enableExplain', new URL(origin).host)}</p>
      <button type="button" class="primary" onClick={enable}>
        {t('enableSite')}
      </button>
    </div>
  );
}
