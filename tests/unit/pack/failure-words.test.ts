import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure, type SourceFailure } from '../../../src/core/pack/failure-words';
import { phrase, sayFrom, type LocaleMessages } from '../../../src/core/phrase';

const say = (language: string) =>
  sayFrom(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${language}/messages.json`), 'utf8')) as LocaleMessages);

const answered503: SourceFailure = {
  source: 'https://acme.example/pack.json',
  what: phrase('failAnswered', '503'),
  at: '2026-11-23T09:42:00Z',
  inForce: { version: '2026.11.2', fetchedAt: '2026-11-22T15:00:00Z' },
  nextTry: '2026-11-23T10:12:00Z',
};

describe('a pack source failure in words', () => {
  it('says what failed, what stays in use and when the next try is, in local time', () => {
    expect(describeFailure(answered503, say('en'), 60)).toBe('acme.example/pack.json answered 503 at 10:42; using version 2026.11.2 from yesterday; next try 11:12');
    const unreachable = { ...answered503, what: phrase('failNetwork'), inForce: null, nextTry: null };
    expect(describeFailure(unreachable, say('en'), 0)).toBe('acme.example/pack.json could not be reached (network error) at 09:42; no version of it is in use yet');
  });

  it('speaks German and Swedish too', () => {
    expect(describeFailure(answered503, say('de'), 60)).toBe('acme.example/pack.json antwortete mit 503 um 10:42; Version 2026.11.2 von gestern bleibt in Gebrauch; nächster Versuch 11:12');
    expect(describeFailure(answered503, say('sv'), 60)).toBe('acme.example/pack.json svarade 503 kl. 10:42; version 2026.11.2 från i går används; nästa försök 11:12');
  });

  it('words a nested reason, and a stored copy that cannot be used', () => {
    const forged = { ...answered503, what: phrase('failRefused', phrase('sigMismatch', 'acme-2026')) };
    expect(describeFailure(forged, say('de'), 0)).toMatch(/^acme\.example\/pack\.json wurde abgelehnt: die Signatur passt nicht zum Paket \(Schlüssel "acme-2026"\) um 09:42/);
    const unusable: SourceFailure = { source: 'https://acme.example/team.json', what: phrase('unusableUnsigned', '1.2.0'), at: null, inForce: null, nextTry: null };
    expect(describeFailure(unusable, say('en'), 0)).toBe('acme.example/team.json: version 1.2.0 is not signed with a trusted key, so it is not used');
  });

  it('has every failure phrase in every language, with the same substitutions', () => {
    const keys = (language: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${language}/messages.json`), 'utf8')) as LocaleMessages;
    const en = keys('en');
    const phrases = Object.keys(en).filter((k) => /^(failure|fail|sig|unusable)[A-Z]/.test(k));
    expect(phrases.length).toBeGreaterThan(25);
    for (const language of ['de', 'sv']) {
      const other = keys(language);
      for (const k of phrases) expect(Object.keys(other[k]?.placeholders ?? {}), `${language} ${k}`).toEqual(Object.keys(en[k]!.placeholders ?? {}));
    }
  });
});
