import { useEffect, useState } from 'preact/hooks';
import { handle } from '../messages';

export type Topic = 'queue' | 'draft' | 'pack' | 'settings';
const ALL_TOPICS: readonly Topic[] = ['queue', 'draft', 'pack', 'settings'];

/**
 * Load something from the worker and reload it when the worker says one of `topics` changed
 * (for this tab, or for everyone when tabId is null). Answers that arrive after a newer
 * request's are dropped, so fast typing never shows an older draft.
 */
export function useWorkerState<T>(
  load: () => Promise<T>,
  deps: unknown[],
  tabId: number | null = null,
  topics: readonly Topic[] = ALL_TOPICS,
): { value: T | null; error: string | null } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let latest = 0;
    const refresh = () => {
      const ticket = ++latest;
      load().then(
        (v) => live && ticket === latest && (setValue(v), setError(null)),
        (e: unknown) => live && ticket === latest && setError(e instanceof Error ? e.message : String(e)),
      );
    };
    refresh();
    const stop = handle({
      'state/changed': ({ tabId: changed, topics: what }) => {
        if ((changed === null || changed === tabId) && what.some((w) => topics.includes(w))) refresh();
        return { ok: true };
      },
    });
    return () => {
      live = false;
      stop();
    };
  }, deps);
  return { value, error };
}
