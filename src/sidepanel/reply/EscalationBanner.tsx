import type { EscalationView, QueueItem } from '../../message-views';
import { t } from '../../browser/i18n';
import { CopyButton } from '../../ui/CopyButton';
import { handoverNote } from './handover';

/** A triggered route: who takes over, how to reach them, what (not) to say meanwhile. */
export function EscalationBanner({ item, route }: { item: QueueItem; route: EscalationView }) {
  const note = () =>
    handoverNote(item, route, {
      route: t('handoverRoute'),
      link: t('handoverLink'),
      author: t('handoverAuthor'),
      time: t('handoverTime'),
      comment: t('handoverComment'),
    });
  return (
    <div class={`banner escalation severity-${route.severity}`} role="alert" data-testid="escalation-banner">
      <strong>
        {t(`escalation_${route.kind}`)}: {route.name}
      </strong>
      <p class="guidance">{route.guidance}</p>
      <div>
        {t('escalationTeam', route.team)} · <span class="contact">{route.contact}</span>
      </div>
      {route.words.length > 0 && <div class="muted small">{t('triggeredBy', route.words.join(', '))}</div>}
      <CopyButton text={note} label={t('copyHandover')} testId="copy-handover" />
    </div>
  );
}
