import { sayPhrase, type Phrase, type Say } from '../phrase';

/** A URL as people read it: host and path, without the scheme. */
export function sourceWords(source: string): string {
  try {
    const url = new URL(source);
    return `${url.host}${url.pathname}${url.search}`;
  } catch {
    return source;
  }
}

/** Why a pack source is not giving its pack: a failed check (`at` set) or a stored copy that cannot be used. */
export interface SourceFailure {
  source: string;
  /** What went wrong, as a phrase after the source: "answered 503", "could not be reached". */
  what: Phrase;
  /** When the check failed; null when the stored copy is unusable rather than the server failing. */
  at: string | null;
  /** The version of this source still in force, if any. */
  inForce: { version: string; fetchedAt: string } | null;
  nextTry: string | null;
}

/**
 * "acme.example/pack.json answered 503 at 10:42; using version 2026.11.2 from yesterday; next try 11:12",
 * in the language `say` speaks. `utcOffsetMinutes` is -Date#getTimezoneOffset().
 */
export function describeFailure(f: SourceFailure, say: Say, utcOffsetMinutes: number): string {
  const what = sayPhrase(f.what, say);
  if (!f.at) return say('failureUnusable', sourceWords(f.source), what);
  const at = Date.parse(f.at);
  const parts = [say('failureAt', sourceWords(f.source), what, clock(at, utcOffsetMinutes))];
  if (f.inForce) parts.push(say('failureUsing', f.inForce.version, dayWords(Date.parse(f.inForce.fetchedAt), at, utcOffsetMinutes, say)));
  else parts.push(say('failureNoneInUse'));
  if (f.nextTry) parts.push(say('failureNextTry', clock(Date.parse(f.nextTry), utcOffsetMinutes)));
  return parts.join('; ');
}

function clock(ms: number, offset: number): string {
  const local = new Date(ms + offset * 60_000);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

function dayWords(ms: number, now: number, offset: number, say: Say): string {
  const day = (t: number) => Math.floor((t + offset * 60_000) / 86_400_000);
  const ago = day(now) - day(ms);
  if (ago <= 0) return say('failureToday', clock(ms, offset));
  if (ago === 1) return say('failureYesterday');
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
