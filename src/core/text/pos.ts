/**
 * A deliberately small English part-of-speech tagger producing Penn Treebank tags, for Vale's
 * `sequence` rules and the AP "to" rule of `$title`. It is an approximation, not a statistical
 * tagger: a closed-class lexicon (determiners, pronouns, prepositions, auxiliaries, modals…),
 * a few hundred frequent verbs and adjectives, suffix heuristics (-ly → RB, -ing → VBG,
 * -ed → VBD/VBN, -tion → NN, -ous → JJ…), and context fixes (a verb after a modal or "to" is VB,
 * after "has/was…" a -ed form is VBN, after a determiner an ambiguous word is a noun).
 * Expect errors on ambiguous words ("work", "call"); rules that need fine distinctions between
 * verb forms will miss some cases and catch a few wrong ones. Other languages are not tagged.
 */

export interface TaggedToken {
  text: string;
  tag: string;
  /** UTF-16 offsets into the text that was tagged. */
  start: number;
  end: number;
}

const LEX: Record<string, string> = {};
const add = (tag: string, words: string) => {
  for (const w of words.split(' ')) LEX[w] = tag;
};
add('DT', 'a an the this that these those every each some any no another either neither');
add('PDT', 'all both half');
add('IN', 'about above across after against along among around as at before behind below beneath beside besides between beyond by despite down during except for from if in inside into like near of off on onto out outside over past per since than through throughout till toward towards under underneath unlike until up upon via whether with within without although because though unless while whereas');
add('TO', 'to');
add('CC', 'and but or nor yet plus &');
add('PRP', 'i you he she it we they me him us them myself yourself himself herself itself ourselves yourselves themselves');
add('PRP$', 'my your his its our their her');
add('WDT', 'which whatever whichever');
add('WP', 'who whom what whoever');
add('WP$', 'whose');
add('WRB', 'when where why how whenever wherever');
add('MD', "can could may might must shall should will would ought 'll 'd ca wo");
add('EX', 'there');
add('RB', "not n't never very too also just only already always often still even again here now then soon quite rather really almost ever perhaps maybe however therefore sometimes usually instead else once away back ago together later");
add('UH', 'oh yes hello hi hey thanks ok okay wow please yeah');
add('CD', 'one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand million billion');
add('JJ', 'good new long great little own other old right big high different small large next early young important few public bad same able sorry happy sure free full late real whole possible clear certain available open wrong simple hard easy glad');
add('JJR', 'better worse more less');
add('JJS', 'best worst most least');
add('VB', 'be');
add('VBP', "am are 're 'm have 've do");
add('VBZ', 'is has does');
add('VBD', 'was were had did went said got took gave knew saw came began wrote told found thought brought bought left kept held felt meant paid broke chose spoke forgot made sent ran');
add('VBN', 'been gone taken given known seen become begun written broken chosen spoken forgotten done');
add('VBG', 'being having doing');

const BASE_VERBS = new Set(
  'get make go know take see come think look want give use find tell ask work seem feel try leave call need help send let keep fix check update contact reply answer say show hear play run move like live believe bring happen write provide sit stand lose pay meet include continue learn change lead understand watch follow stop create speak read spend grow open walk win offer remember love consider appear buy wait serve expect build stay fall cut reach remain suggest raise pass sell require report decide pull apologise apologize refund replace return resolve share post message sort refer confirm explain review visit order arrange deliver ship cancel book join'.split(' '),
);

const AUX_PERFECT = new Set(['has', 'have', 'had', "'ve", 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", "'m", 'get', 'got', 'gets']);
const SUBJECT_3SG = new Set(['he', 'she', 'it', 'this', 'that', 'who', 'which', 'there']);
const SUBJECT_PLURAL = new Set(['i', 'you', 'we', 'they']);

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const CONTRACTION = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;

/** Split into treebank-like tokens: words, contractions ("do" + "n't"), punctuation marks. */
export function tokenize(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const c = CONTRACTION.exec(m[0]);
    if (c && c[1]!.length > 0) {
      out.push({ text: c[1]!, start, end: start + c[1]!.length });
      out.push({ text: c[2]!, start: start + c[1]!.length, end: start + m[0].length });
    } else out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

export function tag(text: string): TaggedToken[] {
  return tagTokens(tokenize(text));
}

export function tagTokens(tokens: ReadonlyArray<{ text: string; start: number; end: number }>): TaggedToken[] {
  const out: TaggedToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const prev = out[i - 1];
    const sentenceStart = !prev || prev.tag === '.';
    out.push({ ...tok, tag: guess(tok.text, prev, sentenceStart, tokens[i + 1]?.text) });
  }
  return out;
}

function guess(word: string, prev: TaggedToken | undefined, sentenceStart: boolean, next: string | undefined): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  const p = prev?.text.toLowerCase().replace(/’/g, "'");
  const pt = prev?.tag ?? '';
  if (/^[.!?]$/.test(word)) return '.';
  if (word === ',') return ',';
  if (/^[:;—–-]$/.test(word) || word === '...' || word === '…') return ':';
  if (/^["“”]$/.test(word)) return "''";
  if (word === '(' || word === '[') return '(';
  if (word === ')' || word === ']') return ')';
  if (word === '$' || word === '€' || word === '£') return '$';
  if (word === '#') return '#';
  if (/^\p{N}[\p{N}.,:/-]*$/u.test(word)) return 'CD';
  if (!/\p{L}/u.test(word)) return 'SYM';
  if (w === "'s") return pt.startsWith('PRP') || p === 'there' || p === 'it' || p === 'that' || p === 'what' || p === 'who' ? 'VBZ' : 'POS';
  if (w === "'d") return next && /^[a-z]+ed$/i.test(next) ? 'VBD' : 'MD';
  if (w === 'there') return next && /^(?:is|are|was|were|'s|has|have|had|will|seems?|be)$/i.test(next) ? 'EX' : 'RB';
  if (w === 'that' && (pt.startsWith('VB') || pt === 'NN' || pt === 'NNS')) return 'IN';
  if (w === 'her') return next && /^[a-z]/i.test(next) && !LEX[next.toLowerCase()] ? 'PRP$' : 'PRP';
  if (w === 'to' && next && BASE_VERBS.has(next.toLowerCase())) return 'TO';
  const lex = LEX[w];
  if (lex) {
    if ((lex === 'VBD' || lex === 'VBN') && /^(?:made|sent|paid|told|found|kept|held|left|brought|bought|thought)$/.test(w)) return AUX_PERFECT.has(p ?? '') ? 'VBN' : 'VBD';
    if (lex === 'VBP' && (w === 'have' || w === 'do') && (pt === 'MD' || pt === 'TO')) return 'VB';
    return lex;
  }
  if (BASE_VERBS.has(w)) {
    if (pt === 'MD' || pt === 'TO' || p === 'do' || p === 'does' || p === 'did' || p === "n't" || p === 'please' || p === 'let') return 'VB';
    if (pt === 'DT' || pt === 'PRP$' || pt === 'JJ' || pt === 'POS' || pt === 'IN') return 'NN';
    if (SUBJECT_PLURAL.has(p ?? '') || pt === 'NNS') return 'VBP';
    if (sentenceStart) return 'VB';
    return 'NN';
  }
  if (!sentenceStart && /^\p{Lu}/u.test(word)) return /^\p{Lu}+s$/u.test(word) ? 'NNPS' : 'NNP';
  if (/(?:ly)$/.test(w) && w.length > 4) return 'RB';
  if (/ing$/.test(w) && w.length > 4) return pt === 'DT' || pt === 'PRP$' || pt === 'JJ' ? 'NN' : 'VBG';
  if (/(?:ed|en)$/.test(w) && w.length > 3 && !/(?:een|ten)$/.test(w)) {
    if (AUX_PERFECT.has(p ?? '')) return 'VBN';
    if (pt === 'DT' || pt === 'PRP$') return 'JJ';
    if (/ed$/.test(w)) return pt === 'NN' || pt === 'NNS' || pt.startsWith('PRP') || pt === 'NNP' ? 'VBD' : 'VBN';
  }
  if (/(?:est)$/.test(w) && w.length > 5) return 'JJS';
  if (/(?:tion|sion|ment|ness|ity|ance|ence|ship|hood|ism|ist|age|ery|or|er)$/.test(w)) return 'NN';
  if (/(?:ous|ful|ive|able|ible|al|ic|less|ish|ary|ant|ent)$/.test(w)) return 'JJ';
  if (/(?:ize|ise|ify|ate)$/.test(w)) return pt === 'MD' || pt === 'TO' ? 'VB' : 'VBP';
  if (/[^su]s$/.test(w) && w.length > 3) return SUBJECT_3SG.has(p ?? '') || pt === 'NN' || pt === 'NNP' ? 'VBZ' : 'NNS';
  if (pt === 'MD' || pt === 'TO') return 'VB';
  return 'NN';
}
