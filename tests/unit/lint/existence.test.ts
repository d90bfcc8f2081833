import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers';

const base = { kind: 'existence', message: "Avoid '%s'." };

describe('existence', () => {
  it('reports each match of the word-bounded token list, %s being the match', () => {
    const f = run({ ...base, tokens: ['just', 'simply'] }, 'Just adjust it, simply.');
    expect(brief(f)).toEqual([["simply", "Avoid 'simply'."]]);
    expect(f[0]).toMatchObject({ start: 16, end: 22, match: 'simply', suggestions: [] });
  });

  it('ignorecase makes the list case-insensitive; without it case matters', () => {
    expect(run({ ...base, tokens: ['just'], ignorecase: true }, 'Just do it.').map((f) => f.match)).toEqual(['Just']);
    expect(run({ ...base, tokens: ['just'] }, 'Just do it.')).toEqual([]);
  });

  it('nonword drops the word boundaries', () => {
    expect(run({ ...base, tokens: ['ing'], nonword: true }, 'Testing things').map((f) => f.match)).toEqual(['ing', 'ing']);
    expect(run({ ...base, tokens: ['ing'] }, 'Testing things')).toEqual([]);
  });

  it('raw pieces are joined verbatim and go before the tokens, or after them with append', () => {
    expect(run({ ...base, raw: ['\\b[A-Z]{2,}', '\\d\\b'] }, 'Use AB1 or A1.').map((f) => f.match)).toEqual(['AB1']);
    expect(run({ ...base, raw: ['-\\d'], tokens: ['v'], append: true }, 'v-1 and -1v').map((f) => f.match)).toEqual(['v-1']);
    expect(run({ ...base, raw: ['\\d-'], tokens: ['v'] }, 'v-1 and 1-v').map((f) => f.match)).toEqual(['1-v']);
  });

  it('tokens are regexes; the alternation takes the first token that matches at a position', () => {
    expect(run({ ...base, tokens: ['utili[sz]e', 'colou?r'] }, 'utilize the colour').map((f) => f.match)).toEqual(['utilize', 'colour']);
    expect(run({ ...base, tokens: ['a', 'a b'], nonword: true }, 'a b').map((f) => f.match)).toEqual(['a']);
  });

  it('word boundaries are Unicode-aware (German, Swedish, combining accents)', () => {
    expect(run({ ...base, tokens: ['möchte'] }, 'Ich möchte das.').map((f) => f.match)).toEqual(['möchte']);
    expect(run({ ...base, tokens: ['för'] }, 'förstår för').map((f) => f.match)).toEqual(['för']);
    expect(run({ ...base, tokens: ['cafe'] }, 'cafe\u0301 and cafe')).toHaveLength(1);
  });

  it('exceptions: a match containing an exception as a whole word is not reported (case-sensitive)', () => {
    const rule = { ...base, tokens: ['Visual \\w+'], exceptions: ['Visual Studio'] };
    expect(run(rule, 'Visual Studio Code and Visual Basic').map((f) => f.match)).toEqual(['Visual Basic']);
    expect(run({ ...base, tokens: ['\\w+ly'], exceptions: ['Only'] }, 'Only only').map((f) => f.match)).toEqual(['only']);
  });

  it('a match inside a multi-word exception found in the text is not reported', () => {
    expect(run({ ...base, tokens: ['JS'], exceptions: ['Node JS'] }, 'Node JS or plain JS').map((f) => f.start)).toEqual([17]);
  });

  it('a (?i) inside a token applies to it and the tokens after it, as in the joined Vale pattern', () => {
    const f = run({ ...base, tokens: ['foo', '(?i)bar', 'baz'] }, 'FOO BAR BAZ foo');
    expect(f.map((x) => x.match)).toEqual(['BAR', 'BAZ', 'foo']);
  });

  it('(?i:…) and (?-i:…) groups are translated', () => {
    expect(run({ ...base, tokens: ['(?i:no) comment'] }, 'NO comment, No Comment').map((f) => f.match)).toEqual(['NO comment']);
    expect(run({ ...base, tokens: ['(?-i:EU) rules'], ignorecase: true }, 'eu rules, EU RULES').map((f) => f.match)).toEqual(['EU RULES']);
  });

  it('spans are UTF-16 offsets into the exact draft, also after emoji', () => {
    const text = '👩‍👩‍👧 just 🎉 just';
    const f = run({ ...base, tokens: ['just'] }, text);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['just', 'just']);
    expect(f[0]!.start).toBe('👩‍👩‍👧 '.length);
  });

  it('limit caps the findings per draft', () => {
    expect(run({ ...base, tokens: ['a'], limit: 2 }, 'a a a a')).toHaveLength(2);
  });

  it('scope sentence keeps matches inside one sentence', () => {
    expect(run({ ...base, tokens: ['end\\. Start'], scope: 'sentence' }, 'The end. Start again.')).toEqual([]);
    expect(run({ ...base, tokens: ['end\\. Start'] }, 'The end. Start again.')).toHaveLength(1);
  });

  it('does not cross paragraphs', () => {
    expect(run({ ...base, tokens: ['no\\s+comment'] }, 'no\n\ncomment')).toEqual([]);
    expect(run({ ...base, tokens: ['no\\s+comment'] }, 'no\ncomment')).toHaveLength(1);
  });
});
