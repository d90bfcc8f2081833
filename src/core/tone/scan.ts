/**
 * One pass over the text: word tokens (with lowercase keys and flags), sentence count, emoji
 * sequences, "!" runs and links. No allocation of regular expressions per call; the buffers are
 * reused between calls (the caller copies out what it keeps).
 */

/** Token flags. */
export const F_CLAUSE = 1; // first word of a sentence or clause
export const F_SENT = 2; // first word of a sentence
export const F_CAP = 4; // starts with a capital letter
export const F_AT = 8; // preceded by "@"
export const F_HASH = 16; // preceded by "#"

export interface Scan {
  n: number;
  keys: string[];
  starts: number[];
  ends: number[];
  flags: number[];
  sentences: number;
  /** Pairs [start, end) of emoji sequences. */
  emoji: number[];
  /** Pairs [start, end) of runs of "!". */
  bangs: number[];
  exclamations: number;
  links: number;
}

const S: Scan = {
  n: 0,
  keys: [],
  starts: [],
  ends: [],
  flags: [],
  sentences: 0,
  emoji: [],
  bangs: [],
  exclamations: 0,
  links: 0,
};

// Character classes for the BMP, computed lazily and cached: bit 1 = known, 2 = word, 4 = pictographic.
const BMP = new Uint8Array(65536);
const WORD_RE = /^[\p{L}\p{M}\p{N}]$/u;
const PICTO_RE = /^\p{Extended_Pictographic}$/u;
const ZW_CLEAN_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const APOS_RE = /[\u2019\u02bc]/g;

function classify(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP[cp] as number;
    if (c === 0) {
      const ch = String.fromCharCode(cp);
      c = 1 | (WORD_RE.test(ch) ? 2 : 0) | (PICTO_RE.test(ch) ? 4 : 0);
      BMP[cp] = c;
    }
    return c;
  }
  // Astral: emoji blocks first (cheap range test), then the general test.
  if (cp >= 0x1f000 && cp <= 0x1faff) return 1 | 4;
  const ch = String.fromCodePoint(cp);
  return 1 | (WORD_RE.test(ch) ? 2 : 0) | (PICTO_RE.test(ch) ? 4 : 0);
}

function isWordCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  return (classify(cp) & 2) !== 0;
}

function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const cpLen = (cp: number): number => (cp > 0xffff ? 2 : 1);

function isZeroWidth(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680
  );
}

function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

function isTerminator(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f
  );
}

/** Characters that may follow a sentence terminator without cancelling it. */
function isCloser(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 41 || c === 93 || c === 125 ||
    c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 0x201c
  );
}

function isClauseBreak(c: number): boolean {
  return (
    c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 40 ||
    c === 0x3001 || c === 0xff0c || c === 0x60c
  );
}

/** Emoji modifiers and joiners that belong to the preceding emoji. */
function isEmojiTail(cp: number): boolean {
  return (
    cp === 0xfe0f ||
    cp === 0xfe0e ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    cp === 0x20e3
  );
}

const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;

function startsWithUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 104) {
    if ((text.charCodeAt(i + 1) | 0x20) !== 116 || (text.charCodeAt(i + 2) | 0x20) !== 116) return false;
    if ((text.charCodeAt(i + 3) | 0x20) !== 112) return false;
    const j = (text.charCodeAt(i + 4) | 0x20) === 115 ? i + 5 : i + 4;
    return text.startsWith('://', j);
  }
  if (c === 119) {
    return (
      (text.charCodeAt(i + 1) | 0x20) === 119 && (text.charCodeAt(i + 2) | 0x20) === 119 && text.charCodeAt(i + 3) === 46
    );
  }
  return false;
}

/**
 * Scan `text[0, cut)`. `abbreviations`: keys whose following "." does not end a sentence.
 */
export function scan(text: string, cut: number, abbreviations: ReadonlySet<string>): Scan {
  const s = S;
  s.n = 0;
  s.keys.length = 0;
  s.starts.length = 0;
  s.ends.length = 0;
  s.flags.length = 0;
  s.emoji.length = 0;
  s.bangs.length = 0;
  s.sentences = 0;
  s.exclamations = 0;
  s.links = 0;

  let clause = true;
  let sent = true;
  let wordsInSent = 0;
  let termRun = false;
  let lastKey = '';
  let lastEnd = -1;
  let lastNonSpace = 0; // char code of the last non-space character

  const endSentence = (): void => {
    if (wordsInSent > 0) s.sentences++;
    wordsInSent = 0;
    clause = true;
    sent = true;
  };

  let i = 0;
  while (i < cut) {
    const c = text.charCodeAt(i);

    // Words (ASCII fast path first).
    const cp = c < 0xd800 || c > 0xdbff ? c : cpAt(text, i);
    if (isWordCp(cp)) {
      if ((c === 104 || c === 72 || c === 119 || c === 87) && startsWithUrl(text, i)) {
        // Skip a link up to the next whitespace; it is neither words nor a sentence end.
        let j = i;
        while (j < cut) {
          const d = text.charCodeAt(j);
          if (isSpace(d) || isNewline(d)) break;
          j++;
        }
        // Trailing punctuation belongs to the sentence, not the link ("see https://x.org.").
        while (j > i + 1) {
          const d = text.charCodeAt(j - 1);
          if (!isTerminator(d) && !isClauseBreak(d) && !isCloser(d)) break;
          j--;
        }
        s.links++;
        termRun = false;
        lastNonSpace = 47;
        i = j;
        continue;
      }
      const start = i;
      let clean = false;
      i += cpLen(cp);
      while (i < cut) {
        const d = text.charCodeAt(i);
        const dcp = d < 0xd800 || d > 0xdbff ? d : cpAt(text, i);
        if (isWordCp(dcp)) {
          if (dcp >= 0x300 && dcp <= 0x36f) clean = true;
          i += cpLen(dcp);
          continue;
        }
        // Apostrophes and zero-width characters inside a word keep it together.
        if ((d === 39 || d === 0x2019 || d === 0x2bc || isZeroWidth(d)) && i + 1 < cut) {
          const next = cpAt(text, i + 1);
          if (isWordCp(next)) {
            if (d !== 39) clean = true;
            i += 1 + cpLen(next);
            continue;
          }
        }
        break;
      }
      const end = i;
      const raw = text.slice(start, end);
      let key = raw.toLowerCase();
      if (clean) key = key.replace(ZW_CLEAN_RE, '').replace(APOS_RE, "'").normalize('NFC');
      let f = 0;
      if (termRun) termRun = false; // "3.5", "e.g" — no whitespace after the terminator
      if (clause) f |= F_CLAUSE;
      if (sent) f |= F_SENT;
      if (key.charCodeAt(0) !== raw.charCodeAt(0)) f |= F_CAP;
      if (start > 0) {
        const p = text.charCodeAt(start - 1);
        if (p === 64 || p === 0xff20) f |= F_AT;
        else if (p === 35 || p === 0xff03) f |= F_HASH;
      }
      s.keys.push(key);
      s.starts.push(start);
      s.ends.push(end);
      s.flags.push(f);
      s.n++;
      clause = false;
      sent = false;
      wordsInSent++;
      lastKey = key;
      lastEnd = end;
      lastNonSpace = 97;
      continue;
    }

    // Emoji sequences: pictograph (+ modifiers) (+ ZWJ pictograph …), or a pair of regional indicators.
    if (cp >= 0x80 && (isRegional(cp) || (classify(cp) & 4) !== 0)) {
      const start = i;
      if (isRegional(cp)) {
        i += 2;
        const next = i < cut ? cpAt(text, i) : 0;
        if (isRegional(next)) i += 2;
      } else {
        i += cpLen(cp);
        for (;;) {
          while (i < cut) {
            const t = cpAt(text, i);
            if (!isEmojiTail(t)) break;
            i += cpLen(t);
          }
          if (i + 1 < cut && text.charCodeAt(i) === 0x200d) {
            const t = cpAt(text, i + 1);
            if (t >= 0x80 && (classify(t) & 4) !== 0) {
              i += 1 + cpLen(t);
              continue;
            }
          }
          break;
        }
      }
      s.emoji.push(start, i);
      lastNonSpace = 0x2605;
      continue;
    }

    i += cpLen(cp);

    if (isNewline(c)) {
      if (termRun || (wordsInSent > 0 && lastNonSpace !== 44 && lastNonSpace !== 59 && lastNonSpace !== 58)) {
        endSentence();
      } else {
        clause = true;
      }
      termRun = false;
      continue;
    }
    if (isSpace(c) || isZeroWidth(c)) {
      if (termRun) {
        endSentence();
        termRun = false;
      }
      continue;
    }
    lastNonSpace = c;
    if (isTerminator(c)) {
      if (c === 33 || c === 0xff01) {
        s.exclamations++;
        const b = s.bangs.length;
        if (b > 0 && s.bangs[b - 1] === i - 1) s.bangs[b - 1] = i;
        else s.bangs.push(i - 1, i);
      }
      if (c === 46 && lastEnd === i - 1 && !termRun) {
        // "e.g.", "z. B.", "Dr." — a single letter or a known abbreviation before the dot.
        const k0 = lastKey.charCodeAt(0);
        if ((lastKey.length === 1 && !(k0 >= 48 && k0 <= 57)) || abbreviations.has(lastKey)) continue;
      }
      termRun = true;
      continue;
    }
    if (termRun && isCloser(c)) continue;
    termRun = false;
    if (isClauseBreak(c)) clause = true;
  }
  if (termRun || wordsInSent > 0) endSentence();
  return s;
}
