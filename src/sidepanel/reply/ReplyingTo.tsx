import type { QueueItem } from '../../message-views';
import { t } from '../../browser/i18n';
import { IntentBadges, SentimentLabel } from '../../ui/IntentBadges';

export function ReplyingTo({ item }: { item: QueueItem }) {
  const { comment, understanding } = item;
  return (
    <div class="card replying-to" data-testid="replying-to">
      <div class="muted small">{t('replyingTo')}</div>
      <div>
        <strong>{comment.author.name}</strong>
        {comment.author.handle && <span class="muted"> {comment.author.handle}</span>}
        {understanding.language !== 'other' && <span class="badge badge-lang">{understanding.language.toUpperCase()}</span>}
      </div>
      <p class="comment-text" data-testid="replying-to-text">
        {comment.text}
      </p>
      <IntentBadges understanding={understanding} /> <SentimentLabel sentiment={understanding.sentiment} />
    </div>
  );
}
