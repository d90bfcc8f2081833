import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const rule = {
  kind: 'required',
  message: 'The reply lacks %s.',
  elements: [
    { name: 'an apology', tokens: ['sorry', 'apologi[sz]e'] },
    { name: 'a next step', tokens: ["I(?:'ll| will)"] },
  ],
};

describe('required', () => {
  it('reports each missing element once, on the whole draft; %s is its name', () => {
    const f = run(rule, ' Thanks for writing. ');
    expect(f.map((x) => [x.match, x.message])).toEqual([
      ['Thanks for writing.', 'The reply lacks an apology.'],
      ['Thanks for writing.', 'The reply lacks a next step.'],
    ]);
  });

  it('matches case-insensitively by default and is quiet when everything is there', () => {
    expect(run(rule, "SORRY about that. I'll check today.")).toEqual([]);
    expect(run({ ...rule, ignorecase: false }, "SORRY about that. I'll check today.")).toHaveLength(1);
  });

  it('does not judge an empty draft', () => {
    expect(run(rule, '   ')).toEqual([]);
  });
});
