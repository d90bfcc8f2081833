// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/content/sites';
import { byId, loadFixture, readPage, rows } from './fixture-dom';


describe('Mastodon 4.5: content warnings, filters, custom emoji and quotes', () => {
  const URL = 'https://mastodon.social/@acme/113500000000000021';
  const OWN = ['@acme@mastodon.social'];
  const read = () => {
    loadFixture('mastodon/thread-folded-4.5.html', URL);
    return readPage(adapterFor(location, document), OWN).comments;
  };

  it('gives the focused status its own id, link and time, not those of the post it quotes above its date', () => {
    const comments = read();
    expect(rows(comments)).toEqual({
      '113500000000000021': ['Acme Parcels :acme_box:', '@acme@mastodon.social', undefined, 0, true],
      '113500000000000022': ['Maria', '@maria@example.social', '113500000000000021', 1, false],
      '113500000000000023': ['Jonas Weber', '@jonas@chaos.social', '113500000000000021', 1, false],
      '113500000000000024': ['Lena', '@lena@example.social', '113500000000000021', 1, false],
      '113500000000000025': ['Tom', '@tom@example.social', '113500000000000021', 1, false],
    });
    expect(byId(comments).get('113500000000000021')).toMatchObject({
      permalink: 'https://mastodon.social/@acme/113500000000000021',
      time: '2026-11-23T09:12:00.000Z',
      text: 'The tracker is live for every parcel now :acme_box: Quoting Priya, who asked first:',
    });
  });

  it('reads a status folded behind its content warning as the warning, marked truncated; an opened one as its text', () => {
    const got = byId(read());
    expect(got.get('113500000000000022')).toMatchObject({ text: 'Parcel rant :acme_box:', truncated: true });
    expect(got.get('113500000000000023')?.text).toBe('@acme customs held my parcel for three weeks.');
    expect(got.get('113500000000000023')?.truncated).toBeUndefined();
  });

  it('reads a status hidden by the reader’s filter as truncated, without taking the filter’s name for its text', () => {
    expect(byId(read()).get('113500000000000024')).toMatchObject({ text: '', truncated: true });
  });

  it('does not take a quoted post’s folded warning or "Read more" for the quoting status’s own', () => {
    const tom = byId(read()).get('113500000000000025');
    expect(tom).toMatchObject({ text: 'This is what I meant yesterday:', permalink: 'https://mastodon.social/@tom@example.social/113500000000000025', time: '2026-11-23T10:15:00.000Z' });
    expect(tom?.truncated).toBeUndefined();
    expect(byId(read()).get('113500000000000021')?.truncated).toBeUndefined();
  });
});

describe('glitch-soc: the focused status of a remote post', () => {
  it('is read under this server’s id (its favourites link), not the original server’s id in its date link', () => {
    loadFixture('mastodon/thread-glitch.html', 'https://mastodon.social/@bob@remote.example/113500000000000031');
    const adapter = adapterFor(location, document);
    expect(adapter.name).toBe('mastodon');
    const { comments } = readPage(adapter, ['@acme@mastodon.social']);
    expect(rows(comments)).toEqual({
      '113500000000000031': ['Bob', '@bob@remote.example', undefined, 0, false],
      '113500000000000032': ['Acme Parcels', '@acme', '113500000000000031', 1, true],
    });
    expect(byId(comments).get('113500000000000031')).toMatchObject({ permalink: 'https://remote.example/@bob/109876543210987654', time: '2026-11-23T08:00:00.000Z' });
  });
});
