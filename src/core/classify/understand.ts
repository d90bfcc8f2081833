/**
 * Comment understanding: language, intents, sentiment, urgency and escalation routes, with the
 * words that led to each. Pure and deterministic; one normalisation and one tokenisation per
 * comment, Map lookups for cues, and the pack's escalation regexes compiled once.
 */
import { INTENTS, type Escalation, type Intent, type Pack } from '../pack/schema';
import { compileEscalations, matchEscalationSpans, uniqueWords, type CompiledEscalations } from './escalation';
import { CAT, CAT_COUNT, getLexicon, LANGS, type CueEntry } from './lexicon';
import { scoreLanguages, type Language } from './language';
import { MAX_TOKENS, normaliseSocial, sourceRange, type SocialText, type SocialToken } from './normalise';

/** The intent vocabulary in its canonical order. */
export const INTENT_ORDER = INTENTS;

export interface CompiledUnderstanding {
  escalations: CompiledEscalations;
}

export interface UnderstandingEscalation {
  id: string;
  kind: Escalation['kind'];
  name: string;
  team: string;
  severity: Escalation['severity'];
  /** The words of the comment that triggered the route, as written. */
  words: string[];
}

/** Evidence for every returned intent, plus what moved sentiment and urgency. */
export type Evidence = { [K in Intent]?: string[] } & { sentiment: string[]; urgency: string[] };

export interface Understanding {
  language: Language;
  languageConfidence: number;
  /** Multi-label; "neutral" alone when nothing else applies. */
  intents: Intent[];
  /** −1 (very negative) … 1 (very positive). */
  sentiment: number;
  /** 0 (can wait) … 1 (act now). */
  urgency: number;
  escalations: UnderstandingEscalation[];
  evidence: Evidence;
  flags: { sarcasm: boolean; shouting: boolean; elongated: boolean; truncated: boolean };
}

/** Precompiles what classification needs from a pack. Lexicons are built here too (once per module). */
export function compileUnderstanding(pack: Pick<Pack, 'escalations'>): CompiledUnderstanding {
  getLexicon();
  return { escalations: compileEscalations(pack) };
}


/** Language sets for escalation gating, one per bit mask over LANGS. */
const LANGUAGE_SETS: Array<ReadonlySet<string>> = Array.from(
  { length: 1 << LANGS.length },
  (_, mask) => new Set(LANGS.filter((_l, i) => mask & (1 << i))),
);
const ALL_LANGS = (1 << LANGS.length) - 1;

const SEVERITY_URGENCY = { high: 0.5, medium: 0.3, low: 0.15 } as const;
const CRISIS_KINDS = new Set(['safety', 'legal', 'privacy']);
/** Escalation kinds that are in themselves a complaint about the organisation. */
const COMPLAINT_KINDS: Record<string, number> = { safety: 1, legal: 1, privacy: 1 };
const SARCASM_HASHTAGS = new Set(['not', 'sarcasm', 'ironie', 'ironi', 'sarkasmus', 'sarkasm']);

// ---- scratch space ---------------------------------------------------------------------------
// classifyComment is synchronous and never re-entered, so per-word and per-hit tables are
// allocated once and reused; a call clears only the part it uses.
const CAP = MAX_TOKENS + 8;
const HIT_CAP = CAP * 4;
const words: string[] = [];
const wTok = new Int32Array(CAP);
const wSent = new Int32Array(CAP);
const punctAfter = new Uint8Array(CAP);
const negAt = new Uint8Array(CAP);
const intensAt = new Float64Array(CAP);
const mineAt = new Uint8Array(CAP);
const sentAt = new Uint8Array(CAP);
const sentStart = new Int32Array(CAP + 1);
/** Per sentence: bit 1 ends with "?", bit 2 ends with "!", bit 4 rhetorical. */
const sentFlags = new Uint8Array(CAP + 1);
/** Per sentence: hit index of the question opener at its start, or −1. */
const sentOpener = new Int32Array(CAP + 1);
const hitCat = new Int8Array(HIT_CAP);
const hitLang = new Int8Array(HIT_CAP);
const hitI = new Int32Array(HIT_CAP);
const hitLen = new Int32Array(HIT_CAP);
const hitW = new Float64Array(HIT_CAP);
const sum = new Float64Array(CAT_COUNT);
const coverEnd = new Int32Array(CAT_COUNT);
let hitCount = 0;
let contrastAt = -1;
let curSource = '';
let curTokens: SocialToken[] = [];

/** The original text of words i … i+len−1. */
function span(i: number, len: number): string {
  return curSource.slice(curTokens[wTok[i]!]!.start, curTokens[wTok[i + len - 1]!]!.end);
}

/** Up to `max` distinct evidence strings for a category, in text order. */
function evidenceOf(cat: number, max = 6): string[] {
  const out: string[] = [];
  for (let h = 0; h < hitCount && out.length < max; h++) {
    if (hitCat[h] !== cat) continue;
    const s = span(hitI[h]!, hitLen[h]!);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Records the active entries of one phrase match, hiding content already covered by a longer phrase. */
function record(entries: CueEntry[], i: number, len: number, active: number): void {
  let covers = 0;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    if (!e.global && ((active >> e.lang) & 1) === 0) continue;
    if (e.content && i + len <= coverEnd[e.cat]!) continue;
    covers |= e.covers;
    switch (e.cat) {
      case CAT.NEG:
        negAt[i] = 1;
        continue;
      case CAT.INTENS:
        if (intensAt[i + len - 1]! < e.w) intensAt[i + len - 1] = e.w;
        continue;
      case CAT.CONTRAST:
        if (e.w >= 1 || contrastAt < 0) contrastAt = i;
        continue;
      case CAT.MINE:
        mineAt[i] = 1;
        continue;
      case CAT.SENT:
        sentAt[i] = 1;
        break;
      default:
        sum[e.cat]! += e.w;
    }
    if (hitCount >= HIT_CAP) continue;
    hitCat[hitCount] = e.cat;
    hitLang[hitCount] = e.lang;
    hitI[hitCount] = i;
    hitLen[hitCount] = len;
    hitW[hitCount] = e.w;
    hitCount++;
  }
  for (let bits = covers; bits; bits &= bits - 1) {
    const c = 31 - Math.clz32(bits & -bits);
    if (coverEnd[c]! < i + len) coverEnd[c] = i + len;
  }
}

/** Bits of LANGS whose lexicons have compound stems (German, Swedish). */
const STEM_LANGS = (1 << 1) | (1 << 2);

/** Longest-first phrase lookup at every word (a word trie), then stems for German and Swedish compounds. */
function matchCues(n: number, active: number): void {
  const lex = getLexicon();
  const { trie, prefixes, prefixLens, prefixHeads, suffixes, suffixLens, suffixTails } = lex;
  const stems = (active & STEM_LANGS) !== 0;
  for (let i = 0; i < n; i++) {
    const head = words[i]!;
    // At most three matching lengths per position are kept (longest first): plenty for the lexicons.
    let l1 = 0;
    let e1: CueEntry[] | undefined;
    let l2 = 0;
    let e2: CueEntry[] | undefined;
    let l3 = 0;
    let e3: CueEntry[] | undefined;
    let node = trie.get(head);
    for (let len = 1; node; len++) {
      if (node.entries) {
        e3 = e2;
        l3 = l2;
        e2 = e1;
        l2 = l1;
        e1 = node.entries;
        l1 = len;
      }
      if (!node.next || i + len >= n) break;
      node = node.next.get(words[i + len]!);
    }
    if (!e1 && stems && head.length >= 5) {
      if (prefixHeads.has(head.slice(0, 3))) {
        for (let k = 0; k < prefixLens.length; k++) {
          const plen = prefixLens[k]!;
          if (plen >= head.length) continue;
          const entries = prefixes.get(head.slice(0, plen));
          if (entries) {
            e1 = entries;
            l1 = 1;
            break;
          }
        }
      }
      if (suffixTails.has(head.slice(-3))) {
        for (let k = 0; k < suffixLens.length; k++) {
          const slen = suffixLens[k]!;
          if (slen >= head.length) continue;
          const entries = suffixes.get(head.slice(head.length - slen));
          if (entries) {
            if (e1) {
              e2 = entries;
              l2 = 1;
            } else {
              e1 = entries;
              l1 = 1;
            }
            break;
          }
        }
      }
    }
    if (e1) record(e1, i, l1, active);
    if (e2) record(e2, i, l2, active);
    if (e3) record(e3, i, l3, active);
  }
}

export function classifyComment(input: string, compiled: CompiledUnderstanding): Understanding {
  const social = normaliseSocial(input);
  const lang = scoreLanguages(social);
  const { tokens, source } = social;
  curSource = source;
  curTokens = tokens;

  // ---- words and sentences --------------------------------------------------------------
  words.length = 0;
  let sentence = 0;
  sentStart[0] = 0;
  sentFlags[0] = 0;
  let questionMarks = 0;
  let exclamations = 0;
  let runs = '';
  let sarcasmHashtag = '';
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const kind = tok.kind;
    if (kind === 'word' || kind === 'number') {
      const w = words.length;
      words.push(tok.norm);
      wTok[w] = t;
      wSent[w] = sentence;
      punctAfter[w] = 0;
    } else if (kind === 'punct') {
      const text = tok.text;
      const w = words.length;
      if (w && wTok[w - 1] === t - 1) punctAfter[w - 1] = 1;
      const c = text.charCodeAt(0);
      if (c === 44 || c === 59 || c === 58) continue; // , ; :
      let q = 0;
      let e = 0;
      for (let k = 0; k < text.length; k++) {
        const ch = text.charCodeAt(k);
        if (ch === 63 || ch === 0x203d) q++;
        else if (ch === 33) e++;
      }
      questionMarks += q;
      exclamations += e;
      if ((q || e) && text.length >= 2 && runs.length < 12) runs += (runs ? ' ' : '') + text;
      const open = sentStart[sentence]! < w;
      const target = open ? sentence : sentence - 1;
      if (target >= 0) sentFlags[target]! |= (q ? 1 : 0) | (e ? 2 : 0);
      if (open) {
        sentence++;
        sentStart[sentence] = w;
        sentFlags[sentence] = 0;
      }
    } else if (kind === 'hashtag' && SARCASM_HASHTAGS.has(tok.norm)) {
      sarcasmHashtag = tok.text;
    }
  }
  const n = words.length;
  const sentCount = sentStart[sentence]! < n ? sentence + 1 : sentence;
  sentStart[sentCount] = n;

  // ---- cue matching -------------------------------------------------------------------------
  negAt.fill(0, 0, n);
  intensAt.fill(0, 0, n);
  mineAt.fill(0, 0, n);
  sentAt.fill(0, 0, n);
  sum.fill(0);
  coverEnd.fill(0);
  hitCount = 0;
  contrastAt = -1;
  const active = lang.active;
  matchCues(n, active);

  // ---- escalations ------------------------------------------------------------------------
  const languages = active === ALL_LANGS || lang.language === 'other' ? undefined : LANGUAGE_SETS[active];
  const escalations: UnderstandingEscalation[] = [];
  let escalatedKinds = 0;
  for (const { route, spans } of matchEscalationSpans(compiled.escalations, social.text, languages ? { languages } : {})) {
    const found: string[] = [];
    for (const [s, e] of spans) {
      const [a, b] = sourceRange(social, s, e);
      found.push(source.slice(a, b));
    }
    escalations.push({ id: route.id, kind: route.kind, name: route.name, team: route.team, severity: route.severity, words: uniqueWords(found) });
    escalatedKinds |= 1 << KIND_BITS[route.kind];
  }
  const escalated = (kind: Escalation['kind']) => (escalatedKinds & (1 << KIND_BITS[kind])) !== 0;

  // ---- sentiment --------------------------------------------------------------------------
  let pos = 0;
  let neg = 0;
  const sentimentEvidence: string[] = [];
  for (let h = 0; h < hitCount; h++) {
    if (hitCat[h] !== CAT.SENT) continue;
    const i = hitI[h]!;
    const len = hitLen[h]!;
    const s = wSent[i]!;
    let v = hitW[h]!;
    if (i > 0 && wSent[i - 1] === s && intensAt[i - 1]) v *= 1 + intensAt[i - 1]!;
    const tok = tokens[wTok[i]!]!;
    if (tok.caps && !social.shouting) v *= 1.3;
    if (tok.elongated) v *= 1.3;
    let negator = -1;
    for (let j = Math.max(sentStart[s]!, i - 3); j < i; j++) if (negAt[j]) negator = j;
    if (negator < 0 && hitLang[h] !== 0) {
      // German and Swedish also negate after the word: "gefällt mir nicht", "gillar inte".
      const a = i + len;
      if (a < n && wSent[a] === s && negAt[a]) negator = a;
      else if (a + 1 < n && wSent[a + 1] === s && negAt[a + 1] && !sentAt[a]) negator = a + 1;
    }
    if (negator >= 0) v *= -0.6;
    if (contrastAt >= 0) v *= i < contrastAt ? 0.5 : 1.5;
    if (v > 0) pos += v;
    else neg += v;
    if (sentimentEvidence.length < 8) {
      const ev = negator < 0 ? span(i, len) : negator < i ? span(negator, i + len - negator) : span(i, negator - i + 1);
      if (!sentimentEvidence.includes(ev)) sentimentEvidence.push(ev);
    }
  }
  for (let t = 0; t < tokens.length && sentimentEvidence.length < 10; t++) {
    const tok = tokens[t]!;
    if (tok.hint && !sentimentEvidence.includes(tok.text)) sentimentEvidence.push(tok.text);
  }
  const wordPos = pos;
  neg -= Math.min(2, 0.5 * sum[CAT.COMPLAINT]! + 0.5 * sum[CAT.CRISIS]!);
  pos += Math.min(2, sum[CAT.THANKS]!);
  const emoji = Math.max(-4, Math.min(4, social.emojiHint));
  if (emoji > 0) pos += emoji;
  else neg += emoji;
  const abuseImplied = -Math.min(2, 0.8 * sum[CAT.ABUSE]!);

  // ---- sarcasm ----------------------------------------------------------------------------
  const complaintCues = sum[CAT.COMPLAINT]!;
  const again = sum[CAT.AGAIN]!;
  let sarcStrong = social.sarcasmMarks.length + (sarcasmHashtag ? 1 : 0);
  let sarcWeak = social.weakSarcasmMarks.length * 0.5;
  for (let h = 0; h < hitCount; h++) {
    if (hitCat[h] !== CAT.SARC) continue;
    if (hitW[h]! >= 1) sarcStrong += hitW[h]!;
    else sarcWeak += hitW[h]!;
  }
  const negContext = complaintCues >= 0.5 || neg <= -1.5 || again > 0;
  // "Great, another delay": a strong positive word opening a sentence, followed by a comma,
  // in a comment that complains or repeats ("another", "schon wieder", "igen") and has no "but".
  let opener = -1;
  if (contrastAt < 0 && (again > 0 || complaintCues >= 0.5)) {
    for (let h = 0; h < hitCount; h++) {
      const i = hitI[h]!;
      if (hitCat[h] === CAT.SENT && hitW[h]! >= 2 && i === sentStart[wSent[i]!] && punctAfter[i + hitLen[h]! - 1]) {
        opener = h;
        break;
      }
    }
  }
  const sarcasm = sarcStrong >= 1 || (sarcWeak >= 0.4 && negContext) || opener >= 0;

  let raw = pos + neg;
  if (sarcasm) raw = neg - pos - 0.5;
  if (raw !== 0 && exclamations) raw += Math.sign(raw) * 0.25 * Math.min(exclamations, 3);
  if (social.shouting) raw *= 1.2;
  const withAbuse = raw + abuseImplied;
  const sentiment = round(withAbuse / Math.sqrt(withAbuse * withAbuse + 15));
  const sentimentNoAbuse = raw / Math.sqrt(raw * raw + 15);

  // ---- question ---------------------------------------------------------------------------
  for (let s = 0; s < sentCount; s++) sentOpener[s] = -1;
  let venting = false;
  for (let h = 0; h < hitCount; h++) {
    const cat = hitCat[h];
    const i = hitI[h]!;
    const s = wSent[i]!;
    if (cat === CAT.RHET) {
      if (hitW[h]! >= 1 || sentStart[s + 1]! - sentStart[s]! <= hitLen[h]! + 1) {
        sentFlags[s]! |= 4;
        venting = true;
      }
    } else if (cat === CAT.QSTART && sentOpener[s] === -1 && isClauseStart(i)) {
      sentOpener[s] = h;
    }
  }
  let qScore = 0;
  const qEvidence: string[] = [];
  for (let s = 0; s < sentCount; s++) {
    const flags = sentFlags[s]!;
    if (flags & 4) continue;
    const first = sentStart[s]!;
    const len = sentStart[s + 1]! - first;
    const op = sentOpener[s]!;
    if (flags & 1) {
      // Next to a rhetorical "Seriously?", a question without a question opener is venting too.
      qScore += venting && op < 0 ? 0.6 : 1.2;
      qEvidence.push(len ? span(first, Math.min(len, 6)) + (len > 6 ? ' …?' : '?') : '?');
    } else if (op >= 0 && !(flags & 2)) {
      qScore += hitW[op]!;
      qEvidence.push(span(hitI[op]!, hitLen[op]!));
    }
  }
  if (!sentCount && questionMarks) {
    qScore += 1;
    qEvidence.push('?');
  }
  if (sum[CAT.QANY]! > 0) {
    qScore += sum[CAT.QANY]!;
    qEvidence.push(...evidenceOf(CAT.QANY));
  }
  const question = qScore >= 1;

  // "my order", "meine Bestellung", "min beställning"
  let mineService = '';
  for (let h = 0; h < hitCount && !mineService; h++) {
    if (hitCat[h] !== CAT.SERVICE) continue;
    const i = hitI[h]!;
    for (let j = Math.max(0, i - 3); j < i; j++) {
      if (mineAt[j] && wSent[j] === wSent[i]) {
        mineService = span(j, i + hitLen[h]! - j);
        break;
      }
    }
  }

  // ---- complaint --------------------------------------------------------------------------
  let cScore = complaintCues;
  for (const kind of ['safety', 'legal', 'privacy'] as const) if (escalated(kind)) cScore += COMPLAINT_KINDS[kind]!;
  const aboutService = sum[CAT.SERVICE]! > 0 || complaintCues > 0 || again > 0;
  // Mixed comments ("love it, but the delivery was terrible") complain too: look at the negative part alone.
  const negativeEnough =
    (sentimentNoAbuse <= -0.25 && aboutService) || sentimentNoAbuse <= -0.45 || (!sarcasm && neg <= -2.5 && aboutService);
  const complaint = sarcasm || cScore >= 1 || negativeEnough;

  // ---- help request: help phrases, a request opener starting a sentence, a question about "my order"
  let hScore = sum[CAT.HELP]!;
  let requestAt = -1;
  for (let h = 0; h < hitCount; h++) {
    if (hitCat[h] === CAT.REQ && isClauseStart(hitI[h]!) && (requestAt < 0 || hitW[h]! > hitW[requestAt]!)) requestAt = h;
  }
  if (requestAt >= 0) hScore += hitW[requestAt]!;
  if (mineService && (question || hScore > 0)) hScore += question ? 1 : 0.6;
  // A journalist asking whom to talk to is a press enquiry, not a support request.
  if (escalated('press') && !complaint) hScore = 0;
  const help = hScore >= 1;

  // ---- praise: cues (thanks only when nothing is asked or complained about; hearts count) ---
  let pScore = sum[CAT.PRAISE]!;
  const countThanks = !question && !help && !complaint;
  if (countThanks) {
    pScore += sum[CAT.THANKS]!;
    if (social.emojiHint >= 2) pScore += Math.min(1, social.emojiHint / 3);
  }
  // A positive judgement in words ("not bad at all", "sitzen perfekt") is praise even without a praise cue.
  const positiveJudgement = wordPos >= 1 && sentiment >= 0.25 && !complaint && ((!question && !help) || pScore >= 0.5);
  let praise = !sarcasm && ((pScore >= 1 && (sentiment >= 0 || pos >= 2.5)) || positiveJudgement);

  // ---- crisis -----------------------------------------------------------------------------
  let crScore = sum[CAT.CRISIS]!;
  for (const e of escalations) if (CRISIS_KINDS.has(e.kind)) crScore += 1;
  // Many people affected turns a complaint into an incident ("same here, the whole city is offline").
  const many = sum[CAT.MANY]! > 0 && complaint ? evidenceOf(CAT.MANY, 2) : [];
  crScore += 0.5 * many.length;
  const crisis = crScore >= 1;

  // ---- spam -------------------------------------------------------------------------------
  const spamCues = sum[CAT.SPAM]!;
  const urls = social.counts.urls;
  let spamScore = spamCues + (urls ? 1 : 0);
  if (social.counts.mentions >= 3) spamScore += 0.5;
  if (social.counts.hashtags >= 5) spamScore += 0.5;
  let spam = spamCues >= 1.5 || (spamScore >= 2 && spamCues >= 0.5);
  if (spam && spamCues < 2 && (complaint || hScore >= 1) && !urls) spam = false;

  // ---- abuse ------------------------------------------------------------------------------
  let aScore = sum[CAT.ABUSE]!;
  if (escalated('harassment')) aScore += 1.5;
  const abuse = aScore >= 1;

  // Spam is hidden, not answered: its questions and praise are part of the pitch.
  if (spam) praise = false;
  const intents: Intent[] = [];
  if (question && !spam) intents.push('question');
  if (complaint) intents.push('complaint');
  if (praise) intents.push('praise');
  if (help && !spam) intents.push('help_request');
  if (crisis) intents.push('crisis');
  if (spam) intents.push('spam');
  if (abuse) intents.push('abuse');
  if (!intents.length) intents.push('neutral');

  // ---- evidence ---------------------------------------------------------------------------
  const evidence: Evidence = { sentiment: sentimentEvidence, urgency: [] };
  for (const intent of intents) {
    let ev: string[] = [];
    switch (intent) {
      case 'question':
        ev = qEvidence;
        break;
      case 'complaint':
        ev = evidenceOf(CAT.COMPLAINT);
        for (const e of escalations) if (COMPLAINT_KINDS[e.kind]) ev.push(...e.words);
        if (sarcasm) {
          ev.push(...social.sarcasmMarks, ...evidenceOf(CAT.SARC, 3));
          if (sarcasmHashtag) ev.push(sarcasmHashtag);
          if (opener >= 0) ev.push(span(hitI[opener]!, hitLen[opener]!));
        }
        if (negativeEnough || !ev.length) ev.push(...sentimentEvidence.slice(0, 3));
        break;
      case 'praise':
        ev = evidenceOf(CAT.PRAISE);
        if (countThanks) {
          ev.push(...evidenceOf(CAT.THANKS, 3));
          for (const t of tokens) if (t.hint > 0 && ev.length < 8) ev.push(t.text);
        }
        if (pScore < 1) ev.push(...sentimentEvidence.slice(0, 3));
        break;
      case 'help_request':
        ev = evidenceOf(CAT.HELP);
        if (requestAt >= 0) ev.push(span(hitI[requestAt]!, hitLen[requestAt]!));
        if (mineService) ev.push(mineService);
        break;
      case 'crisis':
        ev = evidenceOf(CAT.CRISIS);
        for (const e of escalations) if (CRISIS_KINDS.has(e.kind)) ev.push(...e.words);
        ev.push(...many);
        break;
      case 'spam':
        ev = evidenceOf(CAT.SPAM);
        for (const t of tokens) if (t.kind === 'url' && ev.length < 8) ev.push(t.text);
        break;
      case 'abuse':
        ev = evidenceOf(CAT.ABUSE);
        for (const e of escalations) if (e.kind === 'harassment') ev.push(...e.words);
        break;
    }
    evidence[intent] = uniqueWords(ev).slice(0, 8);
  }

  // ---- urgency ----------------------------------------------------------------------------
  let urgency = 0;
  const uEvidence: string[] = [];
  let severity = 0;
  for (const e of escalations) {
    const v = SEVERITY_URGENCY[e.severity];
    if (v > severity) severity = v;
  }
  if (severity) {
    urgency += severity;
    for (const e of escalations) uEvidence.push(e.name);
  }
  if (crisis) urgency += 0.2;
  if (sum[CAT.URGENT]! > 0) {
    urgency += Math.min(0.35, 0.15 * sum[CAT.URGENT]!);
    uEvidence.push(...evidenceOf(CAT.URGENT));
  }
  if (social.shouting) {
    urgency += 0.15;
    uEvidence.push(...social.capsWords.slice(0, 3));
  }
  if (runs || questionMarks + exclamations >= 3) {
    urgency += 0.1;
    uEvidence.push(runs ? runs.split(' ')[0]! : '?!');
  }
  if (complaint) urgency += 0.1;
  if (help) urgency += 0.05;
  if (sentiment < 0) urgency += -sentiment * 0.15;
  evidence.urgency = uniqueWords(uEvidence).slice(0, 8);

  curTokens = [];
  curSource = '';
  return {
    language: lang.language,
    languageConfidence: lang.confidence,
    intents,
    sentiment,
    urgency: round(Math.min(1, urgency)),
    escalations,
    evidence,
    flags: { sarcasm, shouting: social.shouting, elongated: social.elongated, truncated: social.truncated },
  };
}

const KIND_BITS: Record<Escalation['kind'], number> = { legal: 0, safety: 1, privacy: 2, press: 3, harassment: 4, other: 5 };

/** First word of a sentence or of a clause after a comma ("Hi, can you …"). */
function isClauseStart(i: number): boolean {
  return i === sentStart[wSent[i]!] || (i > 0 && wSent[i - 1] === wSent[i] && punctAfter[i - 1] === 1);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** For callers that already normalised the text (e.g. to show tokens). */
export type { SocialText };
