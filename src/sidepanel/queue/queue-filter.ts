import type { QueueItem } from '../../message-views';

export const QUEUE_FILTERS = ['needs', 'all', 'mine'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

/**
 * "needs": waiting for an answer from us; "all": every comment; "mine": what our side already
 * handled — comments written by our own accounts and comments one of them answered.
 */
export function filterQueue(queue: readonly QueueItem[], filter: QueueFilter): QueueItem[] {
  if (filter === 'needs') return queue.filter((q) => q.needsAnswer);
  if (filter === 'mine') return queue.filter((q) => q.comment.own || q.answered);
  return [...queue];
}

/** How many comments carry each intent (escalations counted as their own kind), most first. */
export function intentCounts(queue: readonly QueueItem[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const q of queue) {
    for (const intent of q.understanding.intents) bump(intent);
    if (q.understanding.escalations.length) bump('escalation');
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
