import { useEffect, useState } from 'preact/hooks';

/** The time, refreshed every minute: ages and deadlines stay right while the panel is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
