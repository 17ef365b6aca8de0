/** What the review sidebar says beside each next-best alternative. */
import { FACTOR_KEYS } from '../../src/core/config';
import type { Proposal } from '../../src/core/results';
import {
  alternativeLines,
  alternativesText,
  totalNote,
} from '../../src/google/matching/reviewAlternatives';

const factors = Object.fromEntries(FACTOR_KEYS.map((k) => [k, 0])) as Proposal['factors'];

const proposal: Proposal = {
  mentee: 'yara@x.org',
  mentor: 'kemi@nhs.example',
  score: 6.5,
  percent: 59,
  factors,
  confirmed: false,
  alternatives: [
    {
      mentor: 'ada@nhs.example',
      score: 7,
      proposedFor: [{ mentee: 'xavi@x.org', score: 11, confirmed: false }],
      freePlace: false,
    },
    { mentor: 'dev@nhs.example', score: 5.25, proposedFor: [], freePlace: true },
  ],
};

const names = new Map([
  ['ada@nhs.example', 'Dr Ada Samplewood'],
  ['xavi@x.org', 'Dr Xavi Ipsum'],
]);

describe('the alternatives in the review sidebar', () => {
  it('say, by name, whom a better-scoring mentor is proposed for, and why the proposal stands', () => {
    expect(alternativeLines(alternativesText(proposal, names))).toEqual([
      'ada@nhs.example (7): Dr Ada Samplewood (7 here) scores more than this proposal (6.5); ' +
        'that mentor is proposed for Dr Xavi Ipsum (11): moving that mentor here would not raise the total score, ' +
        'which the proposals make as high as it can be.',
      'dev@nhs.example (5.25): dev@nhs.example (5.25 here) scores less than this proposal (6.5); that mentor has a free place.',
    ]);
  });

  it('keep an older one-line cell as one line', () => {
    expect(alternativeLines('ada@nhs.example (7); dev@nhs.example (5)')).toEqual([
      'ada@nhs.example (7); dev@nhs.example (5)',
    ]);
    expect(alternativeLines('')).toEqual([]);
  });

  it('explain that the proposals maximise the total over all pairs', () => {
    expect(totalNote(114.834, 12)).toBe(
      "The proposals maximise the total score over all pairs: 114.83 points over 12 pairs. A mentee's own best mentor may be proposed for someone else, where that mentor adds more to the total.",
    );
    expect(totalNote(0, 0)).toBe('');
  });
});
