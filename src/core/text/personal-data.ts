import { PERSONAL_DATA_KINDS } from '../pack/schema';

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

const DETECTORS: Record<Exclude<PersonalDataKind, 'card'>, RegExp> = {
  email: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  phone: /(?<![\p{L}\p{N}])(?:\+|00)?\d(?:[\s./-]?\(?\d\)?){7,14}(?![\p{L}\p{N}])/gu,
  order: new RegExp(`(?<![\\p{L}])${ORDER_LABEL}\\s*${LABELLED_ID}`, 'giu'),
  account: new RegExp(`(?<![\\p{L}])${ACCOUNT_LABEL}\\s*${LABELLED_ID}`, 'giu'),
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

const CARD = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;

/** Personal data in a draft, each hit once (the first kind that claims a span wins). */
export function findPersonalData(text: string, kinds: readonly PersonalDataKind[] = PERSONAL_DATA_KINDS): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const taken = (s: number, e: number) => hits.some((h) => s < h.end && e > h.start);
  const add = (kind: PersonalDataKind, start: number, end: number) => {
    if (!taken(start, end)) hits.push({ kind, start, end });
  };
  const order: PersonalDataKind[] = ['email', 'iban', 'card', 'order', 'account', 'address', 'phone'];
  for (const kind of order) {
    if (!kinds.includes(kind)) continue;
    if (kind === 'card') {
      for (const m of text.matchAll(CARD)) {
        if (luhn(m[0].replace(/\D/g, ''))) add('card', m.index, m.index + m[0].length);
      }
      continue;
    }
    for (const m of text.matchAll(DETECTORS[kind])) {
      if (kind === 'phone' && m[0].replace(/\D/g, '').length < 8) continue;
      add(kind, m.index, m.index + m[0].length);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

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
