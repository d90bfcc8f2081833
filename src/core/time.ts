/** Ages and deadlines of comments in words (Intl), shared by the panel and the in-page marks. */

/** Minutes from an ISO time to `now` (ms); null when the site showed no time. */
export function minutesSince(iso: string | undefined, now: number): number | null {
  if (!iso) return null;
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return null;
  return Math.max(0, Math.floor((now - then) / 60_000));
}

/** "47 min", "3 hr", "2 days" in the UI language: the largest whole unit. */
export function formatDuration(minutes: number, language: string): string {
  const [value, unit] = minutes < 60 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.floor(minutes / 60), 'hour'] : [Math.floor(minutes / 1440), 'day'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

export type Deadline = { state: 'left' | 'overdue'; target: number; minutes: number };

/** Where a comment stands against the pack's response time ("answer within 1 h: 47 min left"). */
export function deadline(ageMinutes: number | null, targetMinutes: number | null): Deadline | null {
  if (ageMinutes === null || targetMinutes === null) return null;
  const left = targetMinutes - ageMinutes;
  return left >= 0 ? { state: 'left', target: targetMinutes, minutes: left } : { state: 'overdue', target: targetMinutes, minutes: -left };
}

/** "4 minutes ago", "gestern" in the UI language. */
export function formatAgo(iso: string, now: number, language: string): string {
  const minutes = minutesSince(iso, now) ?? 0;
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 48 * 60) return rtf.format(-Math.floor(minutes / 60), 'hour');
  return rtf.format(-Math.floor(minutes / 1440), 'day');
}
