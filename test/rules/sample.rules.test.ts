/**
 * The committed sample programme (`examples/sample-programme`), evaluated as of 2 August 2026
 * and matched: its decision, every threshold and the total match score, asserted exactly.
 *
 * How the expected values were found: by hand from the CSVs (the counts in the comments), and
 * checked by an independent script outside Dyad written from PROTOCOL.md alone (Python: its own
 * CSV reading, eligibility, the eight factors and a brute force over the three free mentees'
 * places). The `independently` block below recomputes C1, C3, I2, I3 and F4 again from the CSV
 * rows, with nothing from `src/`.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateProgramme } from '../../src/core/evaluate';
import { SHEET_NAMES } from '../../src/core/instruments';
import { proposeMatches } from '../../src/core/matching';
import { readProgramme } from '../../src/core/readProgramme';
import type { RawTables } from '../../src/core/records';

const SAMPLE = join(__dirname, '../../examples/sample-programme');
const csv = (sheet: string): string[][] =>
  parse(readFileSync(join(SAMPLE, `${sheet}.csv`), 'utf8'), { bom: true }) as string[][];

function sampleTables(): RawTables {
  const tables: RawTables = {};
  for (const sheet of SHEET_NAMES) {
    const [header, ...rows] = csv(sheet);
    tables[sheet] = { sheet, header, rows };
  }
  return tables;
}

const read = readProgramme(sampleTables());
const evaluation = evaluateProgramme(read.records, { asOf: '2026-08-02' });

describe('the sample programme, evaluated after the pilot end (12 July 2026)', () => {
  it('is final, scenario 2', () => {
    expect(evaluation).toMatchObject({
      provisional: false,
      scenario: 2,
      recommendation:
        'Proceed to Cohort 2 with targeted improvements to matching or programme structure; present pilot findings as early-stage evidence',
      domains: { completion: 'met', impact: 'partial', feasibility: 'met' },
    });
  });

  /*
   * Pairs P01–P10 are confirmed; P07 withdrew beyond programme control (excused); X01 is an
   * exclusion. Evaluable: 9 pairs, 9 mentees, 9 mentors.
   * C1: meetings held — P01–P06 and P08 all 3, P09 (Uma) 2, P10 (Viktor) 1: 8 of 9 hold ≥ 2.
   * C2: 7 of 9 hold all 3.
   * C3: mentee feedback from 8 of the 9 (not Viktor; Sami is excused, not counted), mentor
   *     feedback from 7 of the 9 (Cora, Farid, Bram, Ada, Elin, Dev, Hugo; Gita is P07's):
   *     min(8/9, 7/9) = 7/9, both bases 9.
   * C4: one escalation (E001), resolved: 0 of 1.
   * I1: 8 mentees with baseline and end answers; domain change totals 17, 20, 16, 15, 17, 13,
   *     16, 14, 13, 18, 17 (= 176) over 8 each: mean of the eleven means 176/88 = 2.
   * I2: usefulness 9, 9, 7, 9, 8, 9, 7 (Priya's "11" is unreadable): 58/7.
   * I3: mentees 7, 7, 7, 6, 5, 7, 7, 5 (51) and mentors 8, 8, 5, 6, 8, 6, 7 (48): 99/15 = 6.6.
   * I4: recommend 8, 9, 9, 9, 8, 7, 6, 8: 7 of 8 rate ≥ 7.
   * F1: 13 mentor applications; Lars (FY) and Mira (ST3, 6 months) ineligible: 11; 8 needed.
   * F2: 16 mentee rows, Priya twice: 15 applications; Zane (UK graduate, core trainee) and
   *     Alba (no consent) ineligible: 13; 10 needed.
   * F3: "No": not escalated. F4: ease 7, 7, 8, 6, 8, 6, 7 = 49/7 = 7.
   */
  const expected: [string, string, number, number, number][] = [
    // id, status, observed, target, n
    ['C1', 'met', 8 / 9, 0.7, 9],
    ['C2', 'met', 7 / 9, 0.5, 9],
    ['C3', 'met', 7 / 9, 0.7, 9],
    ['C4', 'met', 0, 0, 1],
    ['I1', 'met', 2, 1, 8],
    ['I2', 'met', 58 / 7, 7, 7],
    ['I3', 'not_met', 6.6, 7, 15],
    ['I4', 'met', 7 / 8, 0.7, 8],
    ['F1', 'met', 11, 8, 13],
    ['F2', 'met', 13, 10, 15],
    ['F3', 'met', 0, 0, 1],
    ['F4', 'met', 7, 6, 7],
  ];

  it.each(expected)('%s is %s, observed %d, target %d, n %d', (id, status, observed, target, n) => {
    const t = evaluation.thresholds.find((x) => x.id === id);
    expect(t).toMatchObject({ status, target, n });
    expect(t?.observed).toBeCloseTo(observed, 12);
  });

  it('shows both C3 shares over their own bases (9 mentees, 9 mentors)', () => {
    const c3 = evaluation.thresholds.find((x) => x.id === 'C3');
    expect(c3?.parts.map((p) => [p.label, p.n])).toEqual([
      ['Mentees', 9],
      ['Mentors', 9],
    ]);
    expect(c3?.parts[0].observed).toBeCloseTo(8 / 9, 12);
    expect(c3?.parts[1].observed).toBeCloseTo(7 / 9, 12);
  });

  it('lists the thresholds in protocol order', () => {
    expect(evaluation.thresholds.map((t) => t.id)).toEqual(expected.map(([id]) => id));
  });

  it('has an overall mean change of exactly 2', () => {
    expect(evaluation.overallMeanChange).toBeCloseTo(2, 12);
  });
});

describe('the sample programme, matched', () => {
  /*
   * The nine confirmed active pairs score 10, 10, 8 5/6, 11, 10.5, 11, 10, 9.5 and 11
   * (= 91 5/6). Free: Wren, Xavi and Yara, with places at Ada (1 left), Dev (1), Gita (1,
   * freed by P07's withdrawal) and Kemi (2; Wren–Kemi excluded). The best of all placements:
   * Wren–Gita 5.5 + Xavi–Ada 11 + Yara–Kemi 6.5 = 23 (Yara–Gita is also 6.5, but Gita then
   * leaves Wren at best 4.5). Total 91 5/6 + 23 = 114 5/6.
   */
  const matches = proposeMatches(read.records);

  it('scores the whole assignment at 114 5/6 points', () => {
    expect(matches.totalScore).toBeCloseTo(114 + 5 / 6, 9);
  });

  it('proposes the three free mentees to the places that maximise the total', () => {
    const fresh = matches.proposals.filter((p) => !p.confirmed);
    expect(fresh.map((p) => [p.mentee, p.mentor, p.score])).toEqual([
      ['wren.lorem@example.org', 'gita.specimen@nhs.example.org', 5.5],
      ['xavi.ipsum@example.org', 'ada.samplewood@nhs.example.org', 11],
      ['yara.dolorsit@example.org', 'kemi.notreal@nhs.example.org', 6.5],
    ]);
    expect(matches.unmatched).toEqual([]);
  });

  it('lists the four ineligible applicants', () => {
    expect(matches.ineligible.map((i) => [i.email, i.role])).toEqual([
      ['alba.consectetur@example.org', 'mentee'],
      ['zane.amet@example.org', 'mentee'],
      ['lars.makebelieve@nhs.example.org', 'mentor'],
      ['mira.inventa@nhs.example.org', 'mentor'],
    ]);
  });
});

describe('independently of Dyad, from the CSV rows', () => {
  const rows = (sheet: string) => {
    const [header, ...body] = csv(sheet);
    return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
  };
  const pairs = rows('pairs');
  const confirmed = pairs.filter(
    (p) =>
      p['Confirmed by lead'] === 'TRUE' &&
      p['Confirmed by IMG tutor'] === 'TRUE' &&
      p.Rationale.trim() !== '' &&
      p.Status !== 'Excluded',
  );
  const evaluable = confirmed.filter(
    (p) => !(p.Status === 'Withdrawn' && p['Beyond programme control'] === 'Yes'),
  );
  const mentees = new Set(evaluable.map((p) => p['Mentee email']));
  const mentors = new Set(evaluable.map((p) => p['Mentor email']));
  const threshold = (id: string) => evaluation.thresholds.find((t) => t.id === id);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const scale = (text: string) => (/^(10|[1-9])$/.test(text) ? Number(text) : null);

  it('C1 from the check-ins', () => {
    const held = new Map<string, Set<string>>();
    for (const c of rows('check-in')) {
      const meeting = c['Which meeting was this?'];
      if (!/^Meeting [123]/.test(meeting)) continue;
      const set = held.get(c['Email address']) ?? new Set<string>();
      set.add(meeting);
      held.set(c['Email address'], set);
    }
    const two = [...mentees].filter((m) => (held.get(m)?.size ?? 0) >= 2).length;
    expect(threshold('C1')?.observed).toBeCloseTo(two / mentees.size, 12);
    expect(two).toBe(8);
  });

  it('C3 from the feedback sheets', () => {
    const menteeShare =
      new Set(
        rows('mentee-feedback')
          .map((f) => f['Email address'])
          .filter((e) => mentees.has(e)),
      ).size / mentees.size;
    const mentorShare =
      new Set(
        rows('mentor-feedback')
          .map((f) => f['Email address'])
          .filter((e) => mentors.has(e)),
      ).size / mentors.size;
    expect(threshold('C3')?.observed).toBeCloseTo(Math.min(menteeShare, mentorShare), 12);
  });

  it('I2, I3 and F4 from the feedback answers', () => {
    const mf = rows('mentee-feedback').filter((f) => mentees.has(f['Email address']));
    const tf = rows('mentor-feedback').filter((f) => mentors.has(f['Email address']));
    const answers = (list: Record<string, string>[], title: string) =>
      list.map((f) => scale(f[title])).filter((v): v is number => v !== null);
    expect(threshold('I2')?.observed).toBeCloseTo(
      mean(answers(mf, 'How useful was the programme overall?')),
      12,
    );
    expect(threshold('I3')?.observed).toBeCloseTo(
      mean([
        ...answers(mf, 'How satisfied are you with your mentor match?'),
        ...answers(tf, 'How satisfied are you with your mentee match?'),
      ]),
      12,
    );
    expect(threshold('F4')?.observed).toBeCloseTo(
      mean(answers(tf, 'How easy was the programme administration for you?')),
      12,
    );
  });
});
