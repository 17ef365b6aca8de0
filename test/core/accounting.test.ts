import { evaluateProgramme } from '../../src/core/evaluate';
import { CHECK_IN, MENTEE_APPLICATION, PAIRS, SHEETS } from '../../src/core/instruments';
import { readProgramme } from '../../src/core/readProgramme';
import {
  checkInRow,
  menteeFeedbackRow,
  menteeRow,
  mentorFeedbackRow,
  mentorRow,
  pairRow,
  programmeRows,
  table,
  tables,
} from './cohort';

const BLANK = {};

const raw = tables(
  table(SHEETS.menteeApplication, [
    menteeRow('ann@nhs.net', { Timestamp: '01/01/2026 09:00:00' }),
    BLANK,
    menteeRow('ben@nhs.net', {
      [MENTEE_APPLICATION.img]: 'No',
      [MENTEE_APPLICATION.grade]: 'Foundation (FY1–FY2)',
    }),
    menteeRow('ann@nhs.net', { Timestamp: '03/01/2026 09:00:00' }),
  ]),
  table(SHEETS.mentorApplication, [mentorRow('bo@nhs.net'), mentorRow('cy@nhs.net')]),
  table(SHEETS.pairs, [
    pairRow('P01', 'ann@nhs.net', 'bo@nhs.net'),
    pairRow('P02', 'ben@nhs.net', 'cy@nhs.net', { [PAIRS.confirmedByTutor]: 'FALSE' }),
  ]),
  table(SHEETS.checkIn, [
    checkInRow('ann@nhs.net', 1),
    checkInRow('ann@nhs.net', 2, { [CHECK_IN.meeting]: null }),
    checkInRow('ann@nhs.net', 1, { Timestamp: '2026-02-11 18:00:00' }),
    checkInRow('zed@nhs.net', 2),
    checkInRow('', 3),
  ]),
  table(SHEETS.menteeFeedback, [
    menteeFeedbackRow('ann@nhs.net'),
    menteeFeedbackRow('ben@nhs.net'),
    menteeFeedbackRow('bo@nhs.net'),
  ]),
  table(SHEETS.mentorFeedback, [mentorFeedbackRow('bo@nhs.net'), mentorFeedbackRow('cy@nhs.net')]),
  table(
    SHEETS.programme,
    programmeRows({
      'Pilot start date': '2026-01-12',
      'Pilot end date': '2026-07-11',
      'Pilot  END date': '2026-07-12',
      'Target pears': '5',
    }),
  ),
);

const read = readProgramme(raw);
const evaluation = evaluateProgramme(read.records, {
  asOf: '2026-08-01',
  importIssues: read.issues,
});
const account = (sheet: string) => evaluation.rowAccounting?.find((a) => a.sheet === sheet);

describe('every row accounted for', () => {
  it('applications: counted, superseded, ineligible and blank rows, each with why', () => {
    expect(account(SHEETS.menteeApplication)).toEqual({
      sheet: SHEETS.menteeApplication,
      rows: 4,
      blank: 1,
      counted: 1,
      keptNotCounted: [
        { row: 2, reason: 'superseded by a later application from the same email' },
        {
          row: 4,
          reason:
            'ineligible: primary medical qualification obtained in the UK and not a locally employed doctor',
        },
      ],
      excluded: [],
    });
    expect(account(SHEETS.mentorApplication)).toMatchObject({ rows: 2, counted: 2 });
  });

  it('pairs: an unconfirmed pair is kept with what it lacks', () => {
    expect(account(SHEETS.pairs)).toEqual({
      sheet: SHEETS.pairs,
      rows: 2,
      blank: 0,
      counted: 1,
      keptNotCounted: [{ row: 3, reason: 'not confirmed by the IMG Tutor' }],
      excluded: [],
    });
  });

  it('check-ins: a blank meeting, a replaced answer and strays are each listed', () => {
    expect(account(SHEETS.checkIn)).toEqual({
      sheet: SHEETS.checkIn,
      rows: 5,
      blank: 0,
      counted: 1,
      keptNotCounted: [
        { row: 2, reason: 'replaced by the later check-in for the same meeting in row 4' },
        { row: 3, reason: '"Which meeting was this?" not answered or not readable' },
      ],
      excluded: [
        { row: 5, reason: 'not from the mentee of a confirmed pair' },
        { row: 6, reason: 'no readable email address' },
      ],
    });
  });

  it('a check-in that does not say which meeting it was is an import issue', () => {
    expect(evaluation.importIssues).toContainEqual({
      sheet: SHEETS.checkIn,
      row: 3,
      problem:
        'the check-in does not say which meeting it was: it is kept but counts for no meeting of pair P01',
    });
  });

  it('programme: a replaced and an unknown setting are kept aside, with an issue', () => {
    expect(account(SHEETS.programme)).toEqual({
      sheet: SHEETS.programme,
      rows: 4,
      blank: 0,
      counted: 2,
      keptNotCounted: [
        { row: 3, reason: '"Pilot end date" is set again in row 4, which replaces this row' },
        { row: 5, reason: '"Target pears" is not a setting Dyad knows: ignored' },
      ],
      excluded: [],
    });
    expect(read.issues.filter((i) => i.sheet === SHEETS.programme).map((i) => i.row)).toEqual([
      4, 5,
    ]);
  });

  it('a sheet not in the export has no rows', () => {
    expect(account(SHEETS.escalations)).toEqual({
      sheet: SHEETS.escalations,
      rows: 0,
      blank: 0,
      counted: 0,
      keptNotCounted: [],
      excluded: [],
    });
  });
});

describe('feedback kept but not counted, shown with why', () => {
  it('lists the unpaired applicant, the unconfirmed pair and the mentor on the mentee form', () => {
    expect(evaluation.uncountedFeedback).toEqual([
      {
        sheet: SHEETS.menteeFeedback,
        row: 3,
        reason:
          "the mentee's pair is not confirmed by both the Lead and the IMG Tutor with a rationale: not counted",
      },
      {
        sheet: SHEETS.menteeFeedback,
        row: 4,
        reason: 'a mentor of an evaluable pair answered the mentee form: not counted',
      },
      {
        sheet: SHEETS.mentorFeedback,
        row: 3,
        reason:
          "the mentor's pair is not confirmed by both the Lead and the IMG Tutor with a rationale: not counted",
      },
    ]);
  });

  it('lists an excused withdrawal and an applicant never paired', () => {
    const cohort = tables(
      table(SHEETS.menteeApplication, [menteeRow('ann@nhs.net'), menteeRow('dan@nhs.net')]),
      table(SHEETS.mentorApplication, [mentorRow('bo@nhs.net')]),
      table(SHEETS.pairs, [
        pairRow('P01', 'ann@nhs.net', 'bo@nhs.net', {
          [PAIRS.status]: 'Withdrawn',
          [PAIRS.beyondControl]: 'Yes',
        }),
      ]),
      table(SHEETS.menteeFeedback, [
        menteeFeedbackRow('ann@nhs.net'),
        menteeFeedbackRow('dan@nhs.net'),
      ]),
    );
    const result = evaluateProgramme(readProgramme(cohort).records, { asOf: '2026-08-01' });
    expect(result.uncountedFeedback).toEqual([
      {
        sheet: SHEETS.menteeFeedback,
        row: 2,
        reason:
          "the mentee's pair withdrew beyond programme control: kept for the Lead, never counted",
      },
      {
        sheet: SHEETS.menteeFeedback,
        row: 3,
        reason: 'an applicant who is not in a confirmed pair: kept for the Lead, never counted',
      },
    ]);
  });
});
