import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('punctuation-run', () => {
  it('reports runs longer than max and suggests keeping max marks; %s is the run', () => {
    const f = run({ kind: 'punctuation-run', message: "'%s' is a lot.", max: 1 }, 'Thanks!!! Really?! Ok.');
    expect(f.map((x) => [x.match, x.suggestions[0], x.message])).toEqual([
      ['!!!', '!', "'!!!' is a lot."],
      ['?!', '?', "'?!' is a lot."],
    ]);
  });

  it('uses the given characters only', () => {
    expect(run({ kind: 'punctuation-run', message: '%s', chars: '.', max: 3 }, 'Well.... ok!!!').map((f) => f.match)).toEqual(['....']);
  });
});
