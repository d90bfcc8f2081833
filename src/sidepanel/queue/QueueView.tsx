import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../messages';
import { t } from '../../browser/i18n';
import { TabGate } from '../TabGate';
import { filterQueue, intentCounts, QUEUE_FILTERS, type QueueFilter } from './queue-filter';
import { QueueEntry } from './QueueEntry';

type Spotlight = TabState['spotlight'];

export function QueueView({ tab, error, spotlight }: { tab: TabState | null; error: string | null; spotlight: Spotlight }) {
  return <TabGate tab={tab} error={error}>{(state) => <Queue tab={state} spotlight={spotlight} />}</TabGate>;
}

function Queue({ tab, spotlight }: { tab: TabState; spotlight: Spotlight }) {
  const [filter, setFilter] = useState<QueueFilter>('needs');
  const [revealNote, setRevealNote] = useState<string | null>(null);
  const spotlit = useSpotlit(spotlight, tab, filter, setFilter);
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
            <QueueEntry
              key={item.comment.id}
              tabId={tab.tabId}
              item={item}
              spotlit={item.comment.id === spotlit}
              onRevealed={(found) => setRevealNote(found ? null : t('revealMissing'))}
            />
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

/** Bring the comment a page mark asked for into view: under a filter that shows it, scrolled to and focused. */
function useSpotlit(spotlight: Spotlight, tab: TabState, filter: QueueFilter, setFilter: (f: QueueFilter) => void): string | null {
  const id = spotlight?.commentId ?? null;
  const listed = !!id && filterQueue(tab.queue, filter).some((q) => q.comment.id === id);
  useEffect(() => {
    if (!id) return;
    if (!listed) {
      if (tab.queue.some((q) => q.comment.id === id)) setFilter('all');
      return;
    }
    const entry = document.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(id)}"] button`);
    entry?.scrollIntoView({ block: 'center' });
    entry?.focus();
  }, [spotlight?.at, listed]);
  return id;
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
