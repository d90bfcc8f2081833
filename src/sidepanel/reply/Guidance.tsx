import type { QueueItem } from '../../message-views';
import { t, uiLanguage } from '../../browser/i18n';
import { useNow } from '../../ui/use-now';
import { deadline, formatDuration, minutesSince } from '../../core/time';

/**
 * Advice beyond wording: how much time is left to answer, whether to answer at all (bait,
 * abuse), and the affiliation reminder for personal accounts.
 */
export function Guidance({ item, discloseAffiliation, tips }: { item: QueueItem | null; discloseAffiliation: boolean; tips: string[] }) {
  const now = useNow();
  const due = item && !item.answered ? deadline(minutesSince(item.comment.time, now), item.responseMinutes) : null;
  const language = uiLanguage();
  const moderation = item?.moderation;
  if (!due && !moderation && !discloseAffiliation && !tips.length) return null;
  return (
    <div class="guidance-list">
      {due && (
        <div class={`card deadline ${due.state}`} data-testid="deadline">
          {t(due.state === 'left' ? 'deadlineLeft' : 'deadlineOverdue', formatDuration(due.target, language), formatDuration(due.minutes, language))}
        </div>
      )}
      {moderation && (
        <div class="banner warn" data-testid="moderation">
          <strong>{t(`moderation_${moderation.action}`)}</strong>
          <div>{moderation.advice}</div>
        </div>
      )}
      {discloseAffiliation && (
        <div class="banner warn" data-testid="disclose">
          {t('discloseAffiliation')}
        </div>
      )}
      {tips.length > 0 && (
        <ul class="tips" data-testid="tips">
          {tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
