import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PackStatus, TabState } from '../../messages';
import { t } from '../../browser/i18n';
import { CopyButton } from '../../ui/CopyButton';
import { siteReport } from './site-report';

/** "Works here / broken here": what to send the brand lead about this site (never comment text). */
export function SiteReport({ tab, pack }: { tab: TabState; pack: PackStatus | null }) {
  const [verdict, setVerdict] = useState<'works' | 'broken' | null>(null);
  const report =
    verdict &&
    siteReport({
      verdict,
      url: tab.url,
      platform: tab.platform,
      adapter: tab.adapter,
      comments: tab.queue.length,
      extensionVersion: browser.runtime.getManifest().version,
      pack: pack ? `${pack.name} ${pack.version}` : '?',
    });
  return (
    <div class="site-report">
      <p class="muted">{t('siteReportExplain')}</p>
      <div class="actions">
        <button type="button" aria-pressed={verdict === 'works'} onClick={() => setVerdict('works')}>
          {t('worksHere')}
        </button>
        <button type="button" aria-pressed={verdict === 'broken'} onClick={() => setVerdict('broken')} data-testid="broken-here">
          {t('brokenHere')}
        </button>
      </div>
      {report && (
        <>
          <pre class="report" data-testid="site-report">
            {report}
          </pre>
          <CopyButton text={() => report} label={t('copyReport')} />
        </>
      )}
    </div>
  );
}
