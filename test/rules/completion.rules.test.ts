/**
 * Protocol section 5: which meetings count, which pairs are evaluable, when a meeting is due and
 * overdue. Dates are worked out by hand from the builders' pilot start, 12 January 2026:
 * meeting 1 due 12 Feb (overdue from 26 Feb), meeting 2 due 12 Apr (26 Apr), meeting 3 due
 * 12 Jul (26 Jul).
 */
import type { PairRecord } from '../../src/core/records';
import { checkIn, mentee, mentor, pair, records, settings } from '../core/builders';
import { configWith, evaluateAt, thresholdOf } from './support';

const E = 'e@nhs.example';
const M = 'm@nhs.example';

function onePair(
  over: Partial<PairRecord> = {},
  meetings: (1 | 2 | 3 | 'additional' | null)[] = [],
) {
  return records({
    menteeApplications: [mentee(E)],
    mentorApplications: [mentor(M)],
    pairs: [pair('P01', E, M, over)],
    checkIns: meetings.map((m) => ({ ...checkIn(E, 1), meeting: m })),
  });
}

describe('a structured meeting counts when a check-in for it exists', () => {
  // [check-ins sent, structured meetings held]
  const rows: [(1 | 2 | 3 | 'additional' | null)[], number[]][] = [
    [[], []],
    [[1], [1]],
    [
      [1, 3],
      [1, 3],
    ],
    [[2, 2], [2]], // the same meeting twice is one meeting
    [['additional', 'additional'], []], // additional meetings are not structured
    [[null, 1], [1]], // an unreadable "Which meeting" counts for nothing
    [
      [3, 2, 1],
      [1, 2, 3],
    ],
  ];
  it.each(rows)('check-ins %j hold meetings %j', (sent, held) => {
    const e = evaluateAt(onePair({}, sent));
    expect(e.completion.pairs[0].meetingsHeld).toEqual(held);
  });

  it('counts a pair with exactly 2 meetings towards C1 and one with 1 not', () => {
    const two = evaluateAt(onePair({}, [1, 2])).completion;
    const one = evaluateAt(onePair({}, [1, 'additional', 'additional'])).completion;
    expect(two).toMatchObject({ pairsWithTwoOrMoreMeetings: 1, pairsWithAllMeetings: 0 });
    expect(one).toMatchObject({ pairsWithTwoOrMoreMeetings: 0, pairsWithAllMeetings: 0 });
    const all = evaluateAt(onePair({}, [1, 2, 3])).completion;
    expect(all).toMatchObject({ pairsWithTwoOrMoreMeetings: 1, pairsWithAllMeetings: 1 });
  });

  it('follows a non-default minimum (3 meetings for C1)', () => {
    const config = configWith({ thresholds: { c1MinMeetings: 3 } });
    expect(
      evaluateAt(onePair({}, [1, 2]), undefined, config).completion.pairsWithTwoOrMoreMeetings,
    ).toBe(0);
    expect(
      evaluateAt(onePair({}, [1, 2, 3]), undefined, config).completion.pairsWithTwoOrMoreMeetings,
    ).toBe(1);
  });
});

describe('evaluable pairs', () => {
  // [pair sheet row, confirmed?, evaluable?, listed as excused?]
  const rows: [string, Partial<PairRecord>, boolean, boolean, boolean][] = [
    ['active, both confirmations and a rationale', {}, true, true, false],
    ['completed', { status: 'Completed' }, true, true, false],
    ['status blank', { status: null }, true, true, false],
    [
      'withdrawn, beyond programme control Yes',
      { status: 'Withdrawn', beyondControl: true },
      true,
      false,
      true,
    ],
    [
      'withdrawn, beyond programme control No',
      { status: 'Withdrawn', beyondControl: false },
      true,
      true,
      false,
    ],
    [
      'withdrawn, beyond programme control blank',
      { status: 'Withdrawn', beyondControl: null },
      true,
      true,
      false,
    ],
    [
      'completed, beyond programme control Yes (only a withdrawal is excused)',
      { status: 'Completed', beyondControl: true },
      true,
      true,
      false,
    ],
    ['not confirmed by the Lead', { confirmedByLead: false }, false, false, false],
    ['not confirmed by the IMG Tutor', { confirmedByTutor: false }, false, false, false],
    ['rationale blank', { rationale: ' ' }, false, false, false],
    ['excluded', { status: 'Excluded' }, false, false, false],
  ];
  it.each(rows)(
    '%s: confirmed %s, evaluable %s, excused %s',
    (_, over, confirmed, evaluable, excused) => {
      const c = evaluateAt(onePair(over, [1, 2, 3])).completion;
      expect(c.confirmedPairs).toBe(confirmed ? 1 : 0);
      expect(c.evaluablePairs).toBe(evaluable ? 1 : 0);
      expect(c.excusedWithdrawals.length).toBe(excused ? 1 : 0);
      const other = over.status === 'Withdrawn' && evaluable;
      expect(c.otherWithdrawals.length).toBe(other ? 1 : 0);
    },
  );

  it("keeps an excused pair's check-ins without an import issue (the mentee is known)", () => {
    const e = evaluateAt(onePair({ status: 'Withdrawn', beyondControl: true }, [1, 2]));
    expect(e.importIssues).toEqual([]);
  });

  it('lists a withdrawal not beyond control among the other withdrawals, still counted', () => {
    const c = evaluateAt(
      onePair({ status: 'Withdrawn', beyondControl: null, withdrawalDate: '2026-03-01' }, [1]),
    ).completion;
    expect(c.otherWithdrawals).toEqual([
      { pairId: 'P01', withdrawalDate: '2026-03-01', beyondControl: false },
    ]);
    expect(c.excusedWithdrawals).toEqual([]);
  });

  it('sets an excused withdrawal apart from C1 (3 pairs: 2 complete, 1 excused with 1 meeting)', () => {
    // C1 = 2 of 2 evaluable pairs = 1, not 2 of 3.
    const pilot = records({
      menteeApplications: ['a', 'b', 'c'].map((x) => mentee(`${x}@e`)),
      mentorApplications: ['a', 'b', 'c'].map((x) => mentor(`${x}@m`)),
      pairs: [
        pair('P1', 'a@e', 'a@m'),
        pair('P2', 'b@e', 'b@m'),
        pair('P3', 'c@e', 'c@m', { status: 'Withdrawn', beyondControl: true }),
      ],
      checkIns: [
        checkIn('a@e', 1),
        checkIn('a@e', 2),
        checkIn('b@e', 1),
        checkIn('b@e', 2),
        checkIn('c@e', 1),
      ],
    });
    const c1 = thresholdOf(evaluateAt(pilot), 'C1');
    expect(c1).toMatchObject({ observed: 1, n: 2 });
  });
});

describe('a mentee paired twice', () => {
  // The first pair withdrew (not beyond control), the mentee was re-paired with another mentor.
  const first = (over: Partial<PairRecord> = {}) =>
    pair('P01', E, 'old@nhs.example', { status: 'Withdrawn', beyondControl: false, ...over });
  const second = () => pair('P02', E, M);
  const base = (pairs: PairRecord[]) =>
    records({
      menteeApplications: [mentee(E)],
      mentorApplications: [mentor(M), mentor('old@nhs.example')],
      pairs,
      checkIns: [checkIn(E, 1), checkIn(E, 2)],
    });

  it.each([
    ['withdrawn pair listed first', () => [first(), second()]],
    ['active pair listed first', () => [second(), first()]],
  ])('ties the check-ins to the active pair (%s)', (_, pairs) => {
    const e = evaluateAt(base(pairs()));
    const held = Object.fromEntries(e.completion.pairs.map((p) => [p.pairId, p.meetingsHeld]));
    expect(held).toEqual({ P01: [], P02: [1, 2] });
  });

  it('excused first pair: only the active pair is evaluable and it held 2 meetings (C1 1 of 1)', () => {
    const e = evaluateAt(base([first({ beyondControl: true }), second()]));
    expect(e.completion.evaluablePairs).toBe(1);
    expect(e.completion.pairs[0]).toMatchObject({ pairId: 'P02', meetingsHeld: [1, 2] });
  });
});

describe('due and overdue', () => {
  const dueAt = (asOf: string, sent: (1 | 2 | 3)[] = [], over: Partial<PairRecord> = {}) =>
    evaluateAt(onePair(over, sent), asOf).completion.pairs[0];

  // [as of, meetings due, meetings overdue]
  const rows: [string, number[], number[]][] = [
    ['2026-02-11', [], []], // the day before meeting 1 is due
    ['2026-02-12', [1], []], // due on 12 Feb (start + 1 month)
    ['2026-02-25', [1], []], // 13 days after: not yet overdue
    ['2026-02-26', [1], [1]], // 14 days after: overdue
    ['2026-04-12', [1, 2], [1]],
    ['2026-04-26', [1, 2], [1, 2]],
    ['2026-07-26', [1, 2, 3], [1, 2, 3]],
  ];
  it.each(rows)('as of %s: due %j, overdue %j', (asOf, due, overdue) => {
    const p = dueAt(asOf);
    expect(p.due).toEqual(due);
    expect(p.overdue.map((o) => o.meeting)).toEqual(overdue);
  });

  it('gives the due and overdue dates', () => {
    expect(dueAt('2026-02-26').overdue).toEqual([
      { meeting: 1, dueOn: '2026-02-12', overdueSince: '2026-02-26' },
    ]);
  });

  it('does not list a meeting held', () => {
    expect(dueAt('2026-04-26', [1])).toMatchObject({ due: [2] });
    expect(dueAt('2026-04-26', [1]).overdue.map((o) => o.meeting)).toEqual([2]);
  });

  it('never lists a withdrawn pair as due or overdue', () => {
    const p = dueAt('2026-08-01', [], { status: 'Withdrawn', beyondControl: false });
    expect(p).toMatchObject({ status: 'Withdrawn', due: [], overdue: [] });
  });

  it('falls on the last day of a shorter month (start 31 January)', () => {
    const pilot = onePair({}, []);
    pilot.programme = settings({ pilotStart: '2026-01-31' });
    const overdue = evaluateAt(pilot, '2026-08-14').completion.pairs[0].overdue;
    // 31 Jan + 1 month = 28 Feb (+14 = 14 Mar); + 3 = 30 Apr (14 May); + 6 = 31 Jul (14 Aug).
    expect(overdue).toEqual([
      { meeting: 1, dueOn: '2026-02-28', overdueSince: '2026-03-14' },
      { meeting: 2, dueOn: '2026-04-30', overdueSince: '2026-05-14' },
      { meeting: 3, dueOn: '2026-07-31', overdueSince: '2026-08-14' },
    ]);
  });

  it('follows non-default months (2, 4, 6) and an overdue delay of 7 days', () => {
    const config = configWith({ meetings: { dueMonths: [2, 4, 6], overdueAfterDays: 7 } });
    const at = (asOf: string) => evaluateAt(onePair(), asOf, config).completion.pairs[0];
    expect(at('2026-03-11').due).toEqual([]); // 12 Jan + 2 months = 12 Mar
    expect(at('2026-03-12')).toMatchObject({ due: [1], overdue: [] });
    expect(at('2026-03-18').overdue).toEqual([]); // 6 days after
    expect(at('2026-03-19').overdue).toEqual([
      { meeting: 1, dueOn: '2026-03-12', overdueSince: '2026-03-19' },
    ]);
  });

  it('lists nothing as due while the pilot start date is empty', () => {
    const pilot = onePair();
    pilot.programme = settings({ pilotStart: null });
    expect(evaluateAt(pilot).completion.pairs[0]).toMatchObject({ due: [], overdue: [] });
  });
});
