import { send } from '../messages';

type Topic = 'queue' | 'draft' | 'pack' | 'settings';

/** Tell open panels and option pages what changed; nobody listening is fine. */
export function notify(tabId: number | null, topics: Topic[]): void {
  send('state/changed', { tabId, topics }).catch(() => undefined);
}
