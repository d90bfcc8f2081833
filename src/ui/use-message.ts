import { useEffect, useState } from 'preact/hooks';
import { handle } from '../messages';

/**
 * Load something from the worker and reload it whenever the worker says state changed
 * (for this tab, or for everyone when tabId is null).
 */
export function useWorkerState<T>(load: () => Promise<T>, deps: unknown[], tabId: number | null = null): { value: T | null; error: string | null } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      load().then(
        (v) => live && (setValue(v), setError(null)),
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    void refresh();
    const stop = handle({
      'state/changed': ({ tabId: changed }) => {
        if (changed === null || changed === tabId) void refresh();
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
