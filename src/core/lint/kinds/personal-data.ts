import type { PersonalDataRule } from '../../pack/schema';
import type { z } from 'zod';
import type { CompiledRule } from '../types';
import { formatMessage } from '../pattern';
import { findPersonalData } from '../../text/personal-data';

const LABELS: Record<string, string> = {
  email: 'an email address',
  phone: 'a phone number',
  order: 'an order number',
  account: 'an account number',
  card: 'a card number',
  iban: 'a bank account (IBAN)',
  address: 'a street address',
};

export function compilePersonalData(rule: z.infer<typeof PersonalDataRule>): CompiledRule['check'] {
  return (text) =>
    findPersonalData(text, rule.detect).map((hit) => ({
      start: hit.start,
      end: hit.end,
      message: formatMessage(rule.message, LABELS[hit.kind] ?? hit.kind),
    }));
}
