import { sendToTab } from '../../messages';
import type { QueueItem } from '../../message-views';
import { t, uiLanguage } from '../../browser/i18n';
import { IntentBadges, SentimentLabel } from '../../ui/IntentBadges';
import { useNow } from '../../ui/use-now';
import { formatDuration, minutesSince } from '../../core/time';

/** One comment: who, what kind, how long it waits. Activating it scrolls the page to it. */
export function QueueEntry({ tabId, item, spotlit, onRevealed }: { tabId: number; item: QueueItem; spotlit: boolean; onRevealed: (found: boolean) => void }) {
  const now = useNow();
  const { comment, understanding } = item;
  const age = minutesSince(comment.time, now);
  const ageText = age === null ? null : t(item.needsAnswer ? 'ageUnanswered' : 'ageAgo', formatDuration(age, uiLanguage()));
  const reveal = () =>
    sendToTab(tabId, 'page/reveal', { commentId: comment.id }).then(
      (r) => onRevealed(r.found),
      () => onRevealed(false),
    );
  return (
    <li class={`queue-item${item.needsAnswer ? ' needs' : ''}${spotlit ? ' spotlit' : ''}`} data-testid="queue-item" data-comment-id={comment.id} aria-current={spotlit ? 'true' : undefined}>
      <button type="button" class="queue-button" onClick={() => void reveal()} title={t('revealHint')}>
        <span class="queue-head">
          <strong class="author">{comment.author.name}</strong>
          {comment.author.handle && <span class="muted"> {comment.author.handle}</span>}
          {ageText && <span class={`age${item.needsAnswer ? ' waiting' : ''}`}>{ageText}</span>}
        </span>
        <span class="queue-text" data-testid="queue-text">
          {comment.text}
        </span>
        <span class="queue-meta">
          <IntentBadges understanding={understanding} />
          <SentimentLabel sentiment={understanding.sentiment} />
          {item.answered && <span class="badge badge-answered">{t('answered')}</span>}
          {comment.own && <span class="badge badge-own">{t('ownAccount')}</span>}
        </span>
      </button>
    </li>
  );
}
