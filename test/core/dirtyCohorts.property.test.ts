/**
 * Dirty cohorts, generated: invisible characters, blanks, duplicates, bad dates, unknown
 * emails, shuffled rows and inconsistent Lead sheets. Whatever the input, no stage throws and
 * every row of every sheet is accounted for: counted, kept aside with why, excluded with why,
 * or blank.
 */
import fc from 'fast-check';
import { committeeSummary } from '../../src/core/committeeSummary';
import { evaluateProgramme } from '../../src/core/evaluate';
import {
  CHECK_IN,
  ESCALATIONS,
  MEETING_OPTIONS,
  MENTEE_APPLICATION as MENTEE,
  MENTEE_FEEDBACK,
  MENTOR_APPLICATION as MENTOR,
  PAIRS,
  SHEET_NAMES,
  SHEETS,
  type SheetName,
} from '../../src/core/instruments';
import { proposeMatches } from '../../src/core/matching';
import { readProgramme } from '../../src/core/readProgramme';
import type { Cell, RawTables } from '../../src/core/records';
import {
  checkInRow,
  escalationRow,
  menteeFeedbackRow,
  menteeRow,
  mentorFeedbackRow,
  mentorRow,
  pairRow,
  table,
  type Row,
} from './cohort';

export const PROPERTY_RUNS = 300;

const NAMES = ['ann', 'ben', 'cy', 'dee', 'eve', 'fay'];
const INVISIBLE = ['\u200B', '\u200D', '\u00AD', '\u0000', '\uFEFF', '\u200E', '\u202E', '\u001B'];

/** An email as a person or a form might write it: clean, dirtied, blank, or not an email. */
const email = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NAMES).map((n) => `${n}@nhs.net`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...INVISIBLE), fc.boolean())
      .map(([n, mark, upper]) => `${upper ? n.toUpperCase() : n}${mark}@nhs.net `),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '   ', 'not an email', 'zed@elsewhere.org', '=HYPERLINK("x")'),
  },
);

/** Mostly the expected answer, sometimes anything. */
const mostly = <T>(usual: T, other: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: other });

const date = fc.oneof(
  fc.constantFrom(
    '2026-01-12',
    '2026-03-01',
    '2026-07-12',
    '2026-09-30',
    '12/01/2026',
    '31/02/2026',
    '9999-12-31',
    '1901-01-01',
    'yesterday',
    '',
  ),
  fc.integer({ min: 40_000, max: 50_000 }).map((serial) => serial as Cell),
);
const timestamp = fc.oneof(
  date.map((d) => (typeof d === 'string' && d.length === 10 && d[4] === '-' ? `${d} 10:00:00` : d)),
  fc.constant(null),
);
const yesNo = fc.constantFrom('Yes', 'No', 'TRUE', 'FALSE', '', 'maybe', null);
const junk = fc.constantFrom('', null, '???', '<b>x</b>', '=1+1', ' ');

const menteeArb = fc
  .tuple(
    email,
    timestamp,
    yesNo,
    fc.oneof(fc.constantFrom('Foundation (FY1–FY2)', 'Locally employed doctor (LED)'), junk),
  )
  .map(([e, t, img, grade]) =>
    menteeRow(e, { Timestamp: t, [MENTEE.img]: img, [MENTEE.grade]: grade }),
  );
const mentorArb = fc
  .tuple(
    email,
    timestamp,
    fc.constantFrom('1', '2', '3', '', 'two'),
    fc.constantFrom('60', '6', '', 'lots'),
  )
  .map(([e, t, capacity, months]) =>
    mentorRow(e, { Timestamp: t, [MENTOR.capacity]: capacity, [MENTOR.monthsNhs]: months }),
  );
const pairArb = fc
  .tuple(
    fc.constantFrom('P1', 'p1 ', '', 'P2', 'P3\u200B', 'P4'),
    email,
    email,
    mostly<Cell>('TRUE', yesNo),
    mostly<Cell>('TRUE', yesNo),
    mostly('Good fit', fc.constantFrom('', ' ')),
    mostly('Active', fc.constantFrom('Completed', 'Withdrawn', 'Excluded', '', 'Paused')),
    yesNo,
    date,
  )
  .map(([id, mentee, mentor, lead, tutor, rationale, status, beyond, withdrawn]) =>
    pairRow(id, mentee, mentor, {
      [PAIRS.confirmedByLead]: lead,
      [PAIRS.confirmedByTutor]: tutor,
      [PAIRS.rationale]: rationale,
      [PAIRS.status]: status,
      [PAIRS.beyondControl]: beyond,
      [PAIRS.withdrawalDate]: withdrawn,
    }),
  );
const checkInArb = fc
  .tuple(
    email,
    fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...MEETING_OPTIONS) },
      { weight: 1, arbitrary: junk },
    ),
    timestamp,
    date,
    yesNo,
  )
  .map(([e, m, meeting, t, d, concern]) =>
    checkInRow(e, m, {
      Timestamp: t,
      [CHECK_IN.meeting]: meeting,
      [CHECK_IN.date]: d,
      [CHECK_IN.concern]: concern,
    }),
  );
const menteeFeedbackArb = fc
  .tuple(email, timestamp, fc.constantFrom('8', '11', '', 'ten', '7.5'))
  .map(([e, t, useful]) =>
    menteeFeedbackRow(e, { Timestamp: t, [MENTEE_FEEDBACK.usefulness]: useful }),
  );
const mentorFeedbackArb = fc
  .tuple(email, timestamp)
  .map(([e, t]) => mentorFeedbackRow(e, { Timestamp: t }));
const escalationArb = fc
  .tuple(
    fc.constantFrom('E1', 'e1', '', 'E2'),
    fc.constantFrom('P1', 'P9', '', 'p2'),
    fc.constantFrom('Open', 'Resolved', '', 'Closed'),
    date,
    date,
  )
  .map(([id, pairId, status, raised, resolved]) =>
    escalationRow(id, pairId, {
      [ESCALATIONS.status]: status,
      [ESCALATIONS.raisedOn]: raised,
      [ESCALATIONS.resolvedOn]: resolved,
    }),
  );
const settingArb = fc
  .tuple(
    fc.constantFrom(
      'Pilot start date',
      'Pilot end date',
      'pilot END date',
      'Target pairs',
      'Target pears',
      '',
      'Programme leads',
    ),
    fc.oneof(date, fc.constantFrom('10', '0', 'ten', 'a@b.org, \u200Bc@d.org')),
  )
  .map(([Setting, Value]) => ({ Setting, Value }) as Row);

/** Rows with blank ones scattered among them, in a shuffled order. */
function sheet(name: SheetName, rows: fc.Arbitrary<Row>, max: number) {
  return fc
    .tuple(
      fc.array(
        fc.oneof({ weight: 6, arbitrary: rows }, { weight: 1, arbitrary: fc.constant({}) }),
        { maxLength: max },
      ),
    )
    .chain(([list]) =>
      fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
    )
    .map((list) => table(name, list));
}

const cohortArb = fc
  .tuple(
    sheet(SHEETS.menteeApplication, menteeArb, 8),
    sheet(SHEETS.mentorApplication, mentorArb, 6),
    sheet(SHEETS.pairs, pairArb, 6),
    sheet(SHEETS.checkIn, checkInArb, 10),
    sheet(SHEETS.menteeFeedback, menteeFeedbackArb, 6),
    sheet(SHEETS.mentorFeedback, mentorFeedbackArb, 5),
    sheet(SHEETS.escalations, escalationArb, 4),
    sheet(SHEETS.programme, settingArb, 6),
    fc.subarray([...SHEET_NAMES]),
  )
  .map(([...parts]) => {
    const present = parts.pop() as SheetName[];
    const raw: RawTables = {};
    for (const t of parts as ReturnType<typeof table>[])
      if (present.includes(t.sheet)) raw[t.sheet] = t;
    return raw;
  });

const asOfArb = fc.constantFrom(
  '2026-01-01',
  '2026-04-20',
  '2026-07-12',
  '2026-08-02',
  '2030-01-01',
);

describe('dirty cohorts', () => {
  it('never throw, and account for every row of every sheet', () => {
    fc.assert(
      fc.property(cohortArb, asOfArb, (raw, asOf) => {
        const read = readProgramme(raw);
        proposeMatches(read.records);
        const evaluation = evaluateProgramme(read.records, { asOf, importIssues: read.issues });
        const summary = committeeSummary(evaluation);
        for (const name of SHEET_NAMES) {
          const account = evaluation.rowAccounting?.find((a) => a.sheet === name);
          const rows = raw[name]?.rows.length ?? 0;
          expect(account?.rows).toBe(rows);
          if (account === undefined) return;
          const listed = [...account.keptNotCounted, ...account.excluded].map((n) => n.row);
          expect(account.blank + account.counted + listed.length).toBe(rows);
          expect(new Set(listed).size).toBe(listed.length);
          for (const row of listed) {
            expect(row).toBeGreaterThanOrEqual(2);
            expect(row).toBeLessThanOrEqual(rows + 1);
          }
          for (const note of [...account.keptNotCounted, ...account.excluded])
            expect(note.reason).not.toBe('');
        }
        for (const t of summary.thresholds)
          if (t.n < 3 && !['C4', 'F1', 'F2', 'F3'].includes(t.id)) expect(t.observed).toBeNull();
        for (const o of summary.outcomes) if (o.n < 3) expect(o.sdChange).toBeNull();
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
