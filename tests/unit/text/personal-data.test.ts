import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPersonalData } from '../../../src/core/text/personal-data';

// The detectors as plain regexes: the scanner must find exactly their matches, however it gets there.
const LABELLED_ID = '[:#]?\\s*(?:no\\.?|nr\\.?|number|nummer)?\\s*[:#]?\\s*([A-Z]{0,4}[-‑]?\\d[\\dA-Z-]{3,})';
const REFERENCE = {
  email: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  order: new RegExp(`(?<![\\p{L}])(?:order|order\\s+(?:no\\.?|number|#)|bestellung|bestellnummer|auftragsnummer|auftrag|ordernummer|ordernr\\.?|beställning|beställningsnummer|ärendenummer|case|ticket|ticketnummer)\\s*${LABELLED_ID}`, 'giu'),
  account: new RegExp(`(?<![\\p{L}])(?:account|account\\s+(?:no\\.?|number)|customer\\s+(?:no\\.?|number|id)|kundennummer|kundennr\\.?|konto|kontonummer|kundnummer|kundnr\\.?|medlemsnummer|vertragsnummer|contract\\s+(?:no\\.?|number))\\s*${LABELLED_ID}`, 'giu'),
} as const;

const piece = fc.constantFrom('a', 'Z', 'é', '𝒜', '😀', '1', '42', '@', '.', '-', '_', ' ', '\n', 'x.y', 'mail', 'de', 'order', 'reorder', 'Konto', 'ticket ', '#', ': ', 'AB-12345', 'no. ');
const draft = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

describe('personal data scanner', () => {
  for (const kind of ['email', 'order', 'account'] as const) {
    it(`finds exactly the matches of the ${kind} regex`, () => {
      fc.assert(
        fc.property(draft, (text) => {
          // A fediverse handle ("@jonas@chaos.social") is not an email address.
          const handle = (m: RegExpMatchArray) => kind === 'email' && text[m.index! - 1] === '@';
          const expected = [...text.matchAll(REFERENCE[kind])].filter((m) => !handle(m)).map((m) => [m.index, m.index + m[0].length]);
          expect(findPersonalData(text, [kind]).map((h) => [h.start, h.end])).toEqual(expected);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('leaves fediverse handles alone, as Mastodon writes them at the start of a reply', () => {
    expect(findPersonalData('@jonas@chaos.social Thanks! Or mail jonas@chaos.social', ['email'])).toEqual([{ kind: 'email', start: 36, end: 54 }]);
  });

  it('finds an address after a word joined by an @ and keeps labels inside words apart', () => {
    expect(findPersonalData('Mail anna.berg@kund.se or 😀x@y.io, reorder 12345', ['email', 'order'])).toEqual([
      { kind: 'email', start: 5, end: 22 },
      { kind: 'email', start: 28, end: 34 },
    ]);
  });
});
