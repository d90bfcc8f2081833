import type { z } from 'zod';
import type { PersonalDataRule } from '../../pack/schema';
import { formatMessage } from '../pattern';
import { compileDataExceptions, findPersonalData, personalDataSpans } from '../../text/personal-data';
import type { KindResult } from '../kind';

const LABELS: Record<string, string> = {
  email: 'an email address',
  phone: 'a phone number',
  order: 'an order number',
  account: 'an account number',
  card: 'a card number',
  iban: 'a bank account (IBAN)',
  address: 'a street address',
};

/**
 * Reply-specific: personal data (emails, phone numbers, order / account / card numbers, IBANs,
 * street addresses) belongs in a private message. `exceptions` lists the organisation's own public
 * contacts (an address, a domain such as "example.org", a phone number, or a pattern) that may
 * appear. `%s` is what was found ("an email address"). No automatic replacement: cutting the data
 * out would leave a broken sentence, the person should rephrase ("I've sent it to you privately").
 */
export function compilePersonalData(rule: z.infer<typeof PersonalDataRule>): KindResult {
  const exceptions = compileDataExceptions(rule.exceptions ?? []);
  return {
    run(state) {
      const spans = (kind: Parameters<typeof personalDataSpans>[1]) => state.memo(`personal-data:${kind}`, () => personalDataSpans(state.text, kind));
      return findPersonalData(state.text, rule.detect, exceptions, spans).map((hit) => ({
        start: hit.start,
        end: hit.end,
        message: formatMessage(rule.message, LABELS[hit.kind] ?? hit.kind),
      }));
    },
  };
}
