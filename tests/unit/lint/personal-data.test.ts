import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const rule = { kind: 'personal-data', message: 'This shows %s in public.', detect: ['email', 'phone', 'order', 'account', 'card', 'iban', 'address'] };

describe('personal-data', () => {
  it('finds personal data; %s names the kind', () => {
    expect(run(rule, 'Call me on +44 20 7946 0958.').map((f) => [f.match, f.message])).toEqual([['+44 20 7946 0958', 'This shows a phone number in public.']]);
    expect(run(rule, 'I emailed maria.k@example.com.').map((f) => f.match)).toEqual(['maria.k@example.com']);
    expect(run(rule, 'Refunded to 4111 1111 1111 1111.').map((f) => f.message)).toEqual(['This shows a card number in public.']);
  });

  it('does not take dates, times, year ranges or amounts for phone numbers', () => {
    for (const text of ['Open again on 24.12.2025 at 14:30.', 'Shipped 2025-12-24.', 'On 12/24/2025 10:00 we close.', 'From 2024-2025 on.', 'Over 1.250.000 customers.', 'Am 24.12.2025 14:30 Uhr.']) {
      expect(run(rule, text), text).toEqual([]);
    }
    expect(run(rule, 'Ring 070-123 45 67 the 24.12.2025.').map((f) => f.match)).toEqual(['070-123 45 67']);
  });

  it('exceptions allow the organisation\'s own public contacts: addresses, domains, numbers, patterns', () => {
    const withEx = { ...rule, exceptions: ['press@example.org', 'help.example.com', '+44 20 7946 0000', 'ACME-\\d+'] };
    expect(run(withEx, 'Write to press@example.org or support@help.example.com or x@eu.help.example.com.')).toEqual([]);
    expect(run(withEx, 'Write to maria@example.org.').map((f) => f.match)).toEqual(['maria@example.org']);
    expect(run(withEx, 'Call our hotline 0044 20 7946 0000 or +44-20-7946-0000.')).toEqual([]);
    expect(run(withEx, 'Call +44 20 7946 0958.')).toHaveLength(1);
  });

  it('detects only the kinds asked for', () => {
    expect(run({ ...rule, detect: ['email'] }, 'Call +44 20 7946 0958.')).toEqual([]);
  });
});
