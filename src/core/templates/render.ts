import type { Platform, Template } from '../pack/schema';
import { cleanDisplayName, initialsOf, mentionFor, PLATFORM_NAMES, stripInvisible } from './names';
import { parsePlaceholders, type PlaceholderToken } from './placeholders';

/** What Parley knows when filling a template. All strings are untrusted and may be empty. */
export interface RenderValues {
  /** The person being answered, as the site shows them. */
  author?: { name?: string | undefined; handle?: string | undefined } | undefined;
  /** The communicator writing the reply. */
  agent?: { name?: string | undefined } | undefined;
  org?: { name?: string | undefined } | undefined;
  /** How to name the site for `{{platform}}`; default: its usual name ("Instagram"). */
  platform?: string | undefined;
  /** Values for the template's own variables, by key; they also override built-ins. */
  vars?: Readonly<Record<string, string | undefined>> | undefined;
}

export interface RenderOptions {
  /** Where the reply goes: decides mention syntax and `{{platform}}`. */
  platform: Platform;
  /** The reply's language, for upper-casing initials. */
  locale?: string;
}

/** Where each placeholder ended up in `text` (UTF-16 offsets), e.g. to select the first missing one. */
export interface FilledSpan {
  key: string;
  start: number;
  end: number;
  /** `value`: filled from values; `default`: the inline default; `empty`: an optional variable
   *  left out; `missing`: nothing to fill, a `[key]` marker was written instead. */
  source: 'value' | 'default' | 'empty' | 'missing';
}

export interface RenderResult {
  text: string;
  /** Variables still to be filled, in order of first use; each appears in `text` as `[key]`. */
  missing: string[];
  filledSpans: FilledSpan[];
}

/** The marker written for a variable nobody has filled yet: "[update.time]". */
export function missingMarker(key: string): string {
  return `[${key}]`;
}

/** Clean a value typed by a person: no bidi controls or zero-width characters, trimmed. */
function cleanValue(value: unknown): string {
  if (typeof value !== 'string') return '';
  return stripInvisible(value).trim();
}

/** The value of a built-in variable, or "" when Parley cannot fill it. */
function builtin(key: string, values: RenderValues, opts: RenderOptions): string {
  switch (key) {
    case 'author.name':
      return cleanDisplayName(values.author?.name);
    case 'author.handle':
      return mentionFor(opts.platform, values.author);
    case 'agent.name':
      return cleanValue(values.agent?.name).replace(/\s+/g, ' ');
    case 'agent.initials':
      return initialsOf(values.agent?.name, opts.locale);
    case 'org.name':
      return cleanValue(values.org?.name).replace(/\s+/g, ' ');
    case 'platform':
      return cleanValue(values.platform) || (PLATFORM_NAMES[opts.platform] ?? '');
    default:
      return '';
  }
}

const OWN = Object.prototype.hasOwnProperty;

/**
 * Fill a template's placeholders.
 *
 * For each `{{key}}` (or `{{key | "default"}}`), in this order:
 * 1. `values.vars[key]`, when given and not blank;
 * 2. a built-in (`author.name` cleaned for address, `author.handle` as the platform's mention,
 *    `agent.name`, `agent.initials`, `org.name`, `platform`);
 * 3. the inline default, else the `default` of the declared placeholder;
 * 4. nothing, when the template declares the variable with `required: false` (spaces around it
 *    are tidied);
 * 5. otherwise the variable is **missing**: it is listed in `missing` and written as `[key]`, a
 *    marker people recognise as unfinished (and the packs' placeholder rules flag), rather than
 *    raw braces or silently nothing.
 * Values are inserted as text and never expanded again. Never throws.
 */
export function renderTemplate(
  template: Pick<Template, 'body'> & Partial<Pick<Template, 'placeholders'>> | string,
  values: RenderValues = {},
  opts: RenderOptions = { platform: 'generic' },
): RenderResult {
  const body = typeof template === 'string' ? template : String(template?.body ?? '');
  const declared = typeof template === 'string' ? undefined : template?.placeholders;
  const optional = new Set((declared ?? []).filter((p) => p.required === false).map((p) => p.key));
  const declaredDefaults = new Map<string, string>();
  for (const p of declared ?? []) if (typeof p.default === 'string') declaredDefaults.set(p.key, p.default);
  const vars = values?.vars ?? {};
  const safeValues = values ?? {};
  const safeOpts: RenderOptions = opts?.platform ? opts : { ...opts, platform: 'generic' };

  const cache = new Map<string, string>();
  const resolve = (t: PlaceholderToken): string => {
    let v = cache.get(t.key);
    if (v === undefined) {
      v = OWN.call(vars, t.key) ? cleanValue(vars[t.key]) : '';
      if (!v) v = builtin(t.key, safeValues, safeOpts);
      cache.set(t.key, v);
    }
    return v;
  };

  let text = '';
  let last = 0;
  const missing: string[] = [];
  const filledSpans: FilledSpan[] = [];
  for (const t of parsePlaceholders(body)) {
    text += body.slice(last, t.start);
    last = t.end;
    let value = resolve(t);
    let source: FilledSpan['source'] = 'value';
    const fallback = t.fallback ?? declaredDefaults.get(t.key);
    if (!value && fallback !== undefined) {
      value = cleanValue(fallback);
      source = value ? 'default' : 'empty';
    } else if (!value && optional.has(t.key)) {
      source = 'empty';
    } else if (!value) {
      value = missingMarker(t.key);
      source = 'missing';
      if (!missing.includes(t.key)) missing.push(t.key);
    }
    if (source === 'value' || source === 'default') value = capitalizeAtSentenceStart(text, value, safeOpts.locale);
    if (!value) {
      // Left out: drop the space before it when a space or punctuation follows.
      const next = body[t.end];
      if (next === undefined || /[\s.,;:!?)\]]/.test(next)) text = text.replace(/[ \t]+$/, '');
      if (next !== undefined && /\s/.test(next) && (text === '' || /\s$/.test(text))) last = skipSpaces(body, t.end);
    }
    filledSpans.push({ key: t.key, start: text.length, end: text.length + value.length, source });
    text += value;
  }
  text += body.slice(last);
  return { text, missing, filledSpans };
}

/**
 * "Hej! {{produkt}} kostar …" with "vattenkokaren" → "Vattenkokaren kostar …". Only when the
 * value's first word is entirely lower case, so "iPhone" and "eBay" are left alone.
 */
function capitalizeAtSentenceStart(before: string, value: string, locale?: string): string {
  if (!/(?:^|[.!?…]\s+|\n\s*)$/u.test(before.slice(-8))) return value;
  const first = /^\p{Ll}[\p{Ll}\p{M}'’-]*(?=$|[^\p{L}\p{M}])/u.exec(value);
  if (!first) return value;
  const [head = ''] = value;
  return head.toLocaleUpperCase(locale) + value.slice(head.length);
}

function skipSpaces(body: string, from: number): number {
  let i = from;
  while (i < body.length && (body[i] === ' ' || body[i] === '\t')) i++;
  return i;
}
