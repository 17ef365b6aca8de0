import { evaluateProgramme } from '../../src/core/evaluate';
import { ESCALATIONS, PAIRS, SHEETS } from '../../src/core/instruments';
import { readProgramme } from '../../src/core/readProgramme';
import type { RawTable } from '../../src/core/records';
import {
  checkInRow,
  escalationRow,
  menteeRow,
  mentorRow,
  pairRow,
  PILOT,
  programmeRows,
  table,
  tables,
} from './cohort';

const applicants = [
  table(SHEETS.menteeApplication, [menteeRow('ann@nhs.net'), menteeRow('ben@nhs.net')]),
  table(SHEETS.mentorApplication, [mentorRow('bo@nhs.net'), mentorRow('cy@nhs.net')]),
];

function issuesOf(...sheets: RawTable[]) {
  const hasProgramme = sheets.some((t) => t.sheet === SHEETS.programme);
  const programme = hasProgramme ? [] : [table(SHEETS.programme, programmeRows(PILOT))];
  return readProgramme(tables(...applicants, ...programme, ...sheets)).issues;
}

const on = (sheet: string, row: number, problem: string) => ({ sheet, row, problem });

describe('pairs', () => {
  it('a blank and a duplicate Pair ID (whatever its case) are issues; the pairs still count', () => {
    const issues = issuesOf(
      table(SHEETS.pairs, [
        pairRow('', 'ann@nhs.net', 'bo@nhs.net'),
        pairRow('P02', 'ben@nhs.net', 'cy@nhs.net'),
        pairRow('p02 ', 'ann@nhs.net', 'cy@nhs.net', { [PAIRS.status]: 'Excluded' }),
      ]),
    );
    expect(issues).toEqual([
      on(
        SHEETS.pairs,
        2,
        'no Pair ID: the pair is shown as "pairs row 2" and no escalation can name it; it still counts if confirmed',
      ),
      on(
        SHEETS.pairs,
        4,
        'Pair ID "p02" is also used in row 3: escalations naming it cannot tell the two apart; both rows still count',
      ),
    ]);
  });

  it('a pair whose mentee is its mentor does not count, and says so', () => {
    const read = readProgramme(
      tables(...applicants, table(SHEETS.pairs, [pairRow('P01', 'ann@nhs.net', 'ANN@nhs.net')])),
    );
    expect(read.issues).toContainEqual(
      on(
        SHEETS.pairs,
        2,
        'the mentee and the mentor are the same person (ann@nhs.net): this pair does not count',
      ),
    );
    const evaluation = evaluateProgramme(read.records, { asOf: '2026-08-01' });
    expect(evaluation.completion.confirmedPairs).toBe(0);
  });

  it('both confirmations without a rationale: the pair does not count until one is written', () => {
    const issues = issuesOf(
      table(SHEETS.pairs, [
        pairRow('P01', 'ann@nhs.net', 'bo@nhs.net', { [PAIRS.rationale]: ' ' }),
      ]),
    );
    expect(issues).toEqual([
      on(
        SHEETS.pairs,
        2,
        'confirmed by the Lead and the IMG Tutor but no rationale is written: the pair does not count until a rationale is written',
      ),
    ]);
  });

  it('a confirmed pair whose emails match no applicant is an issue and still counts', () => {
    const read = readProgramme(
      tables(...applicants, table(SHEETS.pairs, [pairRow('P01', 'zed@nhs.net', 'ben@nhs.net')])),
    );
    expect(read.issues).toEqual([
      on(
        SHEETS.pairs,
        2,
        "the mentee email zed@nhs.net matches no mentee application: the pair still counts, as both confirmed it, but without that person's application answers",
      ),
      on(
        SHEETS.pairs,
        2,
        "the mentor email ben@nhs.net matches no mentor application (it is on the mentee applications): the pair still counts, as both confirmed it, but without that person's application answers",
      ),
    ]);
    expect(evaluateProgramme(read.records, { asOf: '2026-08-01' }).completion.evaluablePairs).toBe(
      1,
    );
  });

  it('a mentee in two active pairs, and a mentor over their capacity, are issues', () => {
    const issues = issuesOf(
      table(SHEETS.pairs, [
        pairRow('P01', 'ann@nhs.net', 'bo@nhs.net'),
        pairRow('P02', 'ann@nhs.net', 'cy@nhs.net'),
        pairRow('P03', 'ben@nhs.net', 'bo@nhs.net'),
        pairRow('P04', 'ben@nhs.net', 'cy@nhs.net', {
          [PAIRS.status]: 'Withdrawn',
          [PAIRS.beyondControl]: 'No',
        }),
      ]),
    );
    expect(issues).toEqual([
      on(
        SHEETS.pairs,
        3,
        "the mentee ann@nhs.net is also in active pair P01 (row 2): a mentee has one mentor at a time; both pairs count and check-ins go to this later row's pair until one is marked Withdrawn or Completed",
      ),
      on(
        SHEETS.pairs,
        4,
        'the mentor bo@nhs.net offered 1 mentee place and this is their active pair number 2: the pair still counts',
      ),
    ]);
  });

  it('a withdrawal without "Beyond programme control" counts as within control, and says so', () => {
    const issues = issuesOf(
      table(SHEETS.pairs, [
        pairRow('P01', 'ann@nhs.net', 'bo@nhs.net', { [PAIRS.status]: 'Withdrawn' }),
        pairRow('P02', 'ben@nhs.net', 'cy@nhs.net', { [PAIRS.beyondControl]: 'Yes' }),
      ]),
    );
    expect(issues).toEqual([
      on(
        SHEETS.pairs,
        2,
        'Withdrawn without "Beyond programme control" answered: counted as a withdrawal within the programme\u2019s control (it stays evaluable) until Yes or No is written',
      ),
      on(
        SHEETS.pairs,
        3,
        '"Beyond programme control" is Yes but the status is not Withdrawn: it has no effect',
      ),
    ]);
  });
});

describe('escalations', () => {
  const pairs = table(SHEETS.pairs, [pairRow('P01', 'ann@nhs.net', 'bo@nhs.net')]);

  it('an unknown or blank Pair ID is an issue; the escalation still counts', () => {
    const issues = issuesOf(
      pairs,
      table(SHEETS.escalations, [
        escalationRow('E1', 'P99'),
        escalationRow('E2', ''),
        escalationRow('e1', 'p01'),
      ]),
    );
    expect(issues).toEqual([
      on(
        SHEETS.escalations,
        2,
        'Pair ID "P99" is not in the pairs sheet: the escalation still counts for C4',
      ),
      on(SHEETS.escalations, 3, 'no Pair ID: the escalation still counts for C4'),
      on(SHEETS.escalations, 4, 'Escalation ID "e1" is also used in row 2: both rows still count'),
    ]);
  });

  it('a resolution before it was raised, without a date, or on a row still Open, is an issue', () => {
    const issues = issuesOf(
      pairs,
      table(SHEETS.escalations, [
        escalationRow('E1', 'P01', { [ESCALATIONS.resolvedOn]: '2026-02-28' }),
        escalationRow('E2', 'P01', { [ESCALATIONS.resolvedOn]: null }),
        escalationRow('E3', 'P01', { [ESCALATIONS.status]: 'Open' }),
      ]),
    );
    expect(issues).toEqual([
      on(
        SHEETS.escalations,
        2,
        'resolved on 2026-02-28, before it was raised on 2026-03-01: check the dates; it still counts as resolved',
      ),
      on(SHEETS.escalations, 3, 'Resolved without a "Resolved on" date: counted as resolved'),
      on(
        SHEETS.escalations,
        4,
        'resolved on 2026-03-05 but the status is not Resolved: counted as not resolved',
      ),
    ]);
  });

  it('a resolution dated after the pilot end leaves C4 not met at pilot end', () => {
    const late = (resolvedOn: string) =>
      readProgramme(
        tables(
          ...applicants,
          pairs,
          table(SHEETS.programme, programmeRows(PILOT)),
          table(SHEETS.escalations, [
            escalationRow('E1', 'P01', { [ESCALATIONS.resolvedOn]: resolvedOn }),
          ]),
        ),
      );
    const after = late('2026-07-13');
    expect(after.issues).toEqual([
      on(
        SHEETS.escalations,
        2,
        'resolved on 2026-07-13, after the pilot end date 2026-07-12: it counts as not resolved at pilot end (C4)',
      ),
    ]);
    const c4 = (read: ReturnType<typeof late>) =>
      evaluateProgramme(read.records, { asOf: '2026-08-01' }).thresholds.find((t) => t.id === 'C4');
    expect(c4(after)).toMatchObject({ status: 'not_met', observed: 1, n: 1 });
    // On the pilot end date itself it was resolved in time.
    const onTheDay = late('2026-07-12');
    expect(onTheDay.issues).toEqual([]);
    expect(c4(onTheDay)).toMatchObject({ status: 'met', observed: 0, n: 1 });
  });
});

describe('programme and dates', () => {
  it('a pilot end on or before its start is an issue on the end date row', () => {
    const issues = issuesOf(
      table(
        SHEETS.programme,
        programmeRows({ 'Pilot start date': '2026-07-12', 'Pilot end date': '2026-07-12' }),
      ),
    );
    expect(issues).toEqual([
      on(
        SHEETS.programme,
        3,
        'the pilot end date 2026-07-12 is not after the pilot start date 2026-07-12: the meetings and thresholds are timed from these dates as written; correct one of them',
      ),
    ]);
  });

  it('dates more than two years outside the pilot, or in year 9999, are issues; the rows still count', () => {
    const issues = issuesOf(
      table(SHEETS.pairs, [pairRow('P01', 'ann@nhs.net', 'bo@nhs.net')]),
      table(SHEETS.checkIn, [
        checkInRow('ann@nhs.net', 1, { Timestamp: '9999-12-31 10:00:00' }),
        checkInRow('ann@nhs.net', 2, { 'Date of meeting': '2024-01-11' }),
        checkInRow('ann@nhs.net', 3, { 'Date of meeting': '2024-01-12' }),
      ]),
    );
    expect(issues).toEqual([
      on(
        SHEETS.checkIn,
        2,
        'the timestamp 9999-12-31 is outside any plausible date for this pilot (2024-01-12 to 2028-07-12): the answer still counts; its timestamp orders it among the same person\u2019s answers',
      ),
      on(
        SHEETS.checkIn,
        3,
        'the meeting date 2024-01-11 is outside any plausible date for this pilot (2024-01-12 to 2028-07-12): the meeting still counts as held',
      ),
    ]);
  });

  it('without pilot dates, only dates outside 2000 to 2100 are issues', () => {
    const read = readProgramme(
      tables(
        table(SHEETS.menteeApplication, [
          menteeRow('ann@nhs.net', { Timestamp: '31/12/1999 23:59:59' }),
          menteeRow('ben@nhs.net', { Timestamp: '01/01/2000 00:00:00' }),
        ]),
      ),
    );
    expect(read.issues).toEqual([
      on(
        SHEETS.menteeApplication,
        2,
        'the timestamp 1999-12-31 is outside any plausible date for this pilot (2000-01-01 to 2100-12-31): the answer still counts; its timestamp orders it among the same person\u2019s answers',
      ),
    ]);
  });
});
