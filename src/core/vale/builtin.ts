import type { ConvertedRule, Unconverted } from './types';

/** Vale's own style, `Vale`: what the extension can check of it. */
export function builtinValeRules(): { rules: ConvertedRule[]; unconverted: Unconverted[] } {
  return {
    rules: [
      {
        vocab: false,
        rule: {
          id: 'Vale.Repetition',
          kind: 'repetition',
          level: 'error',
          message: "'%s' is repeated!",
          why: 'A word written twice in a row is almost always a slip.',
          alpha: true,
          tokens: ['[^\\s]+'],
        },
      },
    ],
    unconverted: [{ id: 'Vale.Spelling', reason: 'spelling rules are not supported: no Hunspell dictionaries in the extension' }],
  };
}
