// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scanComments } from '../../../src/content/scan';
import { x } from '../../../src/content/sites/x';
import { adapterFor } from '../../../src/content/sites';

const fixture = readFileSync(resolve(import.meta.dirname, '../../fixtures/x/status.html'), 'utf8');

describe('X adapter on a status page', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = fixture.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  });

  it('is chosen for x.com and twitter.com', () => {
    expect(adapterFor(new URL('https://x.com/a/status/1') as unknown as Location, document)).toBe(x);
    expect(adapterFor(new URL('https://twitter.com/a/status/1') as unknown as Location, document)).toBe(x);
  });

  it('reads each tweet with id, author, text with emoji, time, permalink and thread position', () => {
    const comments = scanComments(x, document, 'https://x.com/AcmeSupport/status/1860000000000000001', new Set(['@acmesupport']));
    expect(comments.map((c) => c.id)).toEqual(['1860000000000000001', '1860000000000000002', '1860000000000000003', '1860000000000000004']);
    const [post, maria] = comments;
    expect(post).toMatchObject({ author: { name: 'Acme Support', handle: '@AcmeSupport' }, depth: 0, own: true });
    expect(post?.text).toBe('Our new delivery tracker is live. Tell us what you think 📦');
    expect(maria).toEqual({
      id: '1860000000000000002',
      author: { name: 'Maria Lindqvist', handle: '@maria_l' },
      text: 'My parcel has been stuck for 9 days and nobody answers my emails. Where is it?? 😡',
      permalink: 'https://x.com/maria_l/status/1860000000000000002',
      time: '2026-11-23T09:30:00.000Z',
      parentId: '1860000000000000001',
      depth: 1,
      own: false,
    });
  });

  it('keeps markup-looking text as plain text', () => {
    const sam = scanComments(x, document, 'https://x.com/').find((c) => c.author.handle === '@samco');
    expect(sam?.text).toBe('Love it, finally! #logistics <img src=x onerror=alert(1)>');
  });
});
