import fc from 'fast-check';
import { DEFAULT_CONFIG, type ProtocolConfig } from '../../src/core/config';
import {
  CHECK_IN,
  CONSENT_TITLE,
  DOMAINS,
  ESCALATIONS,
  MENTEE_APPLICATION as MENTEE,
  MENTEE_FEEDBACK,
  MENTOR_APPLICATION as MENTOR,
  MENTOR_FEEDBACK,
  PAIRS,
  SHEET_NAMES,
  type SheetName,
} from '../../src/core/instruments';
import { readProgramme } from '../../src/core/readProgramme';
import type { Cell, ImportIssue, RawTable, RawTables } from '../../src/core/records';

type Row = Record<string, Cell>;

/** A sheet whose header is every title used by its rows, in first-seen order. */
function table(sheet: SheetName, rows: Row[], extraHeader: string[] = []): RawTable {
  const header = [...new Set([...extraHeader, ...rows.flatMap((row) => Object.keys(row))])];
  return { sheet, header, rows: rows.map((row) => header.map((title) => row[title] ?? null)) };
}

function read(tables: RawTable[], config?: ProtocolConfig) {
  const raw: RawTables = {};
  for (const t of tables) raw[t.sheet] = t;
  return readProgramme(raw, config);
}

function issuesAt(issues: ImportIssue[], sheet: string, row: number): string[] {
  return issues.filter((i) => i.sheet === sheet && i.row === row).map((i) => i.problem);
}

const mentee: Row = {
  Timestamp: '01/03/2026 09:15:02',
  'Email address': 'Ann.Okafor@nhs.net',
  [MENTEE.fullName]: 'Ann Okafor',
  [MENTEE.grade]: 'Locally employed doctor (LED)',
  [MENTEE.img]: 'Yes',
  [MENTEE.specialty]: 'Acute medicine',
  [MENTEE.site]: 'Hull Royal Infirmary',
  [MENTEE.pathway]: 'Portfolio Pathway (specialist registration)',
  [MENTEE.supportAreas]: 'Exams and assessments, Career planning',
  [MENTEE.format]: 'Virtual',
  [MENTEE.availability]: 'Weekday evenings;Weekends',
  [MENTEE.prefersImgMentor]: 'No preference',
  [MENTEE.goal1]: 'Pass MRCP part 2',
  [MENTEE.goal2]: '',
  [MENTEE.goal3]: 'Build a portfolio',
  ...Object.fromEntries(DOMAINS.map((d, i) => [d.title, (i % 10) + 1])),
  [CONSENT_TITLE]: 'Yes',
};

const mentor: Row = {
  Timestamp: '02/03/2026 10:00:00',
  'Email address': 'bo@nhs.net',
  [MENTOR.fullName]: 'Bo Smith',
  [MENTOR.grade]: 'Specialty registrar (ST3 or above)',
  [MENTOR.monthsNhs]: '18',
  [MENTOR.img]: 'No',
  [MENTOR.specialty]: 'Anaesthetics',
  [MENTOR.site]: 'Castle Hill Hospital',
  [MENTOR.pathways]: 'Specialty training (national recruitment), SAS career progression',
  [MENTOR.supportAreas]: 'Career planning; Teaching and leadership',
  [MENTOR.format]: 'Either',
  [MENTOR.availability]: 'Weekends',
  [MENTOR.capacity]: '2',
  [CONSENT_TITLE]: 'Yes',
};

describe('mentee applications', () => {
  it('reads a complete answer into its record', () => {
    const { records, issues } = read([table('mentee-application', [mentee])]);
    expect(issues).toEqual([]);
    expect(records.menteeApplications).toEqual([
      {
        row: 2,
        email: 'ann.okafor@nhs.net',
        timestamp: Date.UTC(2026, 2, 1, 9, 15, 2),
        fullName: 'Ann Okafor',
        grade: 'Locally employed doctor (LED)',
        img: true,
        specialty: 'Acute medicine',
        site: 'Hull Royal Infirmary',
        format: 'Virtual',
        availability: ['Weekday evenings', 'Weekends'],
        supportAreas: ['Exams and assessments', 'Career planning'],
        consent: true,
        superseded: false,
        pathway: 'Portfolio Pathway (specialist registration)',
        prefersImgMentor: false,
        goals: ['Pass MRCP part 2', 'Build a portfolio'],
        baseline: Object.fromEntries(DOMAINS.map((d, i) => [d.key, (i % 10) + 1])),
      },
    ]);
  });

  it('matches titles whatever their case, spacing, dashes and the email column variant', () => {
    const oddTitles: Row = {};
    for (const [title, value] of Object.entries(mentee)) {
      const odd = `  ${title.toUpperCase().replace(/ /g, '   ')} `;
      oddTitles[title === 'Email address' ? 'Email Address' : odd] = value;
    }
    const { records, issues } = read([table('mentee-application', [oddTitles])]);
    expect(issues).toEqual([]);
    expect(records.menteeApplications[0].email).toBe('ann.okafor@nhs.net');
    expect(records.menteeApplications[0].grade).toBe('Locally employed doctor (LED)');
    expect(Object.keys(records.menteeApplications[0].baseline)).toHaveLength(11);
  });

  it('takes the first answer given when a title heads two columns', () => {
    const t = table('mentee-application', [{ ...mentee, [MENTEE.site]: null }]);
    t.header.push(' site ');
    t.rows[0].push('Castle Hill Hospital');
    const { records, issues } = read([t]);
    expect(records.menteeApplications[0].site).toBe('Castle Hill Hospital');
    expect(issues).toEqual([]);
  });

  it('reports missing columns once for the sheet and counts their answers as missing', () => {
    const dropped = [MENTEE.site, DOMAINS[0].title];
    const partial: Row = Object.fromEntries(
      Object.entries(mentee).filter(([title]) => !dropped.includes(title)),
    );
    const { records, issues } = read([table('mentee-application', [partial, partial])]);
    const sheetIssues = issuesAt(issues, 'mentee-application', 0);
    expect(sheetIssues).toHaveLength(1);
    expect(sheetIssues[0]).toContain('"Site"');
    expect(sheetIssues[0]).toContain(`"${DOMAINS[0].title}"`);
    expect(records.menteeApplications[0].site).toBeNull();
    expect(records.menteeApplications[0].baseline[DOMAINS[0].key]).toBeUndefined();
    expect(records.menteeApplications).toHaveLength(2);
  });

  it('raises no missing-column issue for a sheet with a header and no rows', () => {
    const { records, issues } = read([
      { sheet: 'mentee-application', header: ['Timestamp'], rows: [] },
    ]);
    expect(records.menteeApplications).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('keeps a row without a usable email, with email "" and an issue', () => {
    const { records, issues } = read([
      table('mentee-application', [
        { ...mentee, 'Email address': null },
        { ...mentee, 'Email address': 'ann at nhs dot net' },
      ]),
    ]);
    expect(records.menteeApplications.map((a) => a.email)).toEqual(['', '']);
    expect(records.menteeApplications.map((a) => a.superseded)).toEqual([false, false]);
    expect(issuesAt(issues, 'mentee-application', 2)).toEqual(['Email address — no email address']);
    expect(issuesAt(issues, 'mentee-application', 3)[0]).toMatch(/not an email address/);
  });

  it('counts unknown options as missing and drops unknown checkbox parts, with issues', () => {
    const { records, issues } = read([
      table('mentee-application', [
        {
          ...mentee,
          [MENTEE.grade]: 'Registrar',
          [MENTEE.site]: 'hull royal  infirmary',
          [MENTEE.supportAreas]: 'Career planning; Visa advice, career planning',
          [MENTEE.prefersImgMentor]: 'Maybe',
        },
      ]),
    ]);
    const [application] = records.menteeApplications;
    expect(application.grade).toBeNull();
    expect(application.site).toBe('Hull Royal Infirmary');
    expect(application.supportAreas).toEqual(['Career planning']);
    expect(application.prefersImgMentor).toBeNull();
    const problems = issuesAt(issues, 'mentee-application', 2);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('"Registrar"');
    expect(problems.join('\n')).toContain('"Visa advice"');
    expect(problems.join('\n')).toContain('"Maybe"');
  });

  it('counts out-of-range, fractional, text and formula-looking scores as missing, with an issue each', () => {
    const bad = ['0', '11', '6.5', 'seven', '=HYPERLINK("http://x","7")'];
    const row: Row = { ...mentee };
    bad.forEach((value, i) => (row[DOMAINS[i].title] = value));
    row[DOMAINS[5].title] = ' 8.0 ';
    const { records, issues } = read([table('mentee-application', [row])]);
    const baseline = records.menteeApplications[0].baseline;
    for (let i = 0; i < bad.length; i++) expect(baseline[DOMAINS[i].key]).toBeUndefined();
    expect(baseline[DOMAINS[5].key]).toBe(8);
    expect(Object.keys(baseline)).toHaveLength(11 - bad.length);
    expect(issuesAt(issues, 'mentee-application', 2)).toHaveLength(bad.length);
  });

  it('keeps HTML and formula-looking names and goals verbatim as text', () => {
    const { records, issues } = read([
      table('mentee-application', [
        {
          ...mentee,
          [MENTEE.fullName]: ' <img src=x onerror=alert(1)>Ann ',
          [MENTEE.goal1]: '=HYPERLINK("http://x","y")',
        },
      ]),
    ]);
    expect(records.menteeApplications[0].fullName).toBe('<img src=x onerror=alert(1)>Ann');
    expect(records.menteeApplications[0].goals[0]).toBe('=HYPERLINK("http://x","y")');
    expect(issues).toEqual([]);
  });

  it('gives consent only for "Yes"; empty or "No" is no consent without an issue', () => {
    const { records, issues } = read([
      table('mentee-application', [
        { ...mentee, 'Email address': 'a@nhs.net', [CONSENT_TITLE]: ' yes ' },
        { ...mentee, 'Email address': 'b@nhs.net', [CONSENT_TITLE]: null },
        { ...mentee, 'Email address': 'c@nhs.net', [CONSENT_TITLE]: 'No' },
        { ...mentee, 'Email address': 'd@nhs.net', [CONSENT_TITLE]: 'Yes please' },
      ]),
    ]);
    expect(records.menteeApplications.map((a) => a.consent)).toEqual([true, false, false, false]);
    expect(issues.map((i) => i.row)).toEqual([5]);
  });
});

describe('superseded applications', () => {
  it('keeps the latest by timestamp and marks earlier ones, whatever the row order', () => {
    const { records, issues } = read([
      table('mentee-application', [
        { ...mentee, Timestamp: '03/03/2026 08:00:00', [MENTEE.site]: 'Castle Hill Hospital' },
        { ...mentee, Timestamp: '01/03/2026 08:00:00' },
        { ...mentee, 'Email address': 'other@nhs.net' },
        {
          ...mentee,
          Timestamp: '2026/03/02 8:00:00 AM GMT',
          'Email address': ' ANN.okafor@NHS.net',
        },
      ]),
    ]);
    expect(records.menteeApplications.map((a) => a.superseded)).toEqual([false, true, false, true]);
    expect(records.menteeApplications).toHaveLength(4);
    expect(issuesAt(issues, 'mentee-application', 3)).toEqual([
      'superseded by the application in row 2',
    ]);
    expect(issuesAt(issues, 'mentee-application', 5)).toEqual([
      'superseded by the application in row 2',
    ]);
  });

  it('falls back on row order when timestamps are equal or missing', () => {
    const { records } = read([
      table('mentor-application', [
        { ...mentor, Timestamp: '02/03/2026 10:00:00' },
        { ...mentor, Timestamp: '02/03/2026 10:00:00' },
        { ...mentor, 'Email address': 'cy@nhs.net', Timestamp: null },
        { ...mentor, 'Email address': 'cy@nhs.net', Timestamp: 'not a time' },
      ]),
    ]);
    expect(records.mentorApplications.map((a) => a.superseded)).toEqual([true, false, true, false]);
  });

  it('does not supersede across the mentee and mentor sheets', () => {
    const { records } = read([
      table('mentee-application', [{ ...mentee, 'Email address': 'bo@nhs.net' }]),
      table('mentor-application', [mentor]),
    ]);
    expect(records.menteeApplications[0].superseded).toBe(false);
    expect(records.mentorApplications[0].superseded).toBe(false);
  });
});

describe('mentor applications', () => {
  it('reads a complete answer into its record', () => {
    const { records, issues } = read([table('mentor-application', [mentor])]);
    expect(issues).toEqual([]);
    expect(records.mentorApplications[0]).toMatchObject({
      email: 'bo@nhs.net',
      grade: 'Specialty registrar (ST3 or above)',
      monthsNhs: 18,
      img: false,
      pathways: ['Specialty training (national recruitment)', 'SAS career progression'],
      supportAreas: ['Career planning', 'Teaching and leadership'],
      format: 'Either',
      capacity: 2,
    });
  });

  it.each<[Cell, string]>([
    ['3', '"3" is not one of the options'],
    ['two', '"two" is not one of the options'],
    [null, 'no answer'],
  ])('takes capacity %p as 1 with an issue', (capacity, problem) => {
    const { records, issues } = read([
      table('mentor-application', [{ ...mentor, [MENTOR.capacity]: capacity }]),
    ]);
    expect(records.mentorApplications[0].capacity).toBe(1);
    expect(issuesAt(issues, 'mentor-application', 2)).toEqual([
      `${MENTOR.capacity} — ${problem}; taken as 1`,
    ]);
  });

  it('follows the configured capacity options', () => {
    const config = { ...DEFAULT_CONFIG, mentorCapacityOptions: [1, 2, 3] };
    const { records } = read(
      [table('mentor-application', [{ ...mentor, [MENTOR.capacity]: 3 }])],
      config,
    );
    expect(records.mentorApplications[0].capacity).toBe(3);
  });

  it('reads months of experience as a whole number of at least 0', () => {
    const { records, issues } = read([
      table('mentor-application', [
        { ...mentor, [MENTOR.monthsNhs]: 0 },
        { ...mentor, 'Email address': 'x@nhs.net', [MENTOR.monthsNhs]: '-2' },
        { ...mentor, 'Email address': 'y@nhs.net', [MENTOR.monthsNhs]: '1.5' },
        { ...mentor, 'Email address': 'z@nhs.net', [MENTOR.monthsNhs]: 'two years' },
      ]),
    ]);
    expect(records.mentorApplications.map((a) => a.monthsNhs)).toEqual([0, null, null, null]);
    expect(issues.map((i) => i.row)).toEqual([3, 4, 5]);
  });

  it('does not accept "Undecided" as a pathway a mentor advises on', () => {
    const { records, issues } = read([
      table('mentor-application', [
        { ...mentor, [MENTOR.pathways]: 'Undecided / exploring options; SAS career progression' },
      ]),
    ]);
    expect(records.mentorApplications[0].pathways).toEqual(['SAS career progression']);
    expect(issues).toHaveLength(1);
  });
});

describe('check-ins', () => {
  const checkIn: Row = {
    Timestamp: '05/04/2026 18:00:00',
    'Email address': 'ann.okafor@nhs.net',
    [CHECK_IN.meeting]: 'Meeting 2 (month 3, mid-pilot review)',
    [CHECK_IN.date]: '04/04/2026',
    [CHECK_IN.format]: 'in person',
    [CHECK_IN.goal1]: 6,
    [CHECK_IN.goal2]: null,
    [CHECK_IN.goal3]: '8',
    [CHECK_IN.safety]: '9',
    [CHECK_IN.concern]: 'Yes',
    [CHECK_IN.concernText]: 'Rota gaps',
    [CHECK_IN.pulse]: 5,
    [CHECK_IN.pulseText]: 'Tired',
  };

  it('reads a complete answer into its record', () => {
    const { records, issues } = read([table('check-in', [checkIn])]);
    expect(issues).toEqual([]);
    expect(records.checkIns).toEqual([
      {
        row: 2,
        email: 'ann.okafor@nhs.net',
        timestamp: Date.UTC(2026, 3, 5, 18),
        meeting: 2,
        date: '2026-04-04',
        format: 'In person',
        goalProgress: [6, null, 8],
        safety: 9,
        concern: true,
        concernText: 'Rota gaps',
        pulse: 5,
        pulseText: 'Tired',
      },
    ]);
  });

  it('maps every meeting option and keeps repeated and unknown check-ins', () => {
    const rows = [
      'Meeting 1 (month 1)',
      'Meeting 3 (month 6)',
      'Additional meeting',
      'Meeting 3 (month 6)',
      'Meeting 4',
    ].map((meeting): Row => ({ ...checkIn, [CHECK_IN.meeting]: meeting }));
    rows.push({ ...checkIn, 'Email address': 'stranger@elsewhere.org' });
    const { records, issues } = read([table('check-in', rows)]);
    expect(records.checkIns.map((c) => c.meeting)).toEqual([1, 3, 'additional', 3, null, 2]);
    expect(issues.map((i) => i.row)).toEqual([6]);
  });

  it('reports invalid meeting dates and formats, keeping the row', () => {
    const { records, issues } = read([
      table('check-in', [
        { ...checkIn, [CHECK_IN.date]: '31/02/2026', [CHECK_IN.format]: 'Either' },
        { ...checkIn, [CHECK_IN.date]: '13/13/2026', [CHECK_IN.concern]: 'Not sure' },
      ]),
    ]);
    expect(records.checkIns.map((c) => c.date)).toEqual([null, null]);
    expect(records.checkIns[0].format).toBeNull();
    expect(records.checkIns[1].concern).toBeNull();
    expect(issuesAt(issues, 'check-in', 2)).toHaveLength(2);
    expect(issuesAt(issues, 'check-in', 3)).toHaveLength(2);
  });
  it('reports an unreadable wellbeing pulse without repeating the answer', () => {
    const { records, issues } = read([
      table('check-in', [{ ...checkIn, [CHECK_IN.pulse]: 'really struggling' }]),
    ]);
    expect(records.checkIns[0].pulse).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0].problem).toContain(CHECK_IN.pulse);
    expect(issues[0].problem).not.toContain('struggling');
  });
});

describe('end-of-pilot feedback', () => {
  it('reads mentee feedback', () => {
    const { records, issues } = read([
      table('mentee-feedback', [
        {
          Timestamp: '2026-09-01T12:00:00',
          'Email Address': 'ann.okafor@nhs.net',
          ...Object.fromEntries(DOMAINS.map((d) => [d.title, '9'])),
          [MENTEE_FEEDBACK.usefulness]: 8,
          [MENTEE_FEEDBACK.matchSatisfaction]: '12',
          [MENTEE_FEEDBACK.recommend]: 10,
          [MENTEE_FEEDBACK.workedWell]: '  Honest talks ',
          [MENTEE_FEEDBACK.improve]: '',
        },
      ]),
    ]);
    expect(records.menteeFeedback[0]).toMatchObject({
      email: 'ann.okafor@nhs.net',
      timestamp: Date.UTC(2026, 8, 1, 12),
      usefulness: 8,
      matchSatisfaction: null,
      recommend: 10,
      workedWell: 'Honest talks',
      improve: '',
    });
    expect(Object.values(records.menteeFeedback[0].domains)).toEqual(Array(11).fill(9));
    expect(issues).toHaveLength(1);
  });

  it('reads mentor feedback', () => {
    const { records, issues } = read([
      table('mentor-feedback', [
        {
          Timestamp: '01/09/2026 12:00:00',
          'Email address': 'bo@nhs.net',
          [MENTOR_FEEDBACK.matchSatisfaction]: 7,
          [MENTOR_FEEDBACK.adminEase]: '6',
          [MENTOR_FEEDBACK.willing]: 'maybe',
          [MENTOR_FEEDBACK.workedWell]: 'x',
          [MENTOR_FEEDBACK.improve]: 'y',
        },
        {
          Timestamp: '01/09/2026 13:00:00',
          'Email address': 'bo@nhs.net',
          [MENTOR_FEEDBACK.willing]: 'Perhaps',
        },
      ]),
    ]);
    expect(records.mentorFeedback.map((f) => f.willing)).toEqual(['Maybe', null]);
    expect(records.mentorFeedback[0].adminEase).toBe(6);
    expect(issues.map((i) => i.row)).toEqual([3]);
  });
});

describe('pairs', () => {
  const pair: Row = {
    [PAIRS.pairId]: 'P1',
    [PAIRS.menteeEmail]: 'Ann.Okafor@nhs.net',
    [PAIRS.mentorEmail]: 'bo@nhs.net',
    [PAIRS.matchScore]: 8.5,
    [PAIRS.confirmedByLead]: true,
    [PAIRS.confirmedByTutor]: 'TRUE',
    [PAIRS.rationale]: 'Same specialty',
    [PAIRS.status]: 'active',
    [PAIRS.withdrawalDate]: null,
    [PAIRS.withdrawalReason]: null,
    [PAIRS.beyondControl]: null,
  };

  it('reads a confirmed pair', () => {
    const { records, issues } = read([table('pairs', [pair])]);
    expect(issues.map((i) => i.problem)).toEqual([
      "the mentee email ann.okafor@nhs.net matches no mentee application: the pair still counts, as both confirmed it, but without that person's application answers",
      "the mentor email bo@nhs.net matches no mentor application: the pair still counts, as both confirmed it, but without that person's application answers",
    ]);
    expect(records.pairs).toEqual([
      {
        row: 2,
        pairId: 'P1',
        menteeEmail: 'ann.okafor@nhs.net',
        mentorEmail: 'bo@nhs.net',
        matchScore: 8.5,
        confirmedByLead: true,
        confirmedByTutor: true,
        rationale: 'Same specialty',
        status: 'Active',
        withdrawalDate: null,
        withdrawalReason: '',
        beyondControl: null,
      },
    ]);
  });

  it('reads checkboxes, statuses and withdrawals, reporting what it cannot read', () => {
    const { records, issues } = read([
      table('pairs', [
        {
          ...pair,
          [PAIRS.confirmedByLead]: 'false',
          [PAIRS.confirmedByTutor]: 'yes',
          [PAIRS.status]: 'Withdrawn',
          [PAIRS.withdrawalDate]: '15/05/2026',
          [PAIRS.beyondControl]: 'Yes',
        },
        {
          ...pair,
          [PAIRS.confirmedByLead]: null,
          [PAIRS.status]: null,
          [PAIRS.beyondControl]: 'no',
        },
        {
          ...pair,
          [PAIRS.confirmedByTutor]: 'ok',
          [PAIRS.status]: 'Paused',
          [PAIRS.matchScore]: 'high',
        },
      ]),
    ]);
    expect(
      records.pairs.map((p) => [p.confirmedByLead, p.confirmedByTutor, p.status, p.beyondControl]),
    ).toEqual([
      [false, true, 'Withdrawn', true],
      [false, true, null, false],
      [true, false, null, null],
    ]);
    expect(records.pairs[0].withdrawalDate).toBe('2026-05-15');
    expect(records.pairs[2].matchScore).toBeNull();
    expect(issuesAt(issues, 'pairs', 4)).toEqual([
      'Match score — "high" is not a number',
      'Confirmed by IMG tutor — "ok" is neither Yes nor No',
      'Status — "Paused" is not one of the options',
      'Pair ID "P1" is also used in row 2: escalations naming it cannot tell the two apart; both rows still count',
    ]);
    expect(issues).toHaveLength(5);
  });
});

describe('escalations', () => {
  it('reads a row, reporting an unknown status and an invalid date', () => {
    const { records, issues } = read([
      table('escalations', [
        {
          [ESCALATIONS.id]: 'E1',
          [ESCALATIONS.raisedOn]: '2026-04-05',
          [ESCALATIONS.pairId]: 'P1',
          [ESCALATIONS.source]: 'Check-in row 2',
          [ESCALATIONS.status]: 'resolved',
          [ESCALATIONS.resolvedOn]: '10/04/2026',
          [ESCALATIONS.channel]: 'Guardian of safe working',
          [ESCALATIONS.action]: 'Rota reviewed',
        },
        {
          [ESCALATIONS.id]: 'E2',
          [ESCALATIONS.status]: 'Closed',
          [ESCALATIONS.raisedOn]: 'yesterday',
        },
      ]),
    ]);
    expect(records.escalations[0]).toEqual({
      row: 2,
      id: 'E1',
      raisedOn: '2026-04-05',
      pairId: 'P1',
      source: 'Check-in row 2',
      status: 'Resolved',
      resolvedOn: '2026-04-10',
      channel: 'Guardian of safe working',
      action: 'Rota reviewed',
    });
    expect(records.escalations[1].status).toBeNull();
    expect(records.escalations[1].raisedOn).toBeNull();
    expect(issuesAt(issues, 'escalations', 3)).toEqual([
      'Raised on — "yesterday" is not a date',
      'Status — "Closed" is not one of the options',
      'no Pair ID: the escalation still counts for C4',
      'no readable status: counted as not resolved',
    ]);
  });
});

describe('programme settings', () => {
  function settings(rows: [Cell, Cell][]): RawTable {
    return { sheet: 'programme', header: ['Setting', 'Value'], rows };
  }

  it('reads every setting, matching names loosely; an unknown one is ignored with an issue', () => {
    const { records, issues } = read([
      settings([
        ['target  pairs', '12'],
        ['Pilot start date', '05/01/2026'],
        ['PILOT END DATE', new Date(Date.UTC(2026, 6, 31))],
        ['Admin burden escalated to senior team', 'No'],
        ['Committee decision', 'Proceed'],
        ['Committee decision date', '2026-09-30'],
        ['Programme leads', 'Lead@nhs.net, second@nhs.net;third@nhs.net'],
        ['IMG tutor', 'Tutor@NHS.net'],
        ['Committee members', 'mec1@nhs.net; mec2@nhs.net'],
        ['Favourite colour', 'blue'],
      ]),
    ]);
    expect(issues).toEqual([
      {
        sheet: 'programme',
        row: 11,
        problem: expect.stringMatching(
          /^"Favourite colour" is not a setting Dyad knows, so it is ignored/,
        ),
      },
    ]);
    expect(records.programme).toEqual({
      targetPairs: 12,
      pilotStart: '2026-01-05',
      pilotEnd: '2026-07-31',
      adminBurdenEscalated: false,
      committeeDecision: 'Proceed',
      committeeDecisionDate: '2026-09-30',
      leads: ['lead@nhs.net', 'second@nhs.net', 'third@nhs.net'],
      tutor: 'tutor@nhs.net',
      committeeMembers: ['mec1@nhs.net', 'mec2@nhs.net'],
    });
  });

  it('uses the defaults when the sheet is missing or values are empty', () => {
    const expected = {
      targetPairs: DEFAULT_CONFIG.defaultTargetPairs,
      pilotStart: null,
      pilotEnd: null,
      adminBurdenEscalated: null,
      committeeDecision: '',
      committeeDecisionDate: null,
      leads: [],
      tutor: '',
      committeeMembers: [],
    };
    expect(read([]).records.programme).toEqual(expected);
    const empty = read([
      settings([
        ['Target pairs', null],
        ['Admin burden escalated to senior team', ''],
        ['IMG tutor', null],
      ]),
    ]);
    expect(empty.records.programme).toEqual(expected);
    expect(empty.issues).toEqual([]);
    const config = { ...DEFAULT_CONFIG, defaultTargetPairs: 6 };
    expect(read([], config).records.programme.targetPairs).toBe(6);
  });

  it('reports unreadable values and falls back on the default', () => {
    const { records, issues } = read([
      settings([
        ['Target pairs', 'ten'],
        ['Pilot start date', '31/02/2026'],
        ['Admin burden escalated to senior team', 'Yes'],
        ['Programme leads', 'lead@nhs.net, not-an-email'],
        ['Target pairs', '0'],
      ]),
    ]);
    expect(records.programme.targetPairs).toBe(DEFAULT_CONFIG.defaultTargetPairs);
    expect(records.programme.pilotStart).toBeNull();
    expect(records.programme.adminBurdenEscalated).toBe(true);
    expect(records.programme.leads).toEqual(['lead@nhs.net']);
    expect(issues.map((i) => i.row)).toEqual([2, 3, 5, 6, 6]);
  });
});

describe('blank rows, missing sheets and row numbers', () => {
  it('skips fully blank rows without an issue, keeping spreadsheet row numbers', () => {
    const t = table('mentee-application', [mentee]);
    t.rows = [Array(t.header.length).fill(null), t.rows[0], ['  ', null, ''], []];
    const { records, issues } = read([t]);
    expect(records.menteeApplications.map((a) => a.row)).toEqual([3]);
    expect(issues).toEqual([]);
  });

  it('reads no rows at all from no sheets', () => {
    const { records, issues } = read([]);
    expect(issues).toEqual([]);
    expect(records.menteeApplications).toEqual([]);
    expect(records.pairs).toEqual([]);
  });
});

describe('any sheet content', () => {
  const FORM_SHEETS: SheetName[] = SHEET_NAMES.filter((s) => s !== 'programme');
  const anyCell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.constant(''),
    fc.constant('  '),
    fc.string(),
    fc.constantFrom('Yes', 'No', '7', 'ann@nhs.net', '31/02/2026', '=SUM(A1)', 'Weekends; Nights'),
    fc.integer({ min: -5, max: 50000 }),
    fc.double(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
  );
  const headerTitle = fc.oneof(
    fc.constantFrom(
      'Timestamp',
      'Email address',
      MENTEE.grade,
      MENTEE.supportAreas,
      DOMAINS[0].title,
      CHECK_IN.meeting,
      CHECK_IN.date,
      PAIRS.status,
      PAIRS.menteeEmail,
      MENTOR.capacity,
    ),
    fc.string(),
  );
  const anyTable = fc.record({
    header: fc.array(headerTitle, { maxLength: 8 }),
    rows: fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 8 }),
  });

  function isBlankRow(cells: Cell[]): boolean {
    return cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
  }

  it('never throws and never loses a row: records + skipped blank rows = input rows', () => {
    fc.assert(
      fc.property(fc.array(anyTable, { minLength: 7, maxLength: 7 }), (contents) => {
        const raw: RawTables = {};
        FORM_SHEETS.forEach((sheet, i) => (raw[sheet] = { sheet, ...contents[i] }));
        const { records, issues } = readProgramme(raw);
        const counts: Record<string, number> = {
          'mentee-application': records.menteeApplications.length,
          'mentor-application': records.mentorApplications.length,
          'check-in': records.checkIns.length,
          'mentee-feedback': records.menteeFeedback.length,
          'mentor-feedback': records.mentorFeedback.length,
          pairs: records.pairs.length,
          escalations: records.escalations.length,
        };
        for (const sheet of FORM_SHEETS) {
          const rows = raw[sheet]?.rows ?? [];
          const blanks = rows.filter(isBlankRow).length;
          expect(counts[sheet] + blanks).toBe(rows.length);
        }
        for (const issue of issues) {
          const rows = raw[issue.sheet as SheetName]?.rows.length ?? 0;
          expect(issue.row === 0 || (issue.row >= 2 && issue.row <= rows + 1)).toBe(true);
          expect(issue.problem).not.toMatch(/\n/);
        }
      }),
    );
  });
});
