import { describe, expect, it } from 'vitest';
import { findCounted } from '../../../src/core/lint/kinds/count';
import { run } from './helpers';

const texts = (what: 'emoji' | 'hashtag' | 'link' | 'mention', text: string) => findCounted(what, text).map(([s, e]) => text.slice(s, e));

describe('count', () => {
  it('counts whole emoji sequences once (ZWJ families, skin tones, flags, keycaps)', () => {
    expect(texts('emoji', 'Hi 👩‍👩‍👧 👍🏽 🇸🇪 1️⃣ ❤️ 🎉')).toEqual(['👩‍👩‍👧', '👍🏽', '🇸🇪', '1️⃣', '❤️', '🎉']);
  });

  it('does not count typographic symbols such as ™ or ©', () => {
    expect(texts('emoji', 'Parley™ © 2025')).toEqual([]);
  });

  it('finds hashtags, links (without trailing punctuation) and mentions (also Mastodon style)', () => {
    expect(texts('hashtag', '#CityRun and C# and #2025 and #tack')).toEqual(['#CityRun', '#tack']);
    expect(texts('link', 'See https://example.org/help. Or (www.example.org/a_(b)).')).toEqual(['https://example.org/help', 'www.example.org/a_(b)']);
    expect(texts('mention', 'Thanks @sam and @anna@social.example, mail me at a@b.se')).toEqual(['@sam', '@anna@social.example']);
  });

  it('reports each item beyond max, with removal as the suggestion; %s is count then bound', () => {
    const f = run({ kind: 'count', message: '%s hashtags; at most %s.', what: 'hashtag', max: 1 }, 'Thanks! #a #b #c');
    expect(f.map((x) => x.match)).toEqual(['#b ', ' #c']);
    expect(f[0]!.message).toBe('3 hashtags; at most 1.');
    expect(f[0]!.suggestions).toEqual(['']);
  });

  it('reports below min once on the whole draft', () => {
    expect(run({ kind: 'count', message: '%s of %s', what: 'link', min: 1 }, ' No link here. ')).toMatchObject([{ match: 'No link here.', message: '0 of 1' }]);
  });
});
