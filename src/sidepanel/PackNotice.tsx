import type { PackStatus } from '../messages';
import { t } from '../browser/i18n';

/**
 * A refused or failing pack is news on every view, not only under Settings: the communicator is
 * answering with an older pack than the brand lead published.
 */
export function PackNotice({ status, onDetails }: { status: PackStatus; onDetails: () => void }) {
  const failing = status.error ? status.error.source : status.layers.find((l) => l.error)?.source;
  if (!failing) return null;
  return (
    <div class="banner warn small" data-testid="pack-notice">
      {t('packNotice', failing, `${status.name} ${status.version}`)}{' '}
      <button type="button" class="link" onClick={onDetails} data-testid="pack-notice-details">
        {t('packNoticeDetails')}
      </button>
    </div>
  );
}
