/**
 * The one tokeniser for comments and for lexicon phrases, so both are split the same way.
 * Pure, no state; every regular expression is compiled once when the module loads.
 */

const TLD =
  'com|net|org|info|biz|io|co|me|ly|gl|to|de|se|at|ch|uk|eu|us|nu|fi|no|dk|nl|fr|es|it|app|shop|store|online|site|link|xyz|top|club|live|pro|tv';

/** Group numbers of the token grammar. */
export const G_URL = 1;
export const G_MENTION = 2;
export const G_HASHTAG = 3;
export const G_EMOTICON = 4;
export const G_SARCASM = 5;
export const G_EMOJI = 6;
export const G_WORD = 7;
export const G_NUMBER = 8;
export const G_PUNCT = 9;

const TOKEN_SOURCE = [
  // 1 URL: scheme or www., or a bare domain with a known top-level domain ("bit.ly/x", "shop.de")
  `((?:https?:\\/\\/|www\\.)[^\\s<>"“”]+|(?<![\\p{L}\\p{N}@.\\/_-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${TLD})(?:\\/[^\\s<>"“”]*)?(?![\\p{L}\\p{N}]))`,
  // 2 @mention
  `((?<![\\p{L}\\p{N}_])@[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])?)`,
  // 3 #hashtag (needs a letter: "#1" is a number)
  `((?<![\\p{L}\\p{N}_&#])#[\\p{L}\\p{M}\\p{N}_]*\\p{L}[\\p{L}\\p{M}\\p{N}_]*)`,
  // 4 text emoticon
  `((?<![\\p{L}\\p{N}:;=<])(?:[:;=]['-]?[)(\\]\\[DPpOo\\/\\\\|*]|<3|[xX]D)(?![\\p{L}\\p{N}]))`,
  // 5 "/s" sarcasm marker
  `((?<![\\p{L}\\p{N}\\/])\\/s(?![\\p{L}\\p{N}\\/]))`,
  // 6 emoji: flag pair, keycap, or pictograph with variation selector / skin tone / tag sequence
  `(\\p{Regional_Indicator}{2}|[#*0-9]\\uFE0F?\\u20E3|\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|[\\u{E0020}-\\u{E007F}])*)`,
  // 7 word, with inner apostrophes ("don't", "geht's")
  `([\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}\\p{M}]+)*)`,
  // 8 number ("10/10", "3,50", "24/7")
  `(\\p{N}+(?:[.,:\\/]\\p{N}+)*)`,
  // 9 punctuation that matters: sentence ends, runs of ?/!, commas, line breaks
  `([!?¿¡‽]+|[.…]+|[,;:]|\\n)`,
].join('|');

/** The full token grammar, sticky: one token at a given position. */
const TOKEN_AT = new RegExp(TOKEN_SOURCE, 'uy');

/** Letters the fast path handles itself: ASCII, Latin-1 and Latin Extended-A/B letters, combining marks. */
function isLatinLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f)
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Calls `visit(group, start, end)` for every token of `text`, where group is one of the G_*
 * constants. Plain Latin words, numbers, spaces and sentence punctuation are scanned by hand;
 * everything else (URLs, @mentions, hashtags, emoji, emoticons, other scripts) goes through one
 * sticky regular expression at that position. Stops early when `visit` returns false.
 */
export function scanTokens(text: string, visit: (group: number, start: number, end: number) => boolean | void): void {
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) {
      i++;
      continue;
    }
    if (isLatinLetter(c) && c < 0x300) {
      let j = i + 1;
      for (;;) {
        while (j < len && (isLatinLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
        const a = j < len ? text.charCodeAt(j) : 0;
        if ((a === 39 || a === 0x2019) && j + 1 < len && isLatinLetter(text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      const next = j < len ? text.charCodeAt(j) : 0;
      const after = j + 1 < len ? text.charCodeAt(j + 1) : 0;
      // Hand over to the full grammar for domains ("shop.de"), "https://", e-mail-like text,
      // letters of other scripts glued to the word, and the "xD" emoticon.
      const tricky =
        (next === 46 && (isLatinLetter(after) || isDigit(after))) ||
        (next === 58 && after === 47) ||
        next === 64 ||
        next >= 0x370 ||
        (j - i === 2 && (c === 120 || c === 88) && text.charCodeAt(i + 1) === 68);
      if (!tricky) {
        if (visit(G_WORD, i, j) === false) return;
        i = j;
        continue;
      }
    } else if (isDigit(c)) {
      let j = i + 1;
      for (;;) {
        while (j < len && isDigit(text.charCodeAt(j))) j++;
        const a = j < len ? text.charCodeAt(j) : 0;
        if ((a === 46 || a === 44 || a === 58 || a === 47) && j + 1 < len && isDigit(text.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      const next = j < len ? text.charCodeAt(j) : 0;
      if (next !== 0xfe0f && next !== 0x20e3 && next !== 46 && !isLatinLetter(next)) {
        if (visit(G_NUMBER, i, j) === false) return;
        i = j;
        continue;
      }
    } else if (c === 33 || c === 63) {
      let j = i + 1;
      while (j < len && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      if (visit(G_PUNCT, i, j) === false) return;
      i = j;
      continue;
    } else if (c === 46) {
      let j = i + 1;
      while (j < len && text.charCodeAt(j) === 46) j++;
      if (visit(G_PUNCT, i, j) === false) return;
      i = j;
      continue;
    } else if (c === 44 || c === 10) {
      if (visit(G_PUNCT, i, i + 1) === false) return;
      i++;
      continue;
    } else if (c < 0x80 && c !== 35 && c !== 64 && c !== 47 && c !== 58 && c !== 59 && c !== 61 && c !== 60 && c !== 42) {
      // Other ASCII punctuation and symbols ("(", "-", quotes…) carry nothing.
      i++;
      continue;
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    if (m) {
      let group = G_PUNCT;
      for (let g = 1; g <= G_PUNCT; g++) {
        if (m[g] !== undefined) {
          group = g;
          break;
        }
      }
      const end = i + m[0].length;
      if (visit(group, i, end) === false) return;
      i = end;
    } else {
      // A high surrogate skips its pair only when a low surrogate really follows (lone ones occur).
      const next = text.charCodeAt(i + 1);
      i += c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    }
  }
}

/** Zero-width characters, soft hyphen and bidirectional controls: removed before tokenising. */
export const INVISIBLE_RE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;
const INVISIBLE_G = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Splits a hashtag body into words: "NeverAgain" → Never, Again; "DataBreach2024" → Data, Breach, 2024. */
export const HASHTAG_PART_RE = /\p{Lu}+(?=\p{Lu}[\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+\p{M}*|\p{Lo}+|\p{N}+/gu;

/** A letter repeated three or more times ("sooo", "Neeein"). */
export const RUN3_RE = /(\p{L})\1\1/u;
const RUN_G = /(\p{L})\1{2,}/giu;

/** Squeezes runs of three or more equal letters to `keep` letters (case-insensitively: "SOoo" → "SO"). */
export function squeezeTo(word: string, keep: 1 | 2): string {
  return word.replace(RUN_G, keep === 2 ? '$1$1' : '$1');
}

/** Lower-case form used for every lexicon lookup: ’ → ', ß → ss. */
export function foldWord(lower: string): string {
  let w = lower;
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.includes('ß')) w = w.replace(/ß/g, 'ss');
  return w;
}

/** Removes invisible characters; `map[i]` is the index in `text` of the result's character i (null: nothing removed). */
export function stripInvisible(text: string): { clean: string; map: Int32Array | null } {
  if (!INVISIBLE_RE.test(text)) return { clean: text, map: null };
  const map = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) continue;
    map[n++] = i;
  }
  return { clean: text.replace(INVISIBLE_G, ''), map: map.subarray(0, n) };
}

function isInvisible(c: number): boolean {
  return (
    c === 0x00ad ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0xfeff
  );
}

/** Words of a lexicon phrase, folded exactly as comment words are (no elongation squeeze). */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  const lower = phrase.toLowerCase();
  scanTokens(lower, (group, start, end) => {
    if (group === G_WORD || group === G_NUMBER) out.push(foldWord(lower.slice(start, end)));
    else if (group === G_HASHTAG) out.push(foldWord(lower.slice(start + 1, end)));
  });
  return out;
}
