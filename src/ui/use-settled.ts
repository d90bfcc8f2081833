import { useEffect, useState } from 'preact/hooks';

/** `value` once it has stopped changing for `quietMs`: live regions announce results, not keystrokes. */
export function useSettled<T>(value: T, quietMs = 1200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), quietMs);
    return () => clearTimeout(timer);
  }, [value, quietMs]);
  return settled;
}
