import { samples } from './samples';
import type { RuleDraft } from './types';

/** Plain sentences that break no usual style rule: the first one a rule leaves alone is its good example. */
export const NEUTRAL = [
  'This sentence is fine.',
  'We can help with that.',
  'Thanks for the note.',
  'The team will reply soon.',
  'Please read the guide.',
];

export interface Candidates {
  bad: string[];
  good: string[];
}

/** Example texts to try for a rule, most telling first; the engine decides which ones hold. */
export function candidates(rule: RuleDraft): Candidates {
  const make = KINDS[rule.kind];
  const c = make ? make(rule) : { bad: [], good: [] };
  return { bad: unique(c.bad), good: unique([...c.good, ...NEUTRAL]) };
}

const KINDS: Record<string, (r: RuleDraft) => Candidates> = {
  existence(r) {
    const tokens = (r.tokens as string[] | undefined) ?? [];
    const raw = ((r.raw as string[] | undefined) ?? []).join('');
    const group = tokens.length ? `(?:${tokens.map(stripFlags).join('|')})` : '';
    const pattern = r.append ? group + raw : raw + group;
    return { bad: inSentences(samples(pattern, 16)), good: [] };
  },
  substitution(r) {
    const swap = r.swap as Record<string, string>;
    const bad: string[] = [];
    const good: string[] = [];
    for (const [observed, preferred] of Object.entries(swap).slice(0, 8)) {
      bad.push(...inSentences(samples(stripFlags(observed), 4)));
      const first = preferred.split('|')[0]!;
      if (!/\$\d/.test(first) && first.trim()) good.push(first, `We said ${first} here.`);
    }
    return { bad, good };
  },
  occurrence(r) {
    const token = samples(String(r.token), 3);
    const max = Number(r.max ?? 0);
    const min = Number(r.min ?? 0);
    const bad: string[] = [];
    const good: string[] = [];
    for (const s of token) {
      if (max > 0) {
        const many = Array(max + 1).fill(s);
        bad.push(many.join(' '), `${many.join(' ')}.`, many.join(''));
      }
      if (min > 0) good.push(Array(min).fill(s).join(' '), `${NEUTRAL[0]} ${Array(min).fill(s).join(' ')}`);
    }
    if (min > 0) bad.push(...NEUTRAL, 'Fine');
    return { bad, good };
  },
  repetition(r) {
    const words = ['the', ...samples((r.tokens as string[]).join('|'), 3).filter((w) => w.trim()), 'very'];
    const times = Number(r.max ?? 0) + 2;
    return { bad: words.flatMap((w) => [Array(times).fill(w).join(' '), `This is ${Array(times).fill(w).join(' ')} good.`]), good: [] };
  },
  capitalization(r) {
    const match = String(r.match);
    const fromRegex = match.startsWith('$') ? [] : samples(match, 4);
    return {
      bad: ['this is a heading', 'This Is A Heading Here', 'THIS IS A HEADING', 'This is a Heading', 'this Is a heading'],
      good: [...fromRegex, 'This is a heading', 'This Is a Heading', 'this is a heading', 'THIS IS A HEADING'],
    };
  },
  conditional(r) {
    const uses = samples(String(r.first), 4);
    const defs = samples(String(r.second), 2);
    return {
      bad: inSentences(uses),
      good: [...NEUTRAL, ...defs.flatMap((d) => uses.map((u) => `${d} and ${u}.`))],
    };
  },
  consistency(r) {
    const bad: string[] = [];
    const good: string[] = [];
    for (const [a, b] of Object.entries(r.either as Record<string, string>).slice(0, 8)) {
      const sa = samples(stripFlags(a), 2);
      const sb = samples(stripFlags(b), 2);
      for (const x of sa) for (const y of sb) bad.push(`${x} and ${y}`, `We use ${x}. We use ${y}.`);
      good.push(...sa, ...sb);
    }
    return { bad, good };
  },
  metric() {
    return {
      bad: [
        'Notwithstanding organisational considerations, comprehensive institutional documentation necessitates extraordinarily meticulous interdepartmental administration, particularly regarding unprecedented regulatory implementation.',
        'We help.',
      ],
      good: ['We can help. Send us a note.', 'Notwithstanding organisational considerations, comprehensive institutional documentation necessitates extraordinarily meticulous interdepartmental administration.'],
    };
  },
  sequence(r) {
    const words = (r.tokens as Array<{ pattern?: string }>).map((t) => (t.pattern ? samples(t.pattern, 1)[0] ?? '' : 'it'));
    const phrase = words.filter(Boolean).join(' ');
    return { bad: phrase ? [phrase, `This is ${phrase} here.`] : [], good: [] };
  },
};

/** A matched piece alone, then inside a sentence (word boundaries and sentence scopes like that better). */
function inSentences(pieces: string[]): string[] {
  return pieces.flatMap((s) => {
    const t = s.trim();
    if (!t) return [];
    const framed = [`This is ${t} here.`, `${t.charAt(0).toUpperCase()}${t.slice(1)} is here.`];
    // A bare word or phrase reads best alone; bare punctuation reads better in a sentence.
    return /\p{L}{2}/u.test(t) ? [t, ...framed, s] : [...framed, t, s];
  });
}

function stripFlags(pattern: string): string {
  return pattern.replace(/^\(\?[imsU]+\)/, '');
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.trim().length > 0))];
}
