import { getLexicon, resolveToneLocale } from './lexicon';
import type { GuidanceDimension, ResolvedTarget, ToneEvidence, ToneLocale, ToneProfile, ToneTip } from './types';

/** When a dimension without a band in the target earns a tip. */
export interface GuidanceThresholds {
  jargon: number;
  defensiveness: number;
  promotional: number;
  hedging: number;
  /** Tip when readability.level01 falls below this… */
  readability: number;
  /** …and the draft has at least this many words. */
  readabilityMinWords: number;
}

export const DEFAULT_THRESHOLDS: GuidanceThresholds = {
  jargon: 0.35,
  defensiveness: 0.3,
  promotional: 0.3,
  hedging: 0.45,
  readability: 0.4,
  readabilityMinWords: 8,
};

type TipKey =
  | 'warmthUp'
  | 'warmthDown'
  | 'formalityUp'
  | 'formalityDown'
  | 'jargon'
  | 'jargonPlain'
  | 'defensive'
  | 'defensivePlain'
  | 'promo'
  | 'promoPlain'
  | 'hedge'
  | 'hedgePlain'
  | 'readability'
  | 'lengthUp'
  | 'lengthDown'
  | 'emojiNone'
  | 'emojiFewer'
  | 'addressFormal'
  | 'addressInformal';

/** Tip texts; {words}, {min}, {max}, {n}, {measure}, {score}, {formal}, {informal} are filled in. */
const TIPS: Record<ToneLocale, Record<TipKey, string>> = {
  en: {
    warmthUp: 'Warmer: acknowledge the frustration before the facts',
    warmthDown: 'Less effusive: one thank-you is enough, then the answer',
    formalityUp: 'More formal: write out contractions, drop slang and emoji',
    formalityDown: 'More relaxed: shorter sentences and everyday words',
    jargon: 'Plainer: say {words} in everyday words',
    jargonPlain: 'Plainer: swap stock phrases for everyday words',
    defensive: 'Less defensive: drop {words} and restate the answer kindly',
    defensivePlain: 'Less defensive: no blame — restate the answer kindly',
    promo: 'No sales pitch: answer the comment and leave out {words}',
    promoPlain: 'No sales pitch: answer the comment and leave offers out',
    hedge: 'More direct: say what you will do and when, instead of {words}',
    hedgePlain: 'More direct: say what you will do and when',
    readability: 'Simpler: shorter sentences and shorter words ({measure} {score})',
    lengthUp: 'Longer: add the next step or who to contact (at least {min} characters)',
    lengthDown: 'Shorter: cut to {max} characters or fewer (now {n})',
    emojiNone: 'No emoji here: remove {n}',
    emojiFewer: 'Fewer emoji: at most {max} here (now {n})',
    addressFormal: 'Formal address: use “{formal}” instead of “{informal}”',
    addressInformal: 'Informal address: use “{informal}” instead of “{formal}”',
  },
  de: {
    warmthUp: 'Wärmer: zeigen Sie zuerst Verständnis für den Ärger, dann die Fakten',
    warmthDown: 'Sachlicher: ein Dank genügt, dann die Antwort',
    formalityUp: 'Förmlicher: keine Umgangssprache, keine Emojis, ganze Sätze',
    formalityDown: 'Lockerer: kürzere Sätze und Alltagswörter',
    jargon: 'Klarer: sagen Sie {words} in Alltagssprache',
    jargonPlain: 'Klarer: Floskeln durch Alltagswörter ersetzen',
    defensive: 'Weniger defensiv: {words} streichen und die Antwort freundlich wiederholen',
    defensivePlain: 'Weniger defensiv: keine Schuldzuweisung, die Antwort freundlich wiederholen',
    promo: 'Keine Werbung: auf den Kommentar antworten, {words} weglassen',
    promoPlain: 'Keine Werbung: auf den Kommentar antworten, Angebote weglassen',
    hedge: 'Direkter: sagen Sie, was Sie tun und bis wann – statt {words}',
    hedgePlain: 'Direkter: sagen Sie, was Sie tun und bis wann',
    readability: 'Einfacher: kürzere Sätze und kürzere Wörter ({measure} {score})',
    lengthUp: 'Länger: nennen Sie den nächsten Schritt oder einen Kontakt (mind. {min} Zeichen)',
    lengthDown: 'Kürzer: höchstens {max} Zeichen (jetzt {n})',
    emojiNone: 'Keine Emojis hier: {n} entfernen',
    emojiFewer: 'Weniger Emojis: höchstens {max} (jetzt {n})',
    addressFormal: 'Förmliche Anrede: „{formal}“ statt „{informal}“',
    addressInformal: 'Vertraute Anrede: „{informal}“ statt „{formal}“',
  },
  sv: {
    warmthUp: 'Varmare: visa förståelse för irritationen innan du kommer till fakta',
    warmthDown: 'Sakligare: ett tack räcker, sedan svaret',
    formalityUp: 'Mer formellt: undvik slang och emojis, skriv hela meningar',
    formalityDown: 'Ledigare: kortare meningar och vardagliga ord',
    jargon: 'Enklare: säg {words} med vardagliga ord',
    jargonPlain: 'Enklare: byt fraser och fackord mot vardagliga ord',
    defensive: 'Mindre försvarande: stryk {words} och upprepa svaret vänligt',
    defensivePlain: 'Mindre försvarande: skuldbelägg inte, upprepa svaret vänligt',
    promo: 'Ingen säljpitch: svara på kommentaren och skippa {words}',
    promoPlain: 'Ingen säljpitch: svara på kommentaren och skippa erbjudanden',
    hedge: 'Tydligare: säg vad du gör och när, i stället för {words}',
    hedgePlain: 'Tydligare: säg vad du gör och när',
    readability: 'Enklare språk: kortare meningar och kortare ord ({measure} {score})',
    lengthUp: 'Längre: lägg till nästa steg eller vem man kan kontakta (minst {min} tecken)',
    lengthDown: 'Kortare: högst {max} tecken (nu {n})',
    emojiNone: 'Inga emojis här: ta bort {n}',
    emojiFewer: 'Färre emojis: högst {max} (nu {n})',
    addressFormal: 'Formellt tilltal: skriv ”{formal}” i stället för ”{informal}”',
    addressInformal: 'Informellt tilltal: skriv ”{informal}” i stället för ”{formal}”',
  },
};

const QUOTES: Record<ToneLocale, [string, string]> = { en: ['“', '”'], de: ['„', '“'], sv: ['”', '”'] };
const MEASURE_NAMES: Record<string, string> = { flesch: 'Flesch', amstad: 'Amstad', lix: 'LIX' };

function fill(template: string, vars: Record<string, string | number>): string {
  let out = template;
  for (const [k, v] of Object.entries(vars)) out = out.split(`{${k}}`).join(String(v));
  return out;
}

const SPACES_RE = /\s+/g;

/** Up to two distinct words that pushed a dimension up, strongest first. */
function topWords(list: readonly ToneEvidence[] | undefined): string[] {
  if (!list || list.length === 0) return [];
  const sorted = [...list].filter((e) => e.weight > 0).sort((a, b) => b.weight - a.weight || a.start - b.start);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of sorted) {
    const w = e.word.replace(SPACES_RE, ' ').trim();
    const k = w.toLowerCase();
    if (!w || seen.has(k)) continue;
    seen.add(k);
    out.push(w);
    if (out.length === 2) break;
  }
  return out;
}

function quoteList(words: string[], lang: ToneLocale): string {
  const [o, c] = QUOTES[lang];
  return words.map((w) => `${o}${w}${c}`).join(', ');
}

/**
 * Short, actionable tips comparing a profile with a resolved voice target, in `locale`'s language
 * (en, de, sv; others get English). Order: defensiveness, warmth, address, jargon, promotional,
 * formality, hedging, length, emoji, readability. An empty draft gets no tips.
 */
export function toneGuidance(
  profile: ToneProfile,
  target: ResolvedTarget,
  locale: string,
  thresholds: Partial<GuidanceThresholds> = {},
): ToneTip[] {
  const th = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const lang = resolveToneLocale(locale).locale;
  const T = TIPS[lang];
  const tips: ToneTip[] = [];
  const st = profile.stats;
  if (st.words === 0 && st.emoji === 0) return tips;

  const add = (dimension: GuidanceDimension, direction: 'up' | 'down', tip: string, words?: string[]): void => {
    tips.push(words && words.length ? { dimension, direction, tip, words } : { dimension, direction, tip });
  };
  const withWords = (dim: GuidanceDimension, key: TipKey, plain: TipKey): void => {
    const words = topWords(profile.evidence[dim as keyof ToneProfile['evidence']]);
    add(dim, 'down', words.length ? fill(T[key], { words: quoteList(words, lang) }) : T[plain], words);
  };

  if (profile.defensiveness > th.defensiveness) withWords('defensiveness', 'defensive', 'defensivePlain');

  if (target.warmth) {
    const [lo, hi] = target.warmth;
    if (profile.warmth < lo) add('warmth', 'up', T.warmthUp);
    else if (profile.warmth > hi) add('warmth', 'down', T.warmthDown);
  }

  if (target.address && (profile.locale === 'de' || profile.locale === 'sv')) {
    const lex = getLexicon(profile.locale);
    const vars = { formal: lex.formalPronoun, informal: lex.informalPronoun };
    if (target.address === 'formal' && (st.address === 'informal' || st.address === 'mixed')) {
      add('address', 'up', fill(T.addressFormal, vars));
    } else if (target.address === 'informal' && (st.address === 'formal' || st.address === 'mixed')) {
      add('address', 'down', fill(T.addressInformal, vars));
    }
  }

  if (profile.jargon > th.jargon) withWords('jargon', 'jargon', 'jargonPlain');
  if (profile.promotional > th.promotional) withWords('promotional', 'promo', 'promoPlain');

  if (target.formality) {
    const [lo, hi] = target.formality;
    if (profile.formality < lo) add('formality', 'up', T.formalityUp);
    else if (profile.formality > hi) add('formality', 'down', T.formalityDown);
  }

  if (profile.hedging > th.hedging) withWords('hedging', 'hedge', 'hedgePlain');

  if (target.length) {
    const { min, max } = target.length;
    if (min !== undefined && st.characters < min) add('length', 'up', fill(T.lengthUp, { min }));
    else if (max !== undefined && st.characters > max) add('length', 'down', fill(T.lengthDown, { max, n: st.characters }));
  }

  if (target.emoji && st.emoji > target.emoji.max) {
    const max = target.emoji.max;
    add('emoji', 'down', max === 0 ? fill(T.emojiNone, { n: st.emoji }) : fill(T.emojiFewer, { max, n: st.emoji }));
  }

  if (st.words >= th.readabilityMinWords && profile.readability.level01 < th.readability) {
    const r = profile.readability;
    add(
      'readability',
      'up',
      fill(T.readability, { measure: MEASURE_NAMES[r.measure] ?? r.measure, score: Math.round(r.score) }),
    );
  }
  return tips;
}
