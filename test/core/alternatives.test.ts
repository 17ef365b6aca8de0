import {
  alternativeSentence,
  proposeMatchesInContext,
  withAlternativeContext,
} from '../../src/core/alternatives';
import { FACTOR_KEYS } from '../../src/core/config';
import type { MatchResult, Proposal } from '../../src/core/results';
import { mentee, mentor, pair, records } from './builders';

const factors = Object.fromEntries(FACTOR_KEYS.map((k) => [k, 0])) as Proposal['factors'];

function proposal(
  menteeEmail: string,
  mentorEmail: string,
  score: number,
  alternatives: Proposal['alternatives'] = [],
  confirmed = false,
): Proposal {
  return {
    mentee: menteeEmail,
    mentor: mentorEmail,
    score,
    percent: 0,
    factors,
    alternatives,
    confirmed,
  };
}

/**
 * Ada (capacity 2) is confirmed with Nadia (10) and proposed for Xavi (11); Yara is proposed
 * Kemi (capacity 2, one place left) at 6.5, with Ada (7), Gita (6.5, proposed for Wren) and
 * Kemi's free-placed colleague Dev (5, capacity 1, unused) as alternatives.
 */
const result: MatchResult = {
  totalScore: 33,
  proposals: [
    proposal('nadia', 'ada', 10, [], true),
    proposal('xavi', 'ada', 11),
    proposal('wren', 'gita', 5.5),
    proposal('yara', 'kemi', 6.5, [
      { mentor: 'ada', score: 7 },
      { mentor: 'gita', score: 6.5 },
      { mentor: 'dev', score: 5 },
    ]),
  ],
  unmatched: [],
  ineligible: [],
};
const capacity: Record<string, number> = { ada: 2, gita: 1, kemi: 2, dev: 1 };
const names: Record<string, string> = {
  ada: 'Ada',
  gita: 'Gita',
  dev: 'Dev',
  nadia: 'Nadia',
  xavi: 'Xavi',
  wren: 'Wren',
};

describe('the alternatives of a proposal', () => {
  const annotated = withAlternativeContext(
    result,
    (m) => capacity[m],
    (e) => names[e] ?? e,
  );
  const yara = annotated.proposals[3].alternatives;

  it('say whom that mentor is already proposed or confirmed for, at what score, and whether a place is left', () => {
    expect(yara.map((a) => [a.mentor, a.proposedFor, a.freePlace])).toEqual([
      [
        'ada',
        [
          { mentee: 'nadia', score: 10, confirmed: true },
          { mentee: 'xavi', score: 11, confirmed: false },
        ],
        false,
      ],
      ['gita', [{ mentee: 'wren', score: 5.5, confirmed: false }], false],
      ['dev', [], true],
    ]);
  });

  it('say why the proposal still stands when an alternative scores more or the same', () => {
    expect(yara[0].why).toBe(
      'Ada (7 here) scores more than this proposal (6.5); that mentor is confirmed with Nadia (10) and proposed for Xavi (11): ' +
        'moving that mentor here would not raise the total score, which the proposals make as high as it can be.',
    );
    expect(yara[1].why).toBe(
      'Gita (6.5 here) scores the same as this proposal; that mentor is proposed for Wren (5.5): ' +
        'moving that mentor here would not raise the total score, which the proposals make as high as it can be.',
    );
    expect(yara[2].why).toBe(
      'Dev (5 here) scores less than this proposal (6.5); that mentor has a free place.',
    );
  });

  it('keep the protocol fields as they were', () => {
    expect(yara.map((a) => [a.mentor, a.score])).toEqual([
      ['ada', 7],
      ['gita', 6.5],
      ['dev', 5],
    ]);
  });

  it('say an equal alternative with a free place gives the same total', () => {
    expect(
      alternativeSentence(
        { score: 6, confirmed: false },
        { mentor: 'dev', score: 6, proposedFor: [], freePlace: true },
      ),
    ).toBe(
      'dev (6 here) scores the same as this proposal; that mentor has a free place: either gives the same total.',
    );
  });

  it('say a confirmed pair is kept as it is', () => {
    expect(
      alternativeSentence(
        { score: 6, confirmed: true },
        { mentor: 'dev', score: 8, proposedFor: [], freePlace: true },
      ),
    ).toBe(
      'dev (8 here); that mentor has a free place; this pair is already confirmed and kept as it is.',
    );
  });
});

describe('proposals carry the context of their alternatives', () => {
  it('names the mentee a better-scoring alternative is proposed for', () => {
    // Two mentees, two mentors of capacity 1; the Lead has excluded Amy with Kim.
    const pilot = records({
      menteeApplications: [
        mentee('amy@x.org', { specialty: 'Acute medicine' }),
        mentee('bo@x.org', { specialty: 'Surgery (general and subspecialties)' }),
      ],
      mentorApplications: [
        mentor('kim@x.org', { specialty: 'Surgery (general and subspecialties)' }),
        mentor('lee@x.org', { specialty: 'Acute medicine' }),
      ],
      pairs: [
        pair('X1', 'amy@x.org', 'kim@x.org', {
          status: 'Excluded',
          confirmedByLead: false,
          confirmedByTutor: false,
        }),
      ],
    });
    const { proposals } = proposeMatchesInContext(pilot);
    // Amy may not have Kim (excluded): Amy–Lee and Bo–Kim, each with the other mentor as alternative.
    const bo = proposals.find((p) => p.mentee === 'bo@x.org');
    expect(bo?.mentor).toBe('kim@x.org');
    expect(bo?.alternatives).toEqual([
      expect.objectContaining({
        mentor: 'lee@x.org',
        proposedFor: [{ mentee: 'amy@x.org', score: expect.any(Number), confirmed: false }],
        freePlace: false,
      }),
    ]);
  });
});
