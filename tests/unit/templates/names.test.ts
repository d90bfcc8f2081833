import { describe, expect, it } from 'vitest';
import { cleanDisplayName, cleanHandle, initialsOf, mentionFor } from '../../../src/core/templates/names';
import type { Platform } from '../../../src/core/pack/schema';

describe('cleanDisplayName', () => {
  it.each([
    ['Anna Berg', 'Anna Berg'],
    ['🌸 Anna Berg, MBA | Marketing Lead (she/her)', 'Anna Berg'],
    ['Anna Berg, PhD', 'Anna Berg'],
    ['Anna Berg MBA', 'Anna Berg'],
    ['Anna Berg | Marketing Lead', 'Anna Berg'],
    ['Anna Berg - Head of Comms', 'Anna Berg'],
    ['Dr. Anna Berg-Larsson · Head of Comms', 'Dr. Anna Berg-Larsson'],
    ['Anna Berg (she/her)', 'Anna Berg'],
    ['Anna Berg she/her', 'Anna Berg'],
    ['Lisa Müller (sie/ihr)', 'Lisa Müller'],
    ['Erik Svensson hen/hen', 'Erik Svensson'],
    ['Anna Berg [they/them]', 'Anna Berg'],
    ['Anna Berg (@annab)', 'Anna Berg'],
    ['Anna Berg @annab', 'Anna Berg'],
    ['Kim @kim@mastodon.social', 'Kim'],
    ['👩‍💻 Kim Lee 👋🏽', 'Kim Lee'],
    ['Jonas 🇸🇪 Lind', 'Jonas Lind'],
    ['✨ Sara ✨', 'Sara'],
    ['★ Sara ★', 'Sara'],
    ['𝓐𝓷𝓷𝓪 𝓑𝓮𝓻𝓰', 'Anna Berg'],
    ['Ａｎｎａ', 'Anna'],
    ['John Smith, Jr.', 'John Smith, Jr.'],
    ['Anna B.', 'Anna B.'],
    ['محمد علي', 'محمد علي'],
    ['王小明', '王小明'],
    ['\u202Eevil\u202C Anna', 'evil Anna'],
    ['An\u200Bna', 'Anna'],
    ['  Anna\n\tBerg  ', 'Anna Berg'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanDisplayName(raw)).toBe(clean);
  });

  it.each(['', '🔥🔥🔥', '@annab', 'u/somebody', '(she/her)', '   ', '\u200B\u202E'])('%j leaves nothing to address', (raw) => {
    expect(cleanDisplayName(raw)).toBe('');
  });

  it('bounds what it returns', () => {
    expect(cleanDisplayName('A'.repeat(1_000_000)).length).toBeLessThanOrEqual(64);
  });
});

describe('initialsOf', () => {
  it.each([
    ['Anna Berg', 'AB'],
    ['anna berg', 'AB'],
    ['Anna-Lena Berg', 'ALB'],
    ['Ludwig van Beethoven', 'LB'],
    ['Örjan Åberg', 'ÖÅ'],
    ['Anna', 'A'],
    ['🌸 Anna Berg (she/her)', 'AB'],
    ['', ''],
  ])('%j → %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('mentions', () => {
  const author = { name: 'Anna Berg (she/her)', handle: '@annab' };
  it.each<[Platform, string]>([
    ['x', '@annab'],
    ['instagram', '@annab'],
    ['youtube', '@annab'],
    ['mastodon', '@annab'],
    ['reddit', 'u/annab'],
    ['linkedin', 'Anna Berg'],
    ['facebook', 'Anna Berg'],
    ['xing', 'Anna Berg'],
    ['generic', '@annab'],
  ])('on %s: %s', (platform, mention) => {
    expect(mentionFor(platform, author)).toBe(mention);
  });

  it('keeps a Mastodon instance and drops it elsewhere', () => {
    expect(mentionFor('mastodon', { handle: 'anna@social.example' })).toBe('@anna@social.example');
    expect(mentionFor('x', { handle: 'anna@social.example' })).toBe('@anna');
  });

  it('accepts handles as sites spell them', () => {
    expect(cleanHandle('u/anna_b')).toBe('anna_b');
    expect(cleanHandle('/u/anna_b')).toBe('anna_b');
    expect(cleanHandle('https://www.reddit.com/user/anna_b')).toBe('anna_b');
    expect(cleanHandle('@anna.b.')).toBe('anna.b');
    expect(cleanHandle('@anna\u200B b')).toBe('anna');
    expect(mentionFor('reddit', { handle: 'u/anna_b' })).toBe('u/anna_b');
  });

  it('gives nothing when nothing usable is known', () => {
    expect(mentionFor('x', { name: 'Anna' })).toBe('');
    expect(mentionFor('linkedin', { handle: 'annab' })).toBe('');
    expect(mentionFor('x', undefined)).toBe('');
  });
});
