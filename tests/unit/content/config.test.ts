import { describe, expect, it } from 'vitest';
import { parseContentConfig } from '../../../src/content/config';

const GOOD = { switches: { enabled: true, badge: false, highlights: true }, ownHandles: ['@AcmeSupport'], site: { comment: 'article.post', editor: 'lexical' } };

describe('the content config from the worker', () => {
  it('is taken as sent, handles lower-cased for comparison', () => {
    expect(parseContentConfig(GOOD)).toEqual({ ...GOOD, ownHandles: ['@acmesupport'] });
    expect(parseContentConfig({ ...GOOD, site: null })?.site).toBeNull();
  });

  it('is refused whole when any part is malformed, so the content script keeps the config it has', () => {
    const bad: unknown[] = [
      null,
      'config',
      { ...GOOD, switches: { enabled: 'yes', badge: true, highlights: true } },
      { ...GOOD, ownHandles: '@acme' },
      { ...GOOD, ownHandles: [42] },
      { ...GOOD, site: { comment: 'x'.repeat(1001) } },
      { ...GOOD, site: { editor: 'monaco' } },
      { ...GOOD, site: { onload: 'alert(1)' } },
      { ...GOOD, site: { editor: 'toString' } },
    ];
    for (const raw of bad) expect(parseContentConfig(raw)).toBeNull();
  });
});
