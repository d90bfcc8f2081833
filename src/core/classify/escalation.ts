import type { Escalation, Pack } from '../pack/schema';
import { tokenRegex } from '../lint/pattern';

export interface EscalationHit {
  route: Escalation;
  /** The words in the comment that triggered the route. */
  words: string[];
}

export interface CompiledRoute {
  route: Escalation;
  re: RegExp;
  /** Language part of the route's locale ("de" for "de-AT"). */
  lang: string;
  /** The same pattern, sticky: does the route match exactly here? */
  at?: RegExp;
}

export interface CompiledEscalations {
  routes: CompiledRoute[];
  /**
   * One regex per language selection that matches wherever any of its routes would: most comments
   * trigger nothing, so one scan replaces one scan per route. Built lazily; null where it cannot be
   * built exactly (a trigger with a back-reference).
   */
  prefilters?: Map<string, RegExp | null>;
}

export interface MatchOptions {
  /**
   * Only routes in these languages (language part of the locale, e.g. "de"). Absent: every
   * route, since comments mix languages. Used by the classifier so that the German trigger
   * "Brand" (fire) does not fire on an English comment about a brand.
   */
  languages?: ReadonlySet<string>;
  /** At most this many words per route (default 8). */
  maxWords?: number;
}

/** A route's trigger match: `[start, end)` in the text given to `matchEscalationSpans`. */
export interface EscalationSpan {
  route: Escalation;
  spans: Array<[number, number]>;
}

export function compileEscalations(pack: Pick<Pack, 'escalations'>): CompiledEscalations {
  return {
    routes: pack.escalations.map((route) => {
      const re = tokenRegex(route.triggers, { ignorecase: true });
      return { route, re, lang: route.locale.slice(0, 2).toLowerCase(), at: new RegExp(re.source, re.flags.replace('g', '') + 'y') };
    }),
  };
}

/** Which escalation routes a comment triggers; routes in other languages are included, since comments mix languages. */
export function matchEscalations(compiled: CompiledEscalations, text: string, opts: MatchOptions = {}): EscalationHit[] {
  return matchEscalationSpans(compiled, text, opts).map(({ route, spans }) => ({
    route,
    words: uniqueWords(spans.map(([s, e]) => text.slice(s, e))),
  }));
}

/** Like matchEscalations, but returns where each trigger matched, so callers can map back to their own text. */
export function matchEscalationSpans(compiled: CompiledEscalations, text: string, opts: MatchOptions = {}): EscalationSpan[] {
  const max = opts.maxWords ?? 8;
  const routes = opts.languages ? compiled.routes.filter((r) => opts.languages!.has(r.lang)) : compiled.routes;
  const prefilter = prefilterFor(compiled, opts.languages);
  if (!prefilter || routes.some((r) => !r.at)) return scanEachRoute(routes, text, max);

  // One scan finds every position where some trigger starts (stepping one character past each
  // start, so overlapping triggers of different routes are not skipped); then each route is
  // tried right there with its sticky twin.
  const spans = new Map<CompiledRoute, Array<[number, number]>>();
  let starts = 0;
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    const p = m.index;
    prefilter.lastIndex = p + 1;
    if (m[0] === '') continue;
    if (++starts > 64) break;
    for (const r of routes) {
      const at = r.at!;
      at.lastIndex = p;
      const hit = at.exec(text);
      if (!hit || hit[0] === '') continue;
      let list = spans.get(r);
      if (!list) spans.set(r, (list = []));
      const last = list[list.length - 1];
      // Inside the previous match of the same route: a global scan would not report it either.
      if (last && p < last[1]) continue;
      if (list.length < max) list.push([p, p + hit[0].length]);
    }
  }
  const hits: EscalationSpan[] = [];
  for (const r of routes) {
    const list = spans.get(r);
    if (list) hits.push({ route: r.route, spans: list });
  }
  return hits;
}

function scanEachRoute(routes: readonly CompiledRoute[], text: string, max: number): EscalationSpan[] {
  const hits: EscalationSpan[] = [];
  for (const { route, re } of routes) {
    let spans: Array<[number, number]> | undefined;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Skip empty matches so a pattern like "a*" cannot loop forever.
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      (spans ??= []).push([m.index, m.index + m[0].length]);
      if (spans.length >= max) break;
    }
    if (spans) hits.push({ route, spans });
  }
  return hits;
}

function prefilterFor(compiled: CompiledEscalations, languages: ReadonlySet<string> | undefined): RegExp | null {
  const key = languages ? [...languages].sort().join(',') : '*';
  const cache = (compiled.prefilters ??= new Map());
  let re = cache.get(key);
  if (re === undefined) {
    const triggers = compiled.routes.filter((r) => !languages || languages.has(r.lang)).flatMap((r) => r.route.triggers);
    re = null;
    if (triggers.length && !triggers.some((t) => /\\[1-9]|\\k</.test(t))) {
      try {
        re = tokenRegex(triggers, { ignorecase: true });
      } catch {
        re = null;
      }
    }
    cache.set(key, re);
  }
  return re;
}

/** Distinct words, case-insensitively, in order of appearance. */
export function uniqueWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    const key = w.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
}
