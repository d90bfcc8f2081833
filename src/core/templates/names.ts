import type { Platform } from '../pack/schema';

/**
 * Turning what a site shows about a person into something a reply can address them with.
 * Everything here is page-derived text: it is treated as data, bounded in length, and stripped of
 * the invisible characters that could reorder or hide the surrounding reply.
 */

/** Longest display name or handle looked at; sites cap names far below this. */
const MAX_INPUT = 256;
/** Longest name put into a reply. */
const MAX_NAME = 64;

/** Bidi embeddings/overrides/isolates and marks: they can visually reorder the rest of a reply. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Zero-width and other invisible format characters (ZWJ is handled with emoji). */
const INVISIBLE = /[\u200B\u200C\u2060\u2061-\u2064\uFEFF\u00AD\u180E\u034F\u115F\u1160\u3164\uFFA0]/g;
/** Emoji, their modifiers and joiners, flags, keycaps and tag sequences. */
const EMOJI =
  /[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\u200D\uFE0E\uFE0F\u20E3]|[\u{E0020}-\u{E007F}]/gu;
/** Decorative symbols people put around names (★, ♡, ✿, •, |, ~ …), not letters or digits. */
const DECORATION = /[\p{So}\p{Sk}\p{Co}]/gu;
/** "@anna", "@anna@mastodon.social", "u/anna", "/u/anna". */
const HANDLE_NOISE = /(?:^|(?<=[\s(\[|·•,]))(?:@[\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}.-]+)?|\/?u\/[\p{L}\p{N}_-]+)/gu;
/** Bracketed asides: pronouns, employers, handles, nicknames. */
const BRACKETS = /\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>|（[^（）]*）|【[^【】]*】/g;
const PRONOUNS = new Set(
  [
    // English
    'she', 'her', 'hers', 'he', 'him', 'his', 'they', 'them', 'theirs', 'xe', 'xem', 'ze', 'hir', 'zir', 'it', 'its', 'any', 'all', 'ask',
    // German
    'sie', 'ihr', 'ihm', 'er', 'ihn', 'dey', 'dem', 'xier', 'keine',
    // Swedish
    'hon', 'henne', 'han', 'honom', 'hen', 'henom', 'de', 'dom',
  ],
);
/** Degrees and credentials written after a name (without a comma, only these are dropped). */
const POSTNOMINALS = new Set([
  'mba', 'phd', 'ph.d.', 'ph.d', 'md', 'm.d.', 'cpa', 'msc', 'm.sc.', 'bsc', 'b.sc.', 'ma', 'm.a.', 'ba', 'b.a.', 'mphil', 'dphil', 'llm', 'll.m.', 'jd', 'cfa', 'pmp', 'acca', 'frsa', 'mrics', 'dipl.-ing.', 'mfa', 'meng', 'm.eng.', 'beng', 'rn',
]);
/** Generational suffixes that are part of the name even after a comma. */
const GENERATIONAL = /^(?:jr\.?|sr\.?|ii|iii|iv|d\.?\s?ä\.?|d\.?\s?y\.?)$/i;
/** Separators between a name and a tagline: "|", "·", "•", ",", ";", " - ", " – ", " / ", " : ". */
const SEPARATOR = /\s*(?:[|｜·•‧∙⋅;,\\]|\s[-–—~/:]+\s|[–—]+|:(?=\s))\s*/u;
/** "she/her", "they/them", "sie/ihr", "hen/hen" written without brackets. */
const PRONOUN_PAIR = /(?<![\p{L}\p{N}])\p{L}+(?:\s?\/\s?\p{L}+)+(?![\p{L}\p{N}])/gu;

function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  // Do not split a surrogate pair.
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return text.slice(0, cut);
}

/** Remove characters that are invisible or can reorder text; keep everything else. */
export function stripInvisible(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '');
}

function isPronounGroup(part: string): boolean {
  const words = part.toLowerCase().split(/[\s/,+&]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => PRONOUNS.has(w.replace(/[.]/g, '')));
}

function tidy(text: string): string {
  let s = text.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+/u, '');
  // Trailing punctuation, but keep the dot of "Jr." or "Anna B.".
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/[^\p{L}\p{N}\p{M}.'’)]+$/u, '').replace(/(?<!\p{L})\.$/u, '');
  }
  return s.trim();
}

/**
 * A display name cleaned for addressing its owner: "🌸 Anna Berg, MBA | Marketing Lead (she/her)"
 * becomes "Anna Berg". Drops handles, emoji and decorative symbols, bracketed asides (pronouns,
 * employers), taglines after separators, trailing pronouns and degrees; folds styled letters
 * (𝓐𝓷𝓷𝓪 → Anna) with NFKC; removes bidi controls and zero-width characters. Returns "" when
 * nothing usable is left (e.g. a name made only of emoji).
 */
export function cleanDisplayName(raw: string | undefined | null): string {
  if (!raw) return '';
  let s = stripInvisible(bounded(String(raw), MAX_INPUT)).replace(EMOJI, ' ').replace(DECORATION, ' ');
  // NFKC folds styled letters (𝓐𝓷𝓷𝓪, Ａｎｎａ); it can expose new symbols, so strip once more.
  s = stripInvisible(s.normalize('NFKC')).replace(EMOJI, ' ').replace(DECORATION, ' ');
  s = s.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
  s = s.replace(PRONOUN_PAIR, (m) => (isPronounGroup(m) ? ' ' : m));
  // Bracketed asides; if the whole name is bracketed, keep what is inside.
  const unbracketed = s.replace(BRACKETS, ' ');
  if (/[\p{L}\p{N}]/u.test(unbracketed)) s = unbracketed;
  else s = s.replace(/[()[\]{}<>（）【】]/g, ' ');
  // Stray braces and angle brackets are never part of a name (and "{{" must not reach a reply).
  s = s.replace(/[{}<>]/g, ' ');
  s = s.replace(HANDLE_NOISE, ' ');
  // Taglines after a separator: keep the first part with letters, plus generational suffixes.
  const parts = s.split(SEPARATOR).map((p) => p.trim());
  let name = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!name) {
      if (/\p{L}/u.test(part)) name = part;
      continue;
    }
    if (GENERATIONAL.test(part)) name += `, ${part}`;
    break;
  }
  // Trailing pronouns ("Anna Berg she/her") and degrees ("Anna Berg MBA").
  let words = name.split(/\s+/).filter(Boolean);
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    const lower = last.toLowerCase();
    if (POSTNOMINALS.has(lower)) words.pop();
    else break;
  }
  return bounded(tidy(words.join(' ')), MAX_NAME).trim();
}

/** "Anna Berg" → "AB", "Anna-Lena Berg" → "ALB", "Ludwig van Beethoven" → "LB". */
export function initialsOf(name: string | undefined | null, locale?: string): string {
  const clean = cleanDisplayName(name);
  if (!clean) return '';
  const words = clean.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  // Lower-case particles (van, von, de, af) are skipped unless they are all there is.
  const main = words.filter((w) => /^\p{Lu}|^\p{Lo}/u.test(w));
  const letters: string[] = [];
  for (const w of main.length ? main : words) {
    for (const part of w.split(/[-‐]/)) {
      const first = [...part][0];
      if (first && /\p{L}/u.test(first)) letters.push(first);
    }
  }
  return letters.slice(0, 4).join('').toLocaleUpperCase(locale);
}

/** How a site shows its own name in a reply ("reported them to Instagram"). */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  reddit: 'Reddit',
  mastodon: 'Mastodon',
  xing: 'XING',
  generic: '',
};

/**
 * How a reply names a person on each site.
 * - `at`: "@handle" (X, Instagram, YouTube, Mastodon — there "@user@instance" — and any other page)
 * - `reddit`: "u/handle"
 * - `name`: LinkedIn, Facebook and XING turn mentions into editor widgets that typed text cannot
 *   create, so the plain cleaned name is used instead.
 */
export const MENTION_STYLE: Record<Platform, 'at' | 'reddit' | 'name'> = {
  x: 'at',
  instagram: 'at',
  youtube: 'at',
  mastodon: 'at',
  generic: 'at',
  reddit: 'reddit',
  linkedin: 'name',
  facebook: 'name',
  xing: 'name',
};

/** A handle as the site spells it, without "@" or "u/"; "" when it has no usable characters. */
export function cleanHandle(raw: string | undefined | null): string {
  if (!raw) return '';
  let s = stripInvisible(bounded(String(raw), MAX_INPUT)).normalize('NFKC').trim();
  s = s.replace(/^(?:https?:\/\/[^/\s]+)?\/?(?:u|user)\//i, '').replace(/^@/, '');
  // Keep the characters handles are made of; stop at the first space.
  const m = /^[\p{L}\p{N}_.\-]+(?:@[\p{L}\p{N}.\-]+)?/u.exec(s);
  const handle = m ? m[0] : '';
  return bounded(handle.replace(/[.\-]+$/, '').replace(/@$/, ''), MAX_NAME);
}

/**
 * The mention for a person on a platform: "@anna", "u/anna", "@anna@mastodon.social", or, where
 * mentions are widgets, their cleaned display name. "" when neither is usable.
 */
export function mentionFor(platform: Platform, author: { name?: string | undefined; handle?: string | undefined } | undefined): string {
  const style = MENTION_STYLE[platform] ?? 'at';
  if (style === 'name') return cleanDisplayName(author?.name);
  const handle = cleanHandle(author?.handle);
  if (!handle) return '';
  if (style === 'reddit') return `u/${handle.replace(/@.*$/, '')}`;
  // Only Mastodon (and unknown pages) keep a remote instance; elsewhere "@" ends the handle.
  if (platform !== 'mastodon' && platform !== 'generic') return `@${handle.replace(/@.*$/, '')}`;
  return `@${handle}`;
}
