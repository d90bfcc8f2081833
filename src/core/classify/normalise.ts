/**
 * Social-text normalisation: one pass over the comment that yields tokens with offsets into the
 * original text, plus a cleaned copy of the text for pattern matching (escalation triggers).
 *
 * - invisible characters (zero-width, soft hyphen, bidi controls) are dropped before tokenising,
 *   so "sc\u200Bam" is the word "scam"; offsets still point into the original text;
 * - URLs and @mentions become tokens of their own and are blanked in the cleaned text;
 * - hashtags are split into words (#NeverAgain → never, again) that count as words;
 * - elongations are squeezed (sooo → so, goood → good) and flagged;
 * - words in capitals are flagged, and a comment mostly in capitals is "shouting";
 * - emoji and emoticons carry a sentiment hint.
 * Only the first MAX_CHARS characters are considered, so work is bounded for any input.
 */
import { getLexicon } from './lexicon';
import {
  G_EMOJI,
  G_EMOTICON,
  G_HASHTAG,
  G_MENTION,
  G_NUMBER,
  G_PUNCT,
  G_SARCASM,
  G_URL,
  G_WORD,
  HASHTAG_PART_RE,
  RUN3_RE,
  foldWord,
  scanTokens,
  squeezeTo,
  stripInvisible,
} from './tokenise';
import { EMOTICON_POLARITY } from './lexicons/emoji';

/** Characters of a comment that are considered; the rest is ignored (bounded work). */
export const MAX_CHARS = 4000;
/** Tokens considered; a comment of MAX_CHARS characters cannot produce many more. */
export const MAX_TOKENS = 1500;

export type TokenKind = 'word' | 'number' | 'url' | 'mention' | 'hashtag' | 'emoji' | 'emoticon' | 'punct' | 'sarcasm';

export interface SocialToken {
  kind: TokenKind;
  /** The token as written (a slice of the original text, invisible characters removed). */
  text: string;
  /** Lower-cased; elongations squeezed; ’ → '; ß → ss. A hashtag's norm is its body without "#". */
  norm: string;
  /** UTF-16 offsets into the original text: `original.slice(start, end)` is the token. */
  start: number;
  end: number;
  /** A word of two or more letters written in capitals ("NEVER"). */
  caps: boolean;
  /** A letter was repeated three or more times ("sooo"). */
  elongated: boolean;
  /** A word that came from splitting a hashtag. */
  fromHashtag: boolean;
  /** Emoji or emoticon polarity hint, −3…3 (0 for other tokens). */
  hint: number;
}

export interface SocialText {
  /** The text considered: the input, cut to MAX_CHARS. Offsets point into it (and into the input). */
  source: string;
  truncated: boolean;
  tokens: SocialToken[];
  /**
   * The text for pattern matching: invisible characters removed, URLs and @mentions blanked,
   * hashtags split into words, elongations squeezed. Equal to `source` when none of that applied.
   */
  text: string;
  /** `offsets[i]` is the index in `source` of `text[i]`; null when `text === source`. */
  offsets: Int32Array | null;
  counts: { words: number; urls: number; mentions: number; hashtags: number; emoji: number };
  /** Most of the comment is written in capitals. */
  shouting: boolean;
  /** Words written in capitals (not counting short acronyms). */
  capsWords: string[];
  elongated: boolean;
  /** Sum of emoji and emoticon hints. */
  emojiHint: number;
  /** Eye-roll-style emoji or "/s" seen. */
  sarcasmMarks: string[];
  /** Sarcasm emoji that count only next to a complaint (😏, 🤡, 😂). */
  weakSarcasmMarks: string[];
}

/** Acronyms and short capitalised words that are not shouting. */
const ACRONYMS = new Set(
  'ok okay dm pm pn gdpr dsgvo dsar usa uk eu ceo faq pdf tv sms id pin iban bic atm imy arn svt dn svd ard zdf dhl ups dpd gls hm ikea tui db sj sl ica bbc cnn itv nhs bvg eta asap fyi lol omg wtf rip usb led wlan dsl lte pc app api vip kg km eur sek usd nr st tel ab gmbh ag se de en'.split(
    ' ',
  ),
);

interface Edit {
  /** Range in the cleaned text. */
  cs: number;
  ce: number;
  rep: string;
  /** Index in the cleaned text of each character of `rep`; absent: proportional. */
  map?: number[];
}

/** Normalises a comment for classification. Never throws; bounded work for any input. */
export function normaliseSocial(input: string): SocialText {
  let source = typeof input === 'string' ? input : '';
  let truncated = false;
  if (source.length > MAX_CHARS) {
    let cut = MAX_CHARS;
    const c = source.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    source = source.slice(0, cut);
    truncated = true;
  }
  const { clean, map: c2o } = stripInvisible(source);
  const toSource = (i: number) => (c2o ? c2o[i]! : i);
  const lower = clean.toLowerCase();
  const sameLength = lower.length === clean.length;
  const hasRun = RUN3_RE.test(lower);
  const hasCaps = /\p{Lu}\p{M}*\p{Lu}/u.test(clean);
  const lexicon = getLexicon();
  const vocab = lexicon.vocab;

  const tokens: SocialToken[] = [];
  const edits: Edit[] = [];
  const counts = { words: 0, urls: 0, mentions: 0, hashtags: 0, emoji: 0 };
  const capsWords: string[] = [];
  const sarcasmMarks: string[] = [];
  const weakSarcasmMarks: string[] = [];
  let emojiHint = 0;
  let elongated = false;
  let capsLetters = 0;
  let letters = 0;

  const token = (kind: TokenKind, cs: number, ce: number, text: string, norm: string, hint = 0): SocialToken => {
    const t: SocialToken = {
      kind,
      text,
      norm,
      start: c2o ? c2o[cs]! : cs,
      end: c2o ? c2o[ce - 1]! + 1 : ce,
      caps: false,
      elongated: false,
      fromHashtag: false,
      hint,
    };
    tokens.push(t);
    return t;
  };

  /** Folds, squeezes and flags one word; returns the squeezed original-case text when it changed. */
  const word = (cs: number, ce: number, text: string, fromHashtag: boolean): string | null => {
    let norm = sameLength ? lower.slice(cs, ce) : text.toLowerCase();
    const caps = hasCaps && text.length >= 2 && text !== norm && text === text.toUpperCase();
    norm = foldWord(norm);
    let squeezed: string | null = null;
    if (hasRun && RUN3_RE.test(norm)) {
      const two = squeezeTo(norm, 2);
      const keep = vocab.has(two) ? 2 : 1;
      norm = keep === 2 ? two : squeezeTo(norm, 1);
      squeezed = squeezeTo(text, keep);
      elongated = true;
    }
    const first = text.charCodeAt(0);
    const isNumber = first >= 48 && first <= 57 ? true : first < 0x80 ? false : /^\p{N}/u.test(text);
    if (!fromHashtag && !isNumber) {
      counts.words++;
      const n = norm.length;
      letters += n;
      if (caps) {
        capsLetters += n;
        if (n >= 5 || (n >= 3 && !ACRONYMS.has(norm))) capsWords.push(text);
      }
    }
    const t = token(isNumber ? 'number' : 'word', cs, ce, text, norm);
    t.caps = caps;
    t.elongated = squeezed !== null;
    t.fromHashtag = fromHashtag;
    return squeezed;
  };

  let resumeAt = 0;
  scanTokens(clean, (group, cs, end) => {
    if (tokens.length >= MAX_TOKENS) return false;
    if (cs < resumeAt) return;
    let ce = end;
    let text = clean.slice(cs, ce);
    switch (group) {
      case G_WORD: {
        const squeezed = word(cs, ce, text, false);
        if (squeezed !== null) edits.push({ cs, ce, rep: squeezed });
        break;
      }
      case G_PUNCT:
        token('punct', cs, ce, text, text);
        break;
      case G_NUMBER:
        token('number', cs, ce, text, text);
        break;
      case G_EMOJI: {
        counts.emoji++;
        const base = String.fromCodePoint(text.codePointAt(0)!);
        const hint = lexicon.emoji.get(base) ?? 0;
        emojiHint += hint;
        if (lexicon.sarcasmEmoji.has(base)) sarcasmMarks.push(text);
        else if (lexicon.weakSarcasmEmoji.has(base)) weakSarcasmMarks.push(text);
        token('emoji', cs, ce, text, base, hint);
        break;
      }
      case G_URL: {
        // Sentence punctuation right after a URL is not part of it.
        const trimmed = text.replace(/[.,;:!?)\]}'"’”]+$/, '');
        const full = ce;
        if (trimmed.length && trimmed.length < text.length) {
          text = trimmed;
          ce = cs + text.length;
          resumeAt = full;
        }
        counts.urls++;
        token('url', cs, ce, text, text.toLowerCase());
        for (let p = ce; p < full; p++) {
          const ch = clean[p]!;
          if (ch === '.' || ch === '!' || ch === '?' || ch === ',') token('punct', p, p + 1, ch, ch);
        }
        edits.push({ cs, ce, rep: ' '.repeat(ce - cs) });
        break;
      }
      case G_MENTION:
        counts.mentions++;
        token('mention', cs, ce, text, text.slice(1).toLowerCase());
        edits.push({ cs, ce, rep: ' '.repeat(ce - cs) });
        break;
      case G_HASHTAG: {
        counts.hashtags++;
        const body = text.slice(1);
        token('hashtag', cs, ce, text, foldWord(body.toLowerCase()));
        const parts: string[] = [];
        const map: number[] = [];
        HASHTAG_PART_RE.lastIndex = 0;
        for (let p = HASHTAG_PART_RE.exec(body); p; p = HASHTAG_PART_RE.exec(body)) {
          const ps = cs + 1 + p.index;
          const pe = ps + p[0].length;
          const squeezed = word(ps, pe, p[0], true);
          const out = squeezed ?? p[0];
          if (parts.length) map.push(ps);
          parts.push(out);
          for (let i = 0; i < out.length; i++) map.push(Math.min(ps + i, pe - 1));
        }
        edits.push({ cs, ce, rep: parts.join(' '), map });
        break;
      }
      case G_EMOTICON: {
        const hint = EMOTICON_POLARITY[text] ?? 0;
        emojiHint += hint;
        token('emoticon', cs, ce, text, text.toLowerCase(), hint);
        break;
      }
      case G_SARCASM:
        sarcasmMarks.push(text);
        token('sarcasm', cs, ce, text, '/s');
        break;
    }
  });

  const shoutWords = capsWords.length;
  const shouting =
    shoutWords > 0 &&
    letters >= 6 &&
    ((capsLetters / letters >= 0.6 && counts.words >= 1) || (shoutWords >= 3 && shoutWords / counts.words >= 0.3));

  let text = source;
  let offsets: Int32Array | null = null;
  if (edits.length || c2o) ({ text, offsets } = rewrite(clean, c2o, edits));

  return {
    source,
    truncated,
    tokens,
    text,
    offsets,
    counts,
    shouting,
    capsWords,
    elongated,
    emojiHint,
    sarcasmMarks,
    weakSarcasmMarks,
  };
}

/** Applies the edits to the cleaned text and keeps, for every character, its index in the source. */
function rewrite(clean: string, c2o: Int32Array | null, edits: Edit[]): { text: string; offsets: Int32Array } {
  const offsets = new Int32Array(clean.length * 2 + 1);
  let text = '';
  let n = 0;
  let at = 0;
  const src = (i: number) => (c2o ? c2o[i]! : i);
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    text += clean.slice(from, to);
    for (let i = from; i < to; i++) offsets[n++] = src(i);
  };
  for (const e of edits) {
    if (e.cs < at) continue;
    copy(at, e.cs);
    text += e.rep;
    const len = e.rep.length;
    for (let i = 0; i < len; i++) {
      const ci = e.map ? e.map[i]! : i === len - 1 ? e.ce - 1 : Math.min(e.cs + i, e.ce - 1);
      offsets[n++] = src(ci);
    }
    at = e.ce;
  }
  copy(at, clean.length);
  return { text, offsets: offsets.subarray(0, n) };
}

/** Maps a range of `social.text` back to the original text. */
export function sourceRange(social: SocialText, start: number, end: number): [number, number] {
  if (!social.offsets || end <= start) return [start, end];
  const o = social.offsets;
  const s = o[Math.min(start, o.length - 1)] ?? 0;
  const e = (o[Math.min(end - 1, o.length - 1)] ?? s) + 1;
  return [s, Math.max(s, e)];
}
