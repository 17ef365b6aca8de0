import { evaluateProgramme } from '../../src/core/evaluate';
import { DOMAINS, ESCALATIONS, SHEETS } from '../../src/core/instruments';
import { readProgramme } from '../../src/core/readProgramme';
import type { RawTables } from '../../src/core/records';
import {
  checkInRow,
  escalationRow,
  menteeFeedbackRow,
  menteeRow,
  mentorFeedbackRow,
  mentorRow,
  pairRow,
  PILOT,
  programmeRows,
  table,
  tables,
} from './cohort';

const AS_OF = '2026-05-01';
const mentees = ['ann', 'ben', 'cat'].map((n) => `${n}@nhs.net`);
const mentors = ['bo', 'cy', 'di'].map((n) => `${n}@nhs.net`);

/** Three pairs; `later` adds what was answered after 1 May 2026. */
function cohort(later: boolean): RawTables {
  const reapplied = DOMAINS[0].title;
  return tables(
    table(SHEETS.menteeApplication, [
      ...mentees.map((m) => menteeRow(m)),
      ...(later
        ? [menteeRow('ann@nhs.net', { Timestamp: '02/05/2026 08:00:00', [reapplied]: 9 })]
        : []),
    ]),
    table(
      SHEETS.mentorApplication,
      mentors.map((m) => mentorRow(m)),
    ),
    table(
      SHEETS.pairs,
      mentees.map((m, i) => pairRow(`P0${i + 1}`, m, mentors[i])),
    ),
    table(SHEETS.checkIn, [
      ...mentees.flatMap((m) => [checkInRow(m, 1), checkInRow(m, 2)]),
      ...(later ? mentees.map((m) => checkInRow(m, 3)) : []),
      ...(later ? [checkInRow('ann@nhs.net', 2, { Timestamp: '2026-05-02 00:00:00' })] : []),
    ]),
    table(SHEETS.menteeFeedback, later ? mentees.map((m) => menteeFeedbackRow(m)) : []),
    table(SHEETS.mentorFeedback, later ? mentors.map((m) => mentorFeedbackRow(m)) : []),
    table(SHEETS.escalations, [
      escalationRow('E1', 'P01', {
        [ESCALATIONS.resolvedOn]: later ? '2026-05-03' : null,
        [ESCALATIONS.status]: later ? 'Resolved' : 'Open',
      }),
      ...(later
        ? [
            escalationRow('E2', 'P02', {
              [ESCALATIONS.raisedOn]: '2026-06-01',
              [ESCALATIONS.resolvedOn]: '2026-06-02',
            }),
          ]
        : []),
    ]),
    table(SHEETS.programme, programmeRows(PILOT)),
  );
}

const evaluate = (raw: RawTables) => {
  const read = readProgramme(raw);
  return evaluateProgramme(read.records, { asOf: AS_OF, importIssues: read.issues });
};

describe('--as-of is a cut-off', () => {
  const full = evaluate(cohort(true));
  const then = evaluate(cohort(false));

  it('a re-run as of a past date gives that date’s figures', () => {
    expect(full.thresholds).toEqual(then.thresholds);
    expect(full.outcomes).toEqual(then.outcomes);
    expect(full.completion).toEqual(then.completion);
    expect(full.escalations).toEqual(then.escalations);
    expect(full.reAim).toEqual(then.reAim);
    expect(full.scenario).toBe(then.scenario);
  });

  it('counts meetings 1 and 2 only, and the escalation open at that date', () => {
    expect(full.completion.pairs.map((p) => p.meetingsHeld)).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(full.escalations).toEqual({ open: 1, resolved: 0 });
  });

  it('lists every later answer as not counted, in the accounts and the issues', () => {
    const later = (sheet: string) =>
      full.rowAccounting?.find((a) => a.sheet === sheet)?.keptNotCounted;
    expect(later(SHEETS.menteeApplication)).toEqual([
      {
        row: 5,
        reason:
          'answered on 2026-05-02, after the as-of date 2026-05-01: not counted in this report',
      },
    ]);
    expect(later(SHEETS.checkIn)?.map((n) => n.row)).toEqual([8, 9, 10, 11]);
    expect(later(SHEETS.menteeFeedback)?.map((n) => n.row)).toEqual([2, 3, 4]);
    expect(later(SHEETS.mentorFeedback)?.map((n) => n.row)).toEqual([2, 3, 4]);
    expect(later(SHEETS.escalations)).toEqual([
      {
        row: 3,
        reason: 'raised on 2026-06-01, after the as-of date 2026-05-01: not counted in this report',
      },
    ]);
    expect(full.importIssues).toContainEqual({
      sheet: SHEETS.checkIn,
      row: 11,
      problem:
        'answered on 2026-05-02, after the as-of date 2026-05-01: not counted in this report',
    });
  });

  it('an answer on the as-of date itself counts', () => {
    const raw = cohort(false);
    const read = readProgramme(raw);
    const onTheDay = evaluateProgramme(read.records, { asOf: '2026-04-10' });
    expect(onTheDay.completion.pairs.map((p) => p.meetingsHeld)).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    const dayBefore = evaluateProgramme(read.records, { asOf: '2026-04-09' });
    expect(dayBefore.completion.pairs.map((p) => p.meetingsHeld)).toEqual([[1], [1], [1]]);
  });
});
