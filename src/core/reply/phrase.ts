import { cuesFor, type ReplyCues } from './cues';
import { matchesNotAfter } from '../text/not-after';

type CueKey = Exclude<keyof ReplyCues, 'stopwords' | 'interrogative'>;
const cache = new Map<string, RegExp>();

/** Letters, digits and "_": a cue never starts or ends next to one (boundaries that also work next to emoji). */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A cue list as one case-insensitive regex; the boundary before a match is checked by `matchesNotAfter`. */
export function cue(locale: string, key: CueKey): RegExp {
  const lang = locale.slice(0, 2);
  const id = `${lang}:${key}`;
  let re = cache.get(id);
  if (!re) {
    re = new RegExp(`(?:${cuesFor(locale)[key]})(?![\\p{L}\\p{N}_])`, 'giu');
    cache.set(id, re);
  }
  return re;
}

export function firstMatch(locale: string, key: CueKey, text: string): RegExpExecArray | null {
  for (const m of matchesNotAfter(cue(locale, key), text, WORD_CHAR)) return m;
  return null;
}

export function allMatches(locale: string, key: CueKey, text: string): RegExpExecArray[] {
  return [...matchesNotAfter(cue(locale, key), text, WORD_CHAR)];
}
