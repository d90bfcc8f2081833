import { PERSONAL_DATA_KINDS } from '../pack/schema';
import { charBefore, matchesNotAfter } from './not-after';
import { translate } from './regex';

export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

// Labels in English, German and Swedish that turn a bare number into an order or account number.
const ORDER_LABEL = '(?:order|order\\s+(?:no\\.?|number|#)|bestellung|bestellnummer|auftragsnummer|auftrag|ordernummer|ordernr\\.?|beställning|beställningsnummer|ärendenummer|case|ticket|ticketnummer)';
const ACCOUNT_LABEL = '(?:account|account\\s+(?:no\\.?|number)|customer\\s+(?:no\\.?|number|id)|kundennummer|kundennr\\.?|konto|kontonummer|kundnummer|kundnr\\.?|medlemsnummer|vertragsnummer|contract\\s+(?:no\\.?|number))';
const LABELLED_ID = '[:#]?\\s*(?:no\\.?|nr\\.?|number|nummer)?\\s*[:#]?\\s*([A-Z]{0,4}[-‑]?\\d[\\dA-Z-]{3,})';

const DETECTORS: Record<Exclude<PersonalDataKind, 'card' | 'email'>, RegExp> = {
  phone: /(?<![\p{L}\p{N}.,/-])(?:\+|00)?\d(?:[ ./-]?\(?\d\)?){7,14}(?![\p{L}\p{N}]|[.,]\d)/gu,
  // Labels must not follow a letter; checked in code (matchesNotAfter), which is much faster than a
  // leading lookbehind, since the regex can then look for the labels' first letters.
  order: new RegExp(`${ORDER_LABEL}\\s*${LABELLED_ID}`, 'giu'),
  account: new RegExp(`${ACCOUNT_LABEL}\\s*${LABELLED_ID}`, 'giu'),
  iban: /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b/g,
  address: new RegExp(
    [
      '\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Ln\\.|Drive|Dr\\.|Boulevard|Blvd\\.|Way|Court|Ct\\.|Place)\\b',
      '\\b[A-ZÄÖÜ][a-zäöüß-]*(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm)\\s+\\d{1,4}\\s?[a-z]?\\b',
      '\\b[A-ZÅÄÖ][a-zåäö-]*(?:gatan|vägen|gränd|torget|backen|stigen|allén)\\s+\\d{1,4}\\s?[A-Z]?\\b',
    ].join('|'),
    'gu',
  ),
};

/**
 * Emails (`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`) found from each "@":
 * the local part is the run of allowed characters before it, the domain is matched from it.
 * The same matches as that regex, without trying it at every position of every word.
 */
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;

function* emails(text: string): Generator<[number, number]> {
  let resume = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < resume) continue;
    let start = at;
    while (start > resume) {
      const ch = charBefore(text, start);
      if (start - ch.length < resume || !EMAIL_LOCAL.test(ch)) break;
      start -= ch.length;
    }
    // "@jonas@chaos.social" is a fediverse handle (Mastodon starts replies with it), not an address.
    if (start === at || charBefore(text, start) === '@') continue;
    EMAIL_DOMAIN.lastIndex = at;
    const m = EMAIL_DOMAIN.exec(text);
    if (!m) continue;
    resume = at + m[0].length;
    yield [start, resume];
  }
}

const LETTER = /\p{L}/u;

const CARD = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;

/**
 * Numbers that look like phone numbers but are not: dates (24.12.2025, 2025-12-24, 12/24/2025,
 * with or without a time), times, year ranges (2024–2025) and amounts with thousands separators
 * (1.250.000). They are blanked out before phone numbers are looked for.
 */
const NOT_PHONE =
  /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?:[ T,]+\d{1,2}[:.]\d{2}(?::\d{2})?)?(?!\d)|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|(?<!\d)(?:19|20)\d{2}\s?[-–/]\s?(?:19|20)?\d{2}(?!\d)|(?<![\d.,])[1-9]\d{0,2}(?:[.,]\d{3}){2,}(?:[.,]\d{1,2})?(?![\d.,]\d)/g;

/** The organisation's own public contacts, which may appear in replies. */
export interface DataExceptions {
  allows(kind: PersonalDataKind, found: string): boolean;
}

/**
 * Each entry is an email address ("press@example.org"), a domain ("example.org" or
 * "@example.org", which allows every address there and at its subdomains), a phone or account
 * number (compared by its digits), or a pattern the whole finding must match (case-insensitive).
 */
export function compileDataExceptions(entries: readonly string[]): DataExceptions {
  const domains: string[] = [];
  const literals = new Set<string>();
  const digits = new Set<string>();
  const patterns: RegExp[] = [];
  for (const raw of entries) {
    const e = raw.trim();
    if (!e) continue;
    literals.add(e.toLowerCase());
    if (/^@?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(e) && !/^\+?[\d .()/-]+$/.test(e)) domains.push(e.replace(/^@/, '').toLowerCase());
    const d = numberKey(e);
    if (d.length >= 6 && !/\p{L}/u.test(e)) digits.add(d);
    const t = translate(`^(?:${e})$`, { i: true });
    if (!('error' in t)) patterns.push(new RegExp(t.source, t.flags));
  }
  return {
    allows(kind, found) {
      const lower = found.toLowerCase();
      if (literals.has(lower)) return true;
      if (kind === 'email') {
        const domain = lower.slice(lower.lastIndexOf('@') + 1);
        if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
      }
      if (kind !== 'email' && kind !== 'address' && digits.has(numberKey(found))) return true;
      return patterns.some((p) => p.test(found));
    },
  };
}

/** Digits of a number, the international prefix "00" written as "+" (so 0044… equals +44…). */
function numberKey(s: string): string {
  return s.trim().replace(/^00/, '+').replace(/\D/g, '');
}

const NONE: DataExceptions = { allows: () => false };

/** Where the detector of one kind matches, in order, before spans are shared out and exceptions applied. */
export function personalDataSpans(text: string, kind: PersonalDataKind): Array<[number, number]> {
  // Every detector but email's needs a digit, email's needs an "@": skip what cannot match.
  if (kind === 'email') return text.includes('@') ? [...emails(text)] : [];
  if (!/\d/.test(text)) return [];
  const out: Array<[number, number]> = [];
  if (kind === 'card') {
    for (const m of text.matchAll(CARD)) if (luhn(m[0].replace(/\D/g, ''))) out.push([m.index, m.index + m[0].length]);
  } else if (kind === 'phone') {
    const masked = text.replace(NOT_PHONE, (m) => 'x'.repeat(m.length));
    for (const m of masked.matchAll(DETECTORS.phone)) {
      if (m[0].replace(/\D/g, '').length >= 8) out.push([m.index, m.index + m[0].trimEnd().length]);
    }
  } else if (kind === 'order' || kind === 'account') {
    for (const m of matchesNotAfter(DETECTORS[kind], text, LETTER)) out.push([m.index, m.index + m[0].length]);
  } else {
    for (const m of text.matchAll(DETECTORS[kind])) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * Personal data in a draft, each hit once (the first kind that claims a span wins). `spans` may
 * serve the detectors' matches from a cache.
 */
export function findPersonalData(
  text: string,
  kinds: readonly PersonalDataKind[] = PERSONAL_DATA_KINDS,
  exceptions: DataExceptions = NONE,
  spans: (kind: PersonalDataKind) => ReadonlyArray<readonly [number, number]> = (kind) => personalDataSpans(text, kind),
): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const taken = (s: number, e: number) => hits.some((h) => s < h.end && e > h.start);
  for (const kind of ORDER) {
    if (!kinds.includes(kind)) continue;
    for (const [start, end] of spans(kind)) {
      if (hits.length >= 200 || taken(start, end)) continue;
      if (exceptions.allows(kind, text.slice(start, end))) continue;
      hits.push({ kind, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const ORDER: readonly PersonalDataKind[] = ['email', 'iban', 'card', 'order', 'account', 'address', 'phone'];

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length >= 13 && sum % 10 === 0;
}
