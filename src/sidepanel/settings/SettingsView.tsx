import type { PackStatus, TabState } from '../../messages';
import type { Settings } from '../../message-views';
import { t } from '../../browser/i18n';
import { AgentProfileForm } from './AgentProfileForm';
import { LanguageSelect } from './LanguageSelect';
import { SiteSwitchesForm } from './SiteSwitchesForm';
import { PackSync } from './PackSync';
import { SiteReport } from './SiteReport';

export function SettingsView({ tab, pack, packError, settings }: { tab: TabState | null; pack: PackStatus | null; packError: string | null; settings: Settings | null }) {
  return (
    <>
      <h2>{t('packHeading')}</h2>
      {pack ? <PackSync status={pack} /> : <p class="muted">{packError ?? '…'}</p>}
      {settings && (
        <>
          <h2>{t('profileHeading')}</h2>
          <AgentProfileForm settings={settings} />
          <h2>{t('uiLanguageHeading')}</h2>
          <LanguageSelect settings={settings} />
          {tab?.active && tab.platform && (
            <>
              <h2>{t('siteHeading', t(`platform_${tab.platform}`))}</h2>
              <SiteSwitchesForm settings={settings} site={tab.platform} />
            </>
          )}
        </>
      )}
      {tab && !tab.restricted && tab.url && (
        <>
          <h2>{t('siteReportHeading')}</h2>
          <SiteReport tab={tab} pack={pack} />
        </>
      )}
    </>
  );
}
