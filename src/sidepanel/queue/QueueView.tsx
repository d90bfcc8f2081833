import { useState } from 'preact/hooks';
import type { TabState } from '../../messages';
import { t } from '../../browser/i18n';
import { TabGate } from '../TabGate';
import { filterQueue, intentCounts, QUEUE_FILTERS, type QueueFilter } from './queue-filter';
import { QueueEntry } from './QueueEntry';

export function QueueView({ tab, error }: { tab: TabState | null; error: string | null }) {
  return <TabGate tab={tab} error={error}>{(state) => <Queue tab={state} />}</TabGate>;
}

function Queue({ tab }: { tab: TabState }) {
  const [filter, setFilter] = useState<QueueFilter>('needs');
  const [revealNote, setRevealNote] = useState<string | null>(null);
  const host = tab.url ? safeHost(tab.url) : '';
  if (!tab.queue.length) return <NoComments tab={tab} host={host} />;
  const shown = filterQueue(tab.queue, filter);
  const waiting = tab.queue.filter((q) => q.needsAnswer).length;
  return (
    <>
      <div class="card summary">
        <div>
          <span class="count" data-testid="comment-count">
            {tab.queue.length}
          </span>{' '}
          {t('commentsFound', host)}
        </div>
        <div data-testid="needs-count">{t('needAnswer', String(waiting))}</div>
        <ul class="chips" aria-label={t('intentCountsLabel')}>
          {intentCounts(tab.queue).map(([intent, n]) => (
            <li key={intent} class={`badge badge-${intent}`} data-testid={`intent-count-${intent}`}>
              {t(intent === 'escalation' ? 'escalationBadge' : `intent_${intent}`)} {n}
            </li>
          ))}
        </ul>
      </div>
      <fieldset class="segmented">
        <legend class="sr-only">{t('filterLabel')}</legend>
        {QUEUE_FILTERS.map((f) => (
          <label key={f}>
            <input type="radio" name="queue-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
            <span>{t(`filter_${f}`)}</span>
          </label>
        ))}
      </fieldset>
      {revealNote && (
        <p class="muted" role="status">
          {revealNote}
        </p>
      )}
      {shown.length ? (
        <ul class="queue" data-testid="queue">
          {shown.map((item) => (
            <QueueEntry key={item.comment.id} tabId={tab.tabId} item={item} onRevealed={(found) => setRevealNote(found ? null : t('revealMissing'))} />
          ))}
        </ul>
      ) : (
        <p class="muted state" data-testid="queue-empty">
          {t(`filterEmpty_${filter}`)}
        </p>
      )}
    </>
  );
}

function NoComments({ tab, host }: { tab: TabState; host: string }) {
  const generic = tab.adapter?.status === 'generic' || tab.platform === 'generic';
  return (
    <div class="card state" data-testid="no-comments">
      <strong>{t(generic ? 'noCommentsGenericTitle' : 'noCommentsTitle', host)}</strong>
      <p>{t(generic ? 'noCommentsGenericExplain' : 'noCommentsExplain')}</p>
    </div>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
