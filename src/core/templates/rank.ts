import { INTENTS, PLATFORMS, type Intent, type Platform, type Template } from '../pack/schema';
import { STOPWORDS, fold, stem, withinOneEdit, words } from './search-text';
import {
  intentBits,
  languageOf,
  lowerBound,
  platformBit,
  popcount,
  type TemplateIndex,
  type Vocabulary,
} from './template-index';

export interface RankOptions {
  /** Intents of the comment being answered (strongest first); empty when unknown. */
  intents: readonly Intent[];
  platform: Platform;
  /** The reply's language ("de", "de-AT"). */
  locale: string;
  /** The comment, for words it shares with templates. */
  commentText?: string;
  /** What the communicator typed in the template search box (";sorry", "deliv"). */
  query?: string;
  /** How often this communicator picked each template, by template id. */
  usage?: Readonly<Record<string, number>>;
  /** Crisis mode: only approved holding statements are offered. */
  crisis?: boolean;
  /** Most results returned (default 20; `Infinity` for all). */
  limit?: number;
}

export interface RankedTemplate {
  template: Template;
  score: number;
  /**
   * Why it ranks where it does, as `kind:detail` codes the panel can translate:
   * `shortcut:exact`, `shortcut:prefix`, `query:<words>`, `locale:<l>`, `locale-fallback:<l>`,
   * `intent:<intent,…>`, `platform:<p>`, `words:<w,…>`, `usage:<n>`, `holding`.
   */
  reasons: string[];
}

/**
 * Score weights. Locale dominates (other languages only fill in below), then what the comment
 * is (intent), then what it says (shared words), then habit (usage) and platform fit. A query
 * filters to matching templates and outweighs intent; an exact shortcut always comes first.
 */
export const WEIGHTS = {
  shortcutExact: 1000,
  shortcutOtherSigil: 900,
  shortcutPrefix: 200,
  queryMax: 80,
  locale: 100,
  language: 90,
  intentAny: 30,
  intentShare: 10,
  intentPrimary: 5,
  platformSpecific: 4,
  platformNarrow: 4,
  wordsMax: 20,
  usagePerLog: 3,
  usageMax: 10,
  holdingOutsideCrisis: -10,
} as const;

const DEFAULT_LIMIT = 20;
/** Query words looked at; a pasted paragraph is not a search. */
const MAX_QUERY_WORDS = 8;
/** Comment stems looked at. */
const MAX_COMMENT_STEMS = 200;

/** Per-word field weight of the best match; prefix and fuzzy matches count for less. */
const PREFIX_FACTOR = 0.75;
const FUZZY_FACTOR = 0.5;

function addPostings(vocab: Vocabulary, from: number, to: number, factor: number, best: Float32Array, exact?: string): number {
  let hits = 0;
  for (let k = from; k < to; k++) {
    const docs = vocab.docs[k]!;
    const weights = vocab.weights[k]!;
    const f = exact !== undefined && vocab.words[k] === exact ? 1 : factor;
    for (let j = 0; j < docs.length; j++) {
      const d = docs[j]!;
      const w = weights[j]! * f;
      if (w > best[d]!) best[d] = w;
    }
    hits += docs.length;
  }
  return hits;
}

function prefixRange(vocab: Vocabulary, prefix: string): [number, number] {
  const from = lowerBound(vocab.words, prefix, (w) => w);
  let to = from;
  const list = vocab.words;
  while (to < list.length && list[to]!.startsWith(prefix)) to++;
  return [from, to];
}

/** Typo tolerance: words within one edit of the term (or of the start of a longer word). */
function addFuzzy(vocab: Vocabulary, term: string, best: Float32Array): number {
  let hits = 0;
  const firsts = new Set([term[0]!, term[1] ?? term[0]!]);
  for (const first of firsts) {
    const [from, to] = prefixRange(vocab, first);
    for (let k = from; k < to; k++) {
      const w = vocab.words[k]!;
      if (withinOneEdit(term, w) || (w.length > term.length && withinOneEdit(term, w.slice(0, term.length)))) {
        hits += addPostings(vocab, k, k + 1, FUZZY_FACTOR, best);
      }
    }
  }
  return hits;
}

interface QueryMatch {
  /** Per template: summed word relevance (0 when a query word is not matched). */
  score: Float32Array;
  /** Per template: shortcut bonus. */
  shortcut: Float32Array;
  /** Per template: 1 when it matches the query at all. */
  ok: Uint8Array;
  terms: string[];
}

function matchQuery(index: TemplateIndex, raw: string): QueryMatch | null {
  const q = fold(raw.length > 200 ? raw.slice(0, 200) : raw).trim();
  if (!q) return null;
  const n = index.size;
  const score = new Float32Array(n);
  const shortcut = new Float32Array(n);
  const ok = new Uint8Array(n);

  // ";sorry" / "/sorry": shortcuts first (exact, then other sigil, then prefix).
  const sigil = q[0] === ';' || q[0] === '/' ? q[0] : '';
  if (sigil) {
    const key = q.slice(1).split(/\s/)[0] ?? '';
    if (!key) {
      // Just the sigil: every template with a shortcut.
      for (const s of index.shortcuts) ok[s.doc] = 1;
    } else {
      const list = index.shortcuts;
      for (let k = lowerBound(list, key, (s) => s.key); k < list.length && list[k]!.key.startsWith(key); k++) {
        const s = list[k]!;
        const bonus =
          s.key === key
            ? s.sigil === sigil
              ? WEIGHTS.shortcutExact
              : WEIGHTS.shortcutOtherSigil
            : WEIGHTS.shortcutPrefix * (0.5 + (0.5 * key.length) / s.key.length);
        if (bonus > shortcut[s.doc]!) shortcut[s.doc] = bonus;
        ok[s.doc] = 1;
      }
    }
  }

  const terms = [...new Set(words(sigil ? q.slice(1) : q, 200))].slice(0, MAX_QUERY_WORDS);
  // Nothing searchable (only emoji or punctuation): the query does not filter.
  if (!sigil && !terms.length) return null;
  if (terms.length) {
    const best = new Float32Array(n);
    const hits = new Uint8Array(n);
    for (const term of terms) {
      best.fill(0);
      const [tf, tt] = prefixRange(index.title, term);
      let found = addPostings(index.title, tf, tt, PREFIX_FACTOR, best, term);
      // One letter only searches names, tags and shortcuts; body words need two.
      if (term.length >= 2) {
        const [bf, bt] = prefixRange(index.body, term);
        found += addPostings(index.body, bf, bt, PREFIX_FACTOR, best, term);
      }
      if (!found && term.length >= 3) {
        addFuzzy(index.title, term, best);
        addFuzzy(index.body, term, best);
      }
      for (let d = 0; d < n; d++) {
        const b = best[d]!;
        if (b > 0) {
          score[d] = score[d]! + b;
          hits[d] = hits[d]! + 1;
        }
      }
    }
    // Every word of the query must match somewhere (the last one may be half typed).
    const maxPerTerm = 3;
    const norm = WEIGHTS.queryMax / (maxPerTerm * terms.length);
    for (let d = 0; d < n; d++) {
      if (hits[d] === terms.length) {
        ok[d] = 1;
        score[d] = score[d]! * norm;
      } else score[d] = 0;
    }
  }
  return { score, shortcut, ok, terms };
}

/** Stems of the comment's content words with their postings, bounded. */
function commentStems(index: TemplateIndex, text: string): Array<{ id: number; word: string; docs: Int32Array; idf: number }> {
  const out: Array<{ id: number; word: string; docs: Int32Array; idf: number }> = [];
  const seen = new Set<string>();
  const half = Math.max(8, index.size / 2);
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    const s = stem(w);
    if (seen.has(s)) continue;
    seen.add(s);
    const entry = index.stems.get(s);
    // Stems most templates share carry little information and cost the most.
    if (entry && entry.docs.length <= half) out.push({ word: w, ...entry });
    if (seen.size >= MAX_COMMENT_STEMS) break;
  }
  return out;
}

function usageBoost(count: number): number {
  if (!(count > 0) || !Number.isFinite(count)) return 0;
  return Math.min(WEIGHTS.usageMax, WEIGHTS.usagePerLog * Math.log1p(count));
}

/**
 * Rank a pack's templates for a comment and/or a typed query, best first.
 * - Crisis mode: only `holding: true` templates.
 * - Templates restricted to other platforms are left out.
 * - Same locale first, same language next, other languages below them.
 * - With a query, only templates matching it (shortcut prefix, or every query word as a prefix
 *   of a name, tag, shortcut or body word; one typo allowed when a word matches nothing).
 * Ties keep pack order.
 */
/**
 * Which of a comment's intents a reply must deal with first: a complaint that ends in "where is
 * it??" is answered as a complaint, not as a question.
 */
const REPLY_PRIORITY: readonly Intent[] = ['crisis', 'complaint', 'help_request', 'question', 'abuse', 'spam', 'praise', 'neutral'];

export function primaryIntent(intents: readonly Intent[] | undefined): Intent | undefined {
  if (!intents?.length) return undefined;
  return REPLY_PRIORITY.find((i) => intents.includes(i)) ?? intents[0];
}

export function rankTemplates(index: TemplateIndex, opts: RankOptions): RankedTemplate[] {
  const n = index.size;
  const limit = opts.limit === undefined ? DEFAULT_LIMIT : Math.max(0, Math.floor(opts.limit));
  if (!n || limit === 0) return [];

  const want = intentBits(opts.intents);
  const primary = primaryIntent(opts.intents);
  const wantPrimary = primary ? INTENTS.indexOf(primary) : -1;
  const pbit = platformBit(opts.platform);
  const locale = String(opts.locale ?? '');
  const loc = index.locales.get(locale) ?? -1;
  const lang = index.locales.get(languageOf(locale)) ?? -1;
  const crisis = !!opts.crisis;
  const crisisIntent = (want & intentBits(['crisis'])) !== 0;

  const query = opts.query ? matchQuery(index, opts.query) : null;

  let overlap: Float32Array | null = null;
  const stems = opts.commentText ? commentStems(index, opts.commentText) : [];
  if (stems.length) {
    overlap = new Float32Array(n);
    for (const s of stems) for (let j = 0; j < s.docs.length; j++) {
        const d = s.docs[j]!;
        overlap[d] = overlap[d]! + s.idf;
      }
  }

  let usage: Float32Array | null = null;
  if (opts.usage) {
    for (const id in opts.usage) {
      const d = index.byId.get(id);
      if (d === undefined) continue;
      const boost = usageBoost(Number(opts.usage[id]));
      if (boost) (usage ??= new Float32Array(n))[d] = boost;
    }
  }

  // Single pass; keep the best `limit` in a small sorted buffer (or all, then sort).
  const keepAll = !Number.isFinite(limit) || limit >= n || limit > 64;
  const topDocs: number[] = [];
  const topScores: number[] = [];
  for (let d = 0; d < n; d++) {
    if (crisis && !index.holding[d]) continue;
    if (!(index.platformMask[d]! & pbit)) continue;
    if (query && !query.ok[d]) continue;

    let score = index.localeId[d] === loc ? WEIGHTS.locale : index.langId[d] === lang ? WEIGHTS.language : 0;
    const shared = index.intentMask[d]! & want;
    if (shared) {
      score += WEIGHTS.intentAny + (WEIGHTS.intentShare * popcount(shared)) / index.intentCount[d]!;
      if (index.primaryIntent[d] === wantPrimary) score += WEIGHTS.intentPrimary;
    }
    const pc = index.platformCount[d]!;
    if (pc) score += WEIGHTS.platformSpecific + WEIGHTS.platformNarrow / pc;
    if (overlap) {
      const o = overlap[d]!;
      if (o) score += WEIGHTS.wordsMax * (1 - Math.exp(-o / 6));
    }
    if (usage) score += usage[d]!;
    if (query) score += query.score[d]! + query.shortcut[d]!;
    if (index.holding[d] && !crisis && !crisisIntent) score += WEIGHTS.holdingOutsideCrisis;

    if (keepAll) {
      topDocs.push(d);
      topScores.push(score);
      continue;
    }
    if (topDocs.length === limit && score <= topScores[limit - 1]!) continue;
    // Insert after equal scores so that pack order breaks ties.
    let at = topDocs.length;
    while (at > 0 && topScores[at - 1]! < score) at--;
    topDocs.splice(at, 0, d);
    topScores.splice(at, 0, score);
    if (topDocs.length > limit) {
      topDocs.pop();
      topScores.pop();
    }
  }

  let order = topDocs.map((_, i) => i);
  if (keepAll) order.sort((a, b) => topScores[b]! - topScores[a]! || topDocs[a]! - topDocs[b]!);
  if (order.length > limit) order = order.slice(0, limit);

  return order.map((i) => {
    const d = topDocs[i]!;
    return {
      template: index.templates[d]!,
      score: Math.round(topScores[i]! * 1000) / 1000,
      reasons: explain(index, d, opts, { want, loc, lang, pbit, query, stems, usage, crisis, crisisIntent }),
    };
  });
}

function explain(
  index: TemplateIndex,
  d: number,
  opts: RankOptions,
  c: {
    want: number;
    loc: number;
    lang: number;
    pbit: number;
    query: QueryMatch | null;
    stems: Array<{ id: number; word: string }>;
    usage: Float32Array | null;
    crisis: boolean;
    crisisIntent: boolean;
  },
): string[] {
  const t = index.templates[d]!;
  const reasons: string[] = [];
  if (c.query) {
    const sc = c.query.shortcut[d]!;
    if (sc >= WEIGHTS.shortcutOtherSigil) reasons.push('shortcut:exact');
    else if (sc > 0) reasons.push('shortcut:prefix');
    if (c.query.score[d]! > 0) reasons.push(`query:${c.query.terms.join(',')}`);
  }
  if (index.localeId[d] === c.loc || index.langId[d] === c.lang) reasons.push(`locale:${t.locale}`);
  else reasons.push(`locale-fallback:${t.locale}`);
  const shared = index.intentMask[d]! & c.want;
  if (shared) reasons.push(`intent:${INTENTS.filter((_, i) => shared & (1 << i)).join(',')}`);
  if (index.platformCount[d]) reasons.push(`platform:${PLATFORMS.find((_, i) => c.pbit === 1 << i) ?? opts.platform}`);
  if (c.stems.length) {
    const own = index.docStems[d]!;
    const common = c.stems.filter((s) => own.includes(s.id)).map((s) => s.word);
    if (common.length) reasons.push(`words:${common.slice(0, 5).join(',')}`);
  }
  if (c.usage?.[d]) reasons.push(`usage:${Number(opts.usage?.[t.id])}`);
  if (index.holding[d]) reasons.push('holding');
  return reasons;
}
