import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/core/text/blocks';
import { run } from './helpers';

const heading = (text: string): Block[] => [{ kind: 'heading', level: 2, start: 0, end: text.length }];
const title = { kind: 'capitalization', message: "'%s' should be in title case ('%s').", match: '$title', scope: 'heading', threshold: 1 };
const sentence = { kind: 'capitalization', message: "'%s' should be in sentence case.", match: '$sentence', scope: 'heading', threshold: 1 };

const check = (rule: Record<string, unknown>, text: string) => run(rule, text, {}, { blocks: heading(text) });

describe('capitalization', () => {
  it('$title (AP): first and last word capitalised, short articles, conjunctions and prepositions lower-case', () => {
    expect(check(title, 'The Quick Brown Fox Jumps Over the Lazy Dog')).toEqual([]);
    const f = check(title, 'The quick brown fox jumps over the lazy dog');
    expect(f).toHaveLength(1);
    expect(f[0]!.suggestions).toEqual(['The Quick Brown Fox Jumps Over the Lazy Dog']);
    expect(f[0]!.message).toBe("'The quick brown fox jumps over the lazy dog' should be in title case ('The Quick Brown Fox Jumps Over the Lazy Dog').");
  });

  it('AP capitalises "to" before a verb (infinitive), not before a noun', () => {
    expect(check(title, 'How To Use the App')).toEqual([]);
    expect(check(title, 'Welcome to Paris')).toEqual([]);
  });

  it('Chicago also lower-cases longer prepositions', () => {
    expect(check({ ...title, style: 'Chicago' }, 'A Walk through the Park')).toEqual([]);
    expect(check(title, 'A Walk through the Park')).toHaveLength(1);
  });

  it('threshold: the share of words that must conform (default 0.8)', () => {
    const text = 'A Walk through the Park';
    expect(check({ ...title, threshold: undefined }, text)).toEqual([]);
    expect(check({ ...title, threshold: 0.9 }, text)).toHaveLength(1);
  });

  it('$sentence: only the first word (and words after an indicator) capitalised', () => {
    expect(check(sentence, 'Getting started with the app')).toEqual([]);
    const f = check(sentence, 'Getting Started With The App');
    expect(f[0]!.suggestions).toEqual(['Getting started with the app']);
    expect(check(sentence, 'Step one: Install the app')).toEqual([]);
    expect(check({ ...sentence, indicators: ['?'] }, 'Step one: Install the app')).toHaveLength(1);
  });

  it('a first word not in title form fails $sentence outright', () => {
    expect(check({ ...sentence, threshold: 0.1 }, 'getting started with the app')).toHaveLength(1);
  });

  it('exceptions keep their case', () => {
    expect(check(sentence, 'Using GitHub with the app')).toHaveLength(1);
    expect(check({ ...sentence, exceptions: ['GitHub'] }, 'Using GitHub with the app')).toEqual([]);
  });

  it('prefix is ignored', () => {
    expect(check({ ...sentence, prefix: '\\d+\\. ' }, '1. Getting started')).toEqual([]);
  });

  it('$lower, $upper and a pattern', () => {
    const rule = { kind: 'capitalization', message: '%s', scope: 'heading' };
    expect(check({ ...rule, match: '$lower' }, 'all quiet')).toEqual([]);
    expect(check({ ...rule, match: '$lower' }, 'All quiet')[0]!.suggestions).toEqual(['all quiet']);
    expect(check({ ...rule, match: '$upper' }, 'LOUD')).toEqual([]);
    expect(check({ ...rule, match: '^[A-Z]' }, 'lower start')).toHaveLength(1);
    expect(check({ ...rule, match: '^[A-Z]' }, 'Upper start')).toEqual([]);
  });

  it('plain text has no headings, so a heading rule does not fire there', () => {
    expect(run(title, 'the quick brown fox')).toEqual([]);
  });
});
