import type { UnderstandingView } from '../message-views';
import { t } from '../browser/i18n';

/** What a comment is: intents, plus the escalation routes it triggers. */
export function IntentBadges({ understanding }: { understanding: UnderstandingView }) {
  return (
    <span class="badges">
      {understanding.escalations.map((e) => (
        <span key={e.id} class="badge badge-escalation">
          {t(`escalation_${e.kind}`)}
        </span>
      ))}
      {understanding.intents.map((intent) => (
        <span key={intent} class={`badge badge-${intent}`}>
          {t(`intent_${intent}`)}
        </span>
      ))}
    </span>
  );
}

/** Sentiment as a word, not a colour alone. */
export function SentimentLabel({ sentiment }: { sentiment: number }) {
  const mood = sentiment <= -0.25 ? 'negative' : sentiment >= 0.25 ? 'positive' : 'neutral';
  return <span class={`sentiment sentiment-${mood}`}>{t(`sentiment_${mood}`)}</span>;
}
