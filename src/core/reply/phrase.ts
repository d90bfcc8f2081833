import { cuesFor, type ReplyCues } from './cues';

type CueKey = Exclude<keyof ReplyCues, 'stopwords' | 'interrogative'>;
const cache = new Map<string, RegExp>();

/** A cue list as one case-insensitive regex; boundaries that also work next to emoji. */
export function cue(locale: string, key: CueKey): RegExp {
  const lang = locale.slice(0, 2);
  const id = `${lang}:${key}`;
  let re = cache.get(id);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${cuesFor(locale)[key]})(?![\\p{L}\\p{N}_])`, 'giu');
    cache.set(id, re);
  }
  re.lastIndex = 0;
  return re;
}

export function firstMatch(locale: string, key: CueKey, text: string): RegExpExecArray | null {
  return cue(locale, key).exec(text);
}

export function allMatches(locale: string, key: CueKey, text: string): RegExpExecArray[] {
  return [...text.matchAll(cue(locale, key))];
}
