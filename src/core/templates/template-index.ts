import { INTENTS, PLATFORMS, type Intent, type Platform, type Template } from '../pack/schema';
import { replacePlaceholders } from './placeholders';
import { MAX_MATCH_TEXT, STOPWORDS, WordScanner, fold, stem } from './search-text';
import { WordTable } from './word-table';

/**
 * Everything ranking needs, computed once per pack so that ranking is one pass of cheap
 * arithmetic over typed arrays. Build it with `compileTemplates` when a pack is loaded and reuse
 * it for every comment and keystroke. The search vocabularies (`title`, `body`) are built by the
 * first query that needs them.
 */
export interface TemplateIndex {
  readonly templates: readonly Template[];
  readonly size: number;
  /** Bit i set when the template lists INTENTS[i]. */
  readonly intentMask: Uint16Array;
  /** Index into INTENTS of the template's first (primary) intent. */
  readonly primaryIntent: Uint8Array;
  /** Number of intents the template lists. */
  readonly intentCount: Uint8Array;
  /** Bit i set when the template may be used on PLATFORMS[i] (all bits when unrestricted). */
  readonly platformMask: Uint16Array;
  /** Number of platforms the template is restricted to; 0 = every platform. */
  readonly platformCount: Uint8Array;
  /** Id of the full locale ("de-AT") and of its language ("de") in `locales`. */
  readonly localeId: Uint16Array;
  readonly langId: Uint16Array;
  readonly locales: ReadonlyMap<string, number>;
  readonly holding: Uint8Array;
  readonly byId: ReadonlyMap<string, number>;
  /** Shortcuts without their sigil, sorted, each with its template and sigil (";" or "/"). */
  readonly shortcuts: ReadonlyArray<{ key: string; sigil: string; doc: number }>;
  /** Comment-overlap postings: word stem → its id, templates using it, and its rarity weight. */
  readonly stems: ReadonlyMap<string, { id: number; docs: Int32Array; idf: number }>;
  /** Each template's stem ids (for explaining a rank). */
  readonly docStems: readonly Int32Array[];
  /** Search vocabulary for name, tags and shortcut words (sorted) with postings; built on first use. */
  readonly title: Vocabulary;
  /** Search vocabulary for body words (sorted) with postings; built on first use. */
  readonly body: Vocabulary;
}

export interface Vocabulary {
  /** Folded words, sorted by code unit so that a prefix is a contiguous range. */
  readonly words: readonly string[];
  /** Per word: templates containing it, and the field weight (name 3, shortcut 3, tag 2.5, body 1). */
  readonly docs: readonly Int32Array[];
  readonly weights: readonly Float32Array[];
}

export const FIELD_WEIGHT = { name: 3, shortcut: 3, tag: 2.5, body: 1 } as const;

const INTENT_BIT = new Map<Intent, number>(INTENTS.map((i, n) => [i, 1 << n]));
const PLATFORM_BIT = new Map<Platform, number>(PLATFORMS.map((p, n) => [p, 1 << n]));
export const ALL_PLATFORMS = (1 << PLATFORMS.length) - 1;

export function intentBits(intents: readonly Intent[] | undefined): number {
  let mask = 0;
  for (const i of intents ?? []) mask |= INTENT_BIT.get(i) ?? 0;
  return mask;
}
export function platformBit(platform: Platform): number {
  return PLATFORM_BIT.get(platform) ?? 0;
}
export function popcount(x: number): number {
  let n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

/** The lower-case language part of a locale: "de-AT" → "de". */
export function languageOf(locale: string): string {
  return locale.slice(0, 2).toLowerCase();
}

/**
 * Collects (word, template, weight) postings over shared word ids in flat arrays: one entry per
 * word and template, keeping the best field weight. Templates must be added in order.
 */
class PostingsBuilder {
  /** Per word id: the last template it was added for (-1: none yet), and that entry. */
  private lastDoc = new Int32Array(1024).fill(-1);
  private lastEntry = new Int32Array(1024);
  private entries = 0;
  private entryWord = new Int32Array(4096);
  private entryDoc = new Int32Array(4096);
  private entryWeight = new Float32Array(4096);

  add(id: number, doc: number, weight: number): void {
    if (id >= this.lastDoc.length) this.growWords(id);
    if (this.lastDoc[id] === doc) {
      const e = this.lastEntry[id]!;
      if (weight > this.entryWeight[e]!) this.entryWeight[e] = weight;
      return;
    }
    const e = this.entries++;
    if (e === this.entryDoc.length) this.growEntries();
    this.lastDoc[id] = doc;
    this.lastEntry[id] = e;
    this.entryWord[e] = id;
    this.entryDoc[e] = doc;
    this.entryWeight[e] = weight;
  }

  private growWords(id: number): void {
    const size = Math.max(id + 1, this.lastDoc.length * 2);
    const lastDoc = new Int32Array(size).fill(-1);
    lastDoc.set(this.lastDoc);
    this.lastDoc = lastDoc;
    this.lastEntry = grown(this.lastEntry, size);
  }

  private growEntries(): void {
    const size = this.entries * 2;
    this.entryWord = grown(this.entryWord, size);
    this.entryDoc = grown(this.entryDoc, size);
    const weights = new Float32Array(size);
    weights.set(this.entryWeight);
    this.entryWeight = weights;
  }

  /** `byWord`: every word id of the pack, ordered by the word's UTF-16 code units (the order prefix ranges need). */
  build(wordList: readonly string[], byWord: Int32Array): Vocabulary {
    const order: number[] = [];
    for (const id of byWord) if (id < this.lastDoc.length && this.lastDoc[id] !== -1) order.push(id);
    const sorted = order.map((id) => wordList[id]!);
    const nWords = order.length;
    const nEntries = this.entries;
    const rank = new Int32Array(wordList.length);
    order.forEach((id, r) => (rank[id] = r));
    // Counting sort of entries by the word's sorted position; docs stay in pack order.
    const start = new Int32Array(nWords + 1);
    for (let e = 0; e < nEntries; e++) start[rank[this.entryWord[e]!]! + 1]!++;
    for (let r = 0; r < nWords; r++) start[r + 1]! += start[r]!;
    const fill = start.slice(0, nWords);
    const allDocs = new Int32Array(nEntries);
    const allWeights = new Float32Array(nEntries);
    for (let e = 0; e < nEntries; e++) {
      const at = fill[rank[this.entryWord[e]!]!]!++;
      allDocs[at] = this.entryDoc[e]!;
      allWeights[at] = this.entryWeight[e]!;
    }
    const docs: Int32Array[] = new Array(nWords);
    const weights: Float32Array[] = new Array(nWords);
    for (let r = 0; r < nWords; r++) {
      docs[r] = allDocs.subarray(start[r]!, start[r + 1]!);
      weights[r] = allWeights.subarray(start[r]!, start[r + 1]!);
    }
    return { words: sorted, docs, weights };
  }
}

function grown(list: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(list);
  return out;
}

/** Body text without placeholders, for indexing: "{{author.name}}" is not a word of the template. */
function bodyText(body: string): string {
  return body.includes('{{') ? replacePlaceholders(body, (t) => (t.fallback ? ` ${t.fallback} ` : ' ')) : body;
}

/** Precompute the ranking index for a pack's templates (see `TemplateIndex`). */
export function compileTemplates(templates: readonly Template[]): TemplateIndex {
  const n = templates.length;
  const intentMask = new Uint16Array(n);
  const primaryIntent = new Uint8Array(n);
  const intentCount = new Uint8Array(n);
  const platformMask = new Uint16Array(n);
  const platformCount = new Uint8Array(n);
  const localeId = new Uint16Array(n);
  const langId = new Uint16Array(n);
  const holding = new Uint8Array(n);
  const locales = new Map<string, number>();
  const byId = new Map<string, number>();
  const shortcuts: Array<{ key: string; sigil: string; doc: number }> = [];
  const title = new PostingsBuilder();
  const body = new PostingsBuilder();
  const localeNumber = (l: string) => {
    let id = locales.get(l);
    if (id === undefined) locales.set(l, (id = locales.size));
    return id;
  };

  // Every distinct word once: its id, and the id of its stem (-1 for function words and numbers).
  const table = new WordTable();
  const wordStem: number[] = [];
  const stemIds = new Map<string, number>();
  const stemList: string[] = [];
  const stemLastDoc: number[] = [];
  const stemDocsFlat: number[] = [];
  const stemOfEntry: number[] = [];
  const docStemStart = new Int32Array(n + 1);
  const intern = (src: string, start: number, end: number): number => {
    const id = table.intern(src, start, end);
    if (id < wordStem.length) return id;
    const w = table.words[id]!;
    let sid = -1;
    if (w.length >= 2 && !STOPWORDS.has(w) && !allDigits(w)) {
      const st = stem(w);
      sid = stemIds.get(st) ?? -1;
      if (sid < 0) {
        sid = stemList.length;
        stemIds.set(st, sid);
        stemList.push(st);
        stemLastDoc.push(-1);
      }
    }
    wordStem.push(sid);
    return id;
  };
  const scan = new WordScanner();
  // Shortcut words are searchable but say nothing about a comment: no stems from them.
  const addWords = (builder: PostingsBuilder, text: string, doc: number, weight: number, max = MAX_MATCH_TEXT, stems = true) => {
    scan.reset(text, max);
    while (scan.next()) {
      const id = intern(scan.src, scan.start, scan.end);
      builder.add(id, doc, weight);
      const sid = stems ? wordStem[id]! : -1;
      if (sid >= 0 && stemLastDoc[sid] !== doc) {
        stemLastDoc[sid] = doc;
        stemOfEntry.push(sid);
        stemDocsFlat.push(doc);
      }
    }
  };

  for (let d = 0; d < n; d++) {
    const t = templates[d]!;
    docStemStart[d] = stemOfEntry.length;
    const intents = t.intents ?? [];
    intentMask[d] = intentBits(intents);
    primaryIntent[d] = Math.max(0, INTENTS.indexOf(intents[0] as Intent));
    intentCount[d] = intents.length;
    if (t.platforms?.length) {
      let mask = 0;
      for (const p of t.platforms) mask |= platformBit(p);
      platformMask[d] = mask;
      platformCount[d] = popcount(mask);
    } else {
      platformMask[d] = ALL_PLATFORMS;
      platformCount[d] = 0;
    }
    const locale = String(t.locale ?? '');
    localeId[d] = localeNumber(locale);
    langId[d] = localeNumber(languageOf(locale));
    holding[d] = t.holding ? 1 : 0;
    if (!byId.has(t.id)) byId.set(t.id, d);

    if (t.shortcut) {
      const sc = fold(t.shortcut.trim());
      shortcuts.push({ key: sc.slice(1), sigil: sc[0] ?? ';', doc: d });
      addWords(title, sc.slice(1), d, FIELD_WEIGHT.shortcut, MAX_MATCH_TEXT, false);
    }
    addWords(title, t.name ?? '', d, FIELD_WEIGHT.name);
    for (const tag of t.tags ?? []) addWords(title, tag, d, FIELD_WEIGHT.tag);
    addWords(body, bodyText(t.body ?? ''), d, FIELD_WEIGHT.body, Infinity);
  }
  docStemStart[n] = stemOfEntry.length;

  // Stem postings (docs ascending) and BM25's rarity weight per stem.
  const stemCount = new Int32Array(stemList.length);
  for (const sid of stemOfEntry) stemCount[sid]!++;
  const stemStart = new Int32Array(stemList.length + 1);
  for (let s = 0; s < stemList.length; s++) stemStart[s + 1] = stemStart[s]! + stemCount[s]!;
  const fill = stemStart.slice(0, stemList.length);
  const stemDocs = new Int32Array(stemOfEntry.length);
  for (let e = 0; e < stemOfEntry.length; e++) stemDocs[fill[stemOfEntry[e]!]!++] = stemDocsFlat[e]!;
  const stems = new Map<string, { id: number; docs: Int32Array; idf: number }>();
  stemList.forEach((st, sid) => {
    const df = stemCount[sid]!;
    if (!df) return; // only ever seen in shortcuts
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    stems.set(st, { id: sid, docs: stemDocs.subarray(stemStart[sid]!, stemStart[sid + 1]!), idf });
  });
  const docStemIds = Int32Array.from(stemOfEntry);
  const docStems: Int32Array[] = new Array(n);
  for (let d = 0; d < n; d++) docStems[d] = docStemIds.subarray(docStemStart[d]!, docStemStart[d + 1]!);
  shortcuts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.doc - b.doc));
  // The search vocabularies are only needed once someone types a query: sorting tens of thousands
  // of words waits until then. One sort (code-unit order) serves both.
  const wordList = table.words;
  const vocabularies = () => {
    const ids = Int32Array.from(Array.from(wordList, (_, id) => id).sort((a, b) => (wordList[a]! < wordList[b]! ? -1 : 1)));
    return { title: title.build(wordList, ids), body: body.build(wordList, ids) };
  };
  return Object.assign(new LazyVocabularies(vocabularies), {
    templates,
    size: n,
    intentMask,
    primaryIntent,
    intentCount,
    platformMask,
    platformCount,
    localeId,
    langId,
    locales,
    holding,
    byId,
    shortcuts,
    stems,
    docStems,
  });
}

/**
 * The index's `title` and `body`, built on first use. A class, because getters in an object
 * literal would leave the index with slow (dictionary) properties, read in ranking's hot loop.
 */
class LazyVocabularies {
  private built: { title: Vocabulary; body: Vocabulary } | null = null;
  constructor(private readonly build: () => { title: Vocabulary; body: Vocabulary }) {}
  get title(): Vocabulary {
    return (this.built ??= this.build()).title;
  }
  get body(): Vocabulary {
    return (this.built ??= this.build()).body;
  }
}

function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** First position in sorted `list` whose value is ≥ `key` (code-unit order). */
export function lowerBound<T>(list: readonly T[], key: string, get: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (get(list[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
