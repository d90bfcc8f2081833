import { t } from '../../browser/i18n';

export function CrisisBanner() {
  return (
    <div class="banner error" role="alert" data-testid="crisis-banner">
      <strong>{t('crisisTitle')}</strong>
      <div>{t('crisisExplain')}</div>
    </div>
  );
}
