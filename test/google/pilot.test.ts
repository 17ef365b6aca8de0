/**
 * A whole pilot run through the BUILT bundle (dist/Code.js) with the strict fakes as Apps
 * Script: the menu functions, the sidebars' server calls and the triggers, as two Programme
 * Leads, the IMG Tutor, respondents and a stranger would use them, each as their own Google
 * account (files open only to whom they are shared with, protections, triggers run as their
 * creator). Lead A sets up; Lead B imports, reviews and updates the committee summary.
 */
import {
  CHECK_IN,
  MENTEE_FEEDBACK,
  MENTOR_FEEDBACK,
  PAIRS,
  ESCALATIONS,
  SHEETS,
  MEETING_OPTIONS,
} from '../../src/core/instruments';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { formSpecs } from '../../src/google/setup/formSpecs';
import type { FakeSheet, FakeSpreadsheet } from './fakes';
import { AppsScriptRig } from './fakes/rig';
import { ensureBuilt, DIST } from './support/build';
import {
  domainAnswers,
  mentorApplication,
  menteeApplication,
  type Answers,
} from './support/people';

const LEAD = 'lead@nhs.example';
const LEAD_B = 'second.lead@nhs.example';
const TUTOR = 'tutor@nhs.example';
const STRANGER = 'someone.else@nhs.example';
const COMMITTEE = ['chair@nhs.example', 'dme@nhs.example'];
const SPECS = formSpecs(DEFAULT_CONFIG);
const title = (key: string) => SPECS.find((s) => s.key === key)?.title as string;

const MENTEES = [
  { email: 'amara.okafor@nhs.example', name: 'Amara Okafor' },
  { email: 'bilal.hassan@nhs.example', name: 'Bilal Hassan' },
  { email: 'chen.li@nhs.example', name: 'Chen Li' },
];
const MENTORS = [
  { email: 'dr.mentor.one@nhs.example', name: 'Rosalind Mentor' },
  { email: 'dr.mentor.two@nhs.example', name: 'Samuel Mentor' },
  { email: 'dr.mentor.three@nhs.example', name: 'Tamsin Mentor' },
];
const INELIGIBLE = { email: 'uk.graduate@nhs.example', name: 'Ursula Ineligible' };
const FORMULA_GOAL = '=HYPERLINK("http://attacker.example","click")';
const CONCERN_TEXT = 'My rota supervisor shouts at me in handover';
const FORMULA_CONCERN = "+cmd|' /C calc'!A0";
const PULSE_TEXT = 'Struggling with nights and missing family';
const FREE_TEXT = [
  'Monthly coffee meetings',
  'More structure at the start',
  'Flexible timing',
  '-1+1',
  '@x',
];

let rig: AppsScriptRig;

function sheet(name: string, ss: FakeSpreadsheet = rig.fakes.spreadsheet): FakeSheet {
  const found = ss.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function rows(name: string): Record<string, unknown>[] {
  const [header, ...body] = sheet(name)._allValues();
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function privateSs(): FakeSpreadsheet {
  const id = rig.fakes.properties.document.getProperty('dyad.privateSpreadsheetId');
  const found = id === null ? undefined : rig.fakes.sheets.spreadsheets.get(id);
  if (!found) throw new Error('no private spreadsheet');
  return found;
}

function privateRows(name: string): Record<string, unknown>[] {
  const [header, ...body] = sheet(name, privateSs())._allValues();
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function setClock(iso: string): void {
  rig.fakes.env.now = new Date(iso);
}

/** Someone typing into the programme sheet by hand: their sharing and the protections apply. */
function types(user: string, setting: string, value: string): void {
  const programme = sheet(SHEETS.programme);
  const values = programme._allValues();
  const index = values.findIndex((row) => row[0] === setting);
  rig.typeAs(user, () => {
    const range = programme.getRange(index >= 0 ? index + 1 : values.length + 1, 1, 1, 2);
    range.setValues([[setting, value]]);
  });
}

function leadTypes(setting: string, value: string): void {
  types(LEAD, setting, value);
}

function submit(formKey: string, email: string, answers: Answers): void {
  rig.submit(title(formKey), email, answers);
}

function snapshot(): string {
  const f = rig.fakes;
  return JSON.stringify({
    sheets: f.spreadsheet.sheets.map((s) => [s.name, s._allValues(), s._allFormats()]),
    forms: [...f.forms.forms.values()].map((form) => [form.title, form.items.length]),
    triggers: f.scripts.triggers.map((t) => [t.handler, t.eventType]),
    properties: f.properties.document.getProperties(),
  });
}

function everyCell(ss: FakeSpreadsheet): string[] {
  return ss.sheets.flatMap((s) => s._allValues().flat().map(String));
}

function checksOf(user: string): { item: string; ok: boolean; detail: string }[] {
  return rig.callAs(user, 'getInstallationChecks');
}

function lastAlert(): string {
  return rig.fakes.sheets.ui.alerts[rig.fakes.sheets.ui.alerts.length - 1] ?? '';
}

function lastToast(): string {
  const toasts = rig.fakes.spreadsheet.toasts;
  return toasts[toasts.length - 1]?.message ?? '';
}

beforeAll(() => {
  ensureBuilt();
  rig = new AppsScriptRig(DIST, {
    user: LEAD,
    now: new Date('2025-08-20T09:00:00Z'),
    mailQuota: 100,
  });
  rig.fakes.env.requireLockForWrites = true;
}, 120000);

describe('the Dyad add-on through a whole pilot', () => {
  test('onOpen builds only the menu, and every item names a global function of the bundle', () => {
    rig.fakes.env.spreadsheetCalls.reset();
    rig.call('onOpen');
    const [menu] = rig.fakes.sheets.ui.menus;
    expect(menu.title).toBe('Dyad');
    const items = menu.items.filter((i) => i !== 'separator') as {
      label: string;
      functionName: string;
    }[];
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const item of items) expect(typeof rig.context[item.functionName]).toBe('function');
    expect([...rig.fakes.env.spreadsheetCalls.byMethod.keys()].sort()).toEqual([
      'SpreadsheetApp.getUi',
      'Ui.createMenu',
    ]);
    expect(rig.fakes.properties.document.getKeys()).toEqual([]);
    expect(rig.fakes.env.lockAcquisitions).toBe(0);
  });

  test('set-up on real 1000 × 26 sheets creates the private spreadsheet, the published forms, the sheets and the check-in trigger; a second run changes nothing', () => {
    rig.call('setUpProgramme');
    expect(rig.fakes.sheets.ui.alerts).toEqual([]);
    expect(rig.fakes.forms.forms.size).toBe(5);
    const programmeSheets = rig.fakes.spreadsheet.sheets.map((s) => s.name);
    for (const name of [
      SHEETS.programme,
      SHEETS.pairs,
      SHEETS.menteeApplication,
      SHEETS.mentorApplication,
      SHEETS.menteeFeedback,
      SHEETS.mentorFeedback,
      'proposals',
      'import-issues',
      'audit-log',
      'reminders',
      'protocol',
    ]) {
      expect(programmeSheets).toContain(name);
    }
    // The check-ins and the escalations live only in the Leads-only private spreadsheet.
    expect(programmeSheets).not.toContain(SHEETS.checkIn);
    expect(programmeSheets).not.toContain(SHEETS.escalations);
    expect(privateSs().owner).toBe(LEAD);
    expect(
      privateSs()
        .sheets.map((s) => s.name)
        .sort(),
    ).toEqual([SHEETS.checkIn, SHEETS.escalations, 'responses: check-in'].sort());
    // mentee-application's 27 columns fit: the grid was grown beyond 26.
    expect(sheet(SHEETS.menteeApplication)._allValues()[0].length).toBeGreaterThan(26);
    for (const form of rig.fakes.forms.forms.values()) {
      expect([form.published, form.acceptingResponses, form.collectEmail]).toEqual([
        true,
        true,
        true,
      ]);
    }
    expect(rows(SHEETS.programme).find((r) => r.Setting === 'Programme leads')?.Value).toBe(LEAD);
    expect(rig.fakes.scripts.triggers.map((t) => [t.handler, t.eventType, t.owner])).toEqual([
      ['onCheckInSubmit', 'ON_FORM_SUBMIT', LEAD],
      ['onProgrammeEdit', 'ON_EDIT', LEAD],
    ]);
    const pairs = sheet(SHEETS.pairs);
    expect(pairs._cellData(2, 5).validation?.criteria).toBe('CHECKBOX');
    expect(pairs._cellData(2, 8).validation?.values).toEqual([
      'Active',
      'Completed',
      'Withdrawn',
      'Excluded',
    ]);

    const before = snapshot();
    rig.call('setUpProgramme');
    expect(snapshot()).toBe(before);
    expect(lastToast()).toMatch(/nothing was changed/);
  });

  test('the forms carry the instruments: titles, options, 1–10 scales, required items, email collection, the pulse page', () => {
    const checkIn = rig.fakes.forms._byTitle(title('checkIn'));
    expect(checkIn.collectEmail).toBe(true);
    expect(checkIn.destinationId).toBe(privateSs().id);
    expect(rig.fakes.forms._byTitle(title('menteeApplication')).destinationId).toBe(
      rig.fakes.spreadsheet.id,
    );
    const meeting = checkIn.items.find((i) => i.title === CHECK_IN.meeting);
    const page = checkIn.items.find((i) => i.type === 'PAGE_BREAK');
    expect(meeting?.choices.map((c) => c.value)).toEqual([...MEETING_OPTIONS]);
    expect(meeting?.choices.find((c) => c.value === MEETING_OPTIONS[1])?.navigation).toBe(page);
    expect(meeting?.choices.filter((c) => c.navigation === 'SUBMIT')).toHaveLength(3);
    expect(checkIn.items.indexOf(page as never)).toBeLessThan(
      checkIn.items.findIndex((i) => i.title === CHECK_IN.pulse),
    );
    expect(checkIn.items.indexOf(page as never)).toBeGreaterThan(
      checkIn.items.findIndex((i) => i.title === CHECK_IN.concernText),
    );
    const scale = checkIn.items.find((i) => i.title === CHECK_IN.safety);
    expect([scale?.bounds, scale?.labels]).toEqual([
      [1, 10],
      ['Not at all', 'Completely'],
    ]);
    const application = rig.fakes.forms._byTitle(title('menteeApplication'));
    expect(application.items.find((i) => i.title === 'Personal goal 1')?.required).toBe(true);
    expect(application.items.find((i) => i.title.startsWith('I consent'))?.required).toBe(true);
    expect(
      application.items.find((i) => i.title === 'Specialty')?.choices.map((c) => c.value),
    ).toEqual(DEFAULT_CONFIG.specialties);
  });

  test('Lead A names a second Lead, the Tutor, the committee and the dates; they can use Dyad once a listed Lead has run it', () => {
    leadTypes('Programme leads', `${LEAD}, ${LEAD_B}`);
    leadTypes('IMG tutor', TUTOR);
    leadTypes('Committee members', COMMITTEE.join(', '));
    leadTypes('Pilot start date', '01/09/2025');
    leadTypes('Pilot end date', '28/02/2026');
    leadTypes('Target pairs', '3');
    // Neither can open the programme spreadsheet yet, let alone Dyad's other files.
    expect(() => rig.callAs(LEAD_B, 'importResponses')).toThrow(/only its editors/);
    const checks = checksOf(LEAD);
    expect(rig.fakes.spreadsheet.editors.sort()).toEqual([LEAD_B, TUTOR].sort());
    expect(privateSs().editors).toEqual([LEAD_B]);
    expect(privateSs().viewers).toEqual([]);
    for (const form of rig.fakes.forms.forms.values())
      expect(form.access.editors()).toContain(LEAD_B);
    const audit = rows('audit-log').find((r) => r.Action === 'People confirmed');
    expect(String(audit?.Details)).toContain(`Programme leads added: ${LEAD_B}`);
    expect(checks.find((c) => c.item.startsWith('Meeting check-in form: published'))?.ok).toBe(
      true,
    );
  });

  test('applications come in through the forms; import copies them once, as text, and lists import issues', () => {
    setClock('2025-08-25T10:00:00Z');
    MENTEES.forEach((m, i) =>
      submit(
        'menteeApplication',
        m.email,
        menteeApplication(m.name, i === 0 ? { 'Personal goal 1': FORMULA_GOAL } : {}),
      ),
    );
    submit(
      'menteeApplication',
      INELIGIBLE.email,
      menteeApplication(INELIGIBLE.name, {
        'Did you obtain your primary medical qualification outside the UK?': 'No',
        Grade: 'Foundation (FY1–FY2)',
      }),
    );
    MENTORS.forEach((m, i) =>
      submit(
        'mentorApplication',
        m.email,
        mentorApplication(m.name, i === 2 ? { Specialty: 'Psychiatry' } : {}),
      ),
    );
    expect(() =>
      submit(
        'mentorApplication',
        'x@nhs.example',
        mentorApplication('X', { 'Months of NHS experience': 'lots' }),
      ),
    ).toThrow(/whole number/);

    rig.callAs(LEAD_B, 'importResponses');
    expect(rig.fakes.sheets.ui.alerts).toEqual([]);
    expect(lastToast()).toMatch(/7 new responses imported/);
    expect(rows(SHEETS.menteeApplication)).toHaveLength(4);
    expect(rows(SHEETS.mentorApplication)).toHaveLength(3);
    const stored = rows(SHEETS.menteeApplication).find(
      (r) => r['Email address'] === MENTEES[0].email,
    );
    expect(stored?.['Personal goal 1']).toBe(FORMULA_GOAL);
    expect(stored?.['What would you most like support with?']).toBe(
      'Portfolio and applications, NHS systems and processes',
    );
    expect(rig.fakes.spreadsheet.sheets.flatMap((s) => s._allFormulas())).toEqual([]);

    const before = snapshot();
    rig.callAs(LEAD_B, 'importResponses');
    expect(lastToast()).toMatch(/No new responses/);
    const after = JSON.parse(snapshot());
    const beforeSheets = JSON.parse(before).sheets.filter((s: [string]) => s[0] !== 'audit-log');
    expect(after.sheets.filter((s: [string]) => s[0] !== 'audit-log')).toEqual(beforeSheets);
  });

  test('someone who is not a Lead is refused, and nothing changes', () => {
    rig.fakes.spreadsheet.access.addEditor(STRANGER);
    const before = snapshot();
    rig.as(STRANGER, () => rig.call('importResponses'));
    expect(lastAlert()).toMatch(/Only a Programme Lead/);
    expect(lastAlert()).toContain(STRANGER);
    expect(() => rig.as(STRANGER, () => rig.call('getReviewData'))).toThrow(
      /Only a Programme Lead or the IMG Tutor/,
    );
    expect(snapshot()).toBe(before);
  });

  test('propose matches writes each proposal with its factor points and alternatives; the ineligible are listed', () => {
    rig.callAs(LEAD_B, 'proposeMatchesForReview');
    const proposals = rows('proposals');
    const proposed = proposals.filter((r) => r.State === 'Proposed');
    expect(proposed).toHaveLength(3);
    expect(new Set(proposed.map((r) => r['Mentee email']))).toEqual(
      new Set(MENTEES.map((m) => m.email)),
    );
    for (const row of proposed) {
      const factorSum = Object.entries(row)
        .filter(([k]) => k.endsWith('(points)'))
        .reduce((sum, [, v]) => sum + Number(v), 0);
      expect(factorSum).toBeCloseTo(Number(row.Score), 1);
      expect(String(row['Next-best alternatives'])).toMatch(/@nhs\.example \(\d/);
    }
    const ineligible = proposals.find((r) => r['Mentee email'] === INELIGIBLE.email);
    expect(String(ineligible?.State)).toMatch(/^Ineligible \(mentee\)/);
  });

  test('a match becomes a pair only when the Lead and the Tutor have both confirmed it with a rationale', () => {
    const review = rig.call<{ proposals: { key: string; mentee: string; canConfirm: boolean }[] }>(
      'getReviewData',
    );
    expect(review.proposals).toHaveLength(3);
    expect(() => rig.call('confirmProposal', review.proposals[0].key, '   ')).toThrow(
      /Write a rationale/,
    );
    for (const p of review.proposals)
      rig.call('confirmProposal', p.key, `Shared specialty and pathway for ${p.mentee}`);
    expect(rows(SHEETS.pairs)).toHaveLength(0);
    expect(() => rig.call('confirmProposal', review.proposals[0].key, 'again')).toThrow(
      /already confirmed/,
    );

    rig.as(TUTOR, () => {
      rig.call('showReviewSidebar');
      const tutorView = rig.call<{
        role: string;
        proposals: { key: string; canConfirm: boolean }[];
      }>('getReviewData');
      expect(tutorView.role).toBe('tutor');
      expect(tutorView.proposals.every((p) => p.canConfirm)).toBe(true);
      for (const p of tutorView.proposals)
        rig.call('confirmProposal', p.key, 'Agreed: good fit for the portfolio pathway');
    });
    // The Tutor cannot write the Lead's protected column: a Lead's next review adds the pairs.
    expect(rows(SHEETS.pairs)).toHaveLength(0);
    expect(() =>
      rig.typeAs(TUTOR, () => sheet(SHEETS.pairs).getRange(2, 5).setValue(true)),
    ).toThrow(/protected cell/);
    const leadView = rig.callAs<{ message: string }>(LEAD_B, 'getReviewData');
    expect(leadView.message).toMatch(/Pairs confirmed by both added to pairs: P001/);
    const pairs = rows(SHEETS.pairs);
    for (const pair of pairs) {
      expect([
        pair[PAIRS.confirmedByLead],
        pair[PAIRS.confirmedByTutor],
        pair[PAIRS.status],
      ]).toEqual([true, true, 'Active']);
      expect(String(pair[PAIRS.rationale])).toContain(`IMG Tutor (${TUTOR})`);
    }
    const sidebar = rig.fakes.sheets.ui.shown.find((s) => s.kind === 'sidebar');
    expect(sidebar?.content).toMatch(new RegExp(`Signed in as\\s+${TUTOR.replace(/\./g, '\\.')}`));
    expect(sidebar?.content).not.toContain('<?');
  });

  test('a check-in answering Yes opens an escalation at once and emails the Lead a link, never the concern', () => {
    setClock('2025-10-02T18:30:00Z');
    const [a, b] = MENTEES;
    const checkIn = (meeting: string, extra: Answers = {}): Answers => ({
      [CHECK_IN.meeting]: meeting,
      [CHECK_IN.date]: '2025-10-01',
      [CHECK_IN.format]: 'Virtual',
      [CHECK_IN.goal1]: 5,
      [CHECK_IN.safety]: 6,
      [CHECK_IN.concern]: 'No',
      ...extra,
    });
    expect(() =>
      submit('checkIn', a.email, checkIn(MEETING_OPTIONS[0], { [CHECK_IN.pulse]: 3 })),
    ).toThrow(/never sees/);
    submit(
      'checkIn',
      a.email,
      checkIn(MEETING_OPTIONS[0], {
        [CHECK_IN.concern]: 'Yes',
        [CHECK_IN.concernText]: CONCERN_TEXT,
      }),
    );
    const escalations = privateRows(SHEETS.escalations);
    expect(escalations).toHaveLength(1);
    expect(escalations[0][ESCALATIONS.status]).toBe('Open');
    expect(escalations[0][ESCALATIONS.pairId]).toMatch(/^P\d{3}$/);
    // The trigger ran as Lead A, who made it, and emailed both Leads from A's account.
    const mail = rig.fakes.mail.sent;
    expect(mail).toHaveLength(1);
    expect([mail[0].from, mail[0].to]).toEqual([LEAD, `${LEAD},${LEAD_B}`]);
    expect(mail[0].body).toContain(privateSs().getUrl());
    expect(mail[0].body).not.toContain(CONCERN_TEXT);
    submit(
      'checkIn',
      b.email,
      checkIn(MEETING_OPTIONS[0], { [CHECK_IN.concernText]: FORMULA_CONCERN }),
    );
    expect(privateRows(SHEETS.escalations)).toHaveLength(1);
    // The concern reaches the private spreadsheet only: the Tutor cannot open it.
    expect(everyCell(rig.fakes.spreadsheet).filter((c) => c.includes(CONCERN_TEXT))).toEqual([]);
    expect(everyCell(privateSs()).filter((c) => c.includes(CONCERN_TEXT))).toHaveLength(1);
    expect(() => rig.as(TUTOR, () => rig.fakes.sheets.openById(privateSs().id))).toThrow(
      /do not have permission/,
    );
  });

  test('meetings due and overdue; reminders check the quota first, are recorded as each is sent and never reach anyone twice in a week', () => {
    rig.callAs(LEAD_B, 'importResponses');
    expect(rig.fakes.spreadsheet.sheets.flatMap((s) => s._allFormulas())).toEqual([]);
    expect(privateRows(SHEETS.checkIn).map((r) => r[CHECK_IN.concernText])).toContain(
      FORMULA_CONCERN,
    );
    expect(privateRows(SHEETS.escalations)).toHaveLength(1);

    setClock('2025-12-20T09:00:00Z');
    const data = rig.call<{ pairs: { pairId: string; overdue: unknown[] }[] }>('getMeetingsData');
    expect(data.pairs.filter((p) => p.overdue.length > 0)).toHaveLength(3);

    rig.fakes.mail.setQuota(LEAD, 0);
    const sentBefore = rig.fakes.mail.sent.length;
    rig.call('sendReminders');
    expect(lastAlert()).toMatch(/daily email allowance/);
    expect(rig.fakes.mail.sent.length).toBe(sentBefore);

    // An allowance of 4 covers four of the six: those four are recorded, the rest wait.
    rig.fakes.mail.setQuota(LEAD, 4);
    rig.call('sendReminders');
    expect(lastToast()).toMatch(/^4 reminder emails sent.*2 reminders are left for tomorrow/);
    expect(rows('reminders')).toHaveLength(4);
    rig.fakes.mail.setQuota(LEAD, 100);
    rig.call('sendReminders');
    const reminders = rig.fakes.mail.sent.slice(sentBefore);
    expect(reminders).toHaveLength(6);
    expect(new Set(reminders.map((r) => r.to))).toEqual(
      new Set([...MENTEES, ...MENTORS].map((p) => p.email)),
    );
    for (const r of reminders) {
      expect(r.body).not.toContain(CONCERN_TEXT);
      expect(r.body).not.toContain(PULSE_TEXT);
    }
    expect(rows('reminders')).toHaveLength(6);
    rig.call('sendReminders');
    expect(rig.fakes.mail.sent.length).toBe(sentBefore + 6);
    expect(lastToast()).toMatch(/^0 reminder emails sent/);
  });

  test('weekly reminders: one shared setting; Lead B switches off the trigger Lead A made, and it sends nothing', () => {
    rig.call('toggleWeeklyReminders');
    expect(lastToast()).toMatch(/between 9:00 and 10:00.*runs under lead@nhs\.example's account/);
    const weekly = () =>
      rig.fakes.scripts.triggers.filter((t) => t.handler === 'sendWeeklyReminders');
    expect(weekly().map((t) => t.owner)).toEqual([LEAD]);

    // Monday 22 December: everyone was reminded 2 days ago, so nobody is emailed.
    const sentBefore = rig.fakes.mail.sent.length;
    rig.advanceTo(new Date('2025-12-22T12:00:00Z'));
    expect(rig.fakes.mail.sent.length).toBe(sentBefore);
    const first = rows('audit-log').filter((r) => r.Action === 'Weekly reminders (automatic)');
    expect(first.map((r) => [r.Who, String(r.Details).slice(0, 37)])).toEqual([
      [LEAD, '0 reminder emails sent. 6 people were'],
    ]);
    // Monday 29 December: the trigger runs as Lead A and reminds the six overdue people again.
    rig.advanceTo(new Date('2025-12-29T12:00:00Z'));
    const weeklyMail = rig.fakes.mail.sent.slice(sentBefore);
    expect(weeklyMail.map((m) => m.from)).toEqual(Array(6).fill(LEAD));
    expect(new Set(weeklyMail.map((m) => m.to))).toEqual(
      new Set([...MENTEES, ...MENTORS].map((p) => p.email)),
    );

    rig.callAs(LEAD_B, 'toggleWeeklyReminders');
    expect(lastToast()).toMatch(/off.*lead@nhs\.example's account.*sends nothing/);
    expect(weekly()).toHaveLength(1);
    const afterOff = rig.fakes.mail.sent.length;
    rig.advanceTo(new Date('2026-01-06T12:00:00Z'));
    expect(rig.fakes.mail.sent.length).toBe(afterOff);
    expect(weekly()).toHaveLength(0);
    const automatic = rows('audit-log').filter((r) => r.Action === 'Weekly reminders (automatic)');
    expect(String(automatic[automatic.length - 1].Details)).toMatch(
      /Nothing sent: weekly reminders are switched off/,
    );
  });

  test('withdrawals and the mid-pilot review are recorded through dialogs, refusing incomplete input', () => {
    const pairs = rig.call<{ pairId: string; mentee: string }[]>('getWithdrawablePairs');
    const third = pairs.find((p) => p.mentee === MENTEES[2].email);
    expect(() =>
      rig.call('recordPairWithdrawal', {
        pairId: third?.pairId,
        date: '2025-12-01',
        reason: '',
        beyondControl: 'Yes',
      }),
    ).toThrow(/reason/);
    rig.call('recordPairWithdrawal', {
      pairId: third?.pairId,
      date: '2025-12-01',
      reason: 'Rotated to another trust',
      beyondControl: 'Yes',
    });
    const withdrawn = rows(SHEETS.pairs).find((p) => p[PAIRS.pairId] === third?.pairId);
    expect([
      withdrawn?.[PAIRS.status],
      withdrawn?.[PAIRS.beyondControl],
      withdrawn?.[PAIRS.withdrawalDate],
    ]).toEqual(['Withdrawn', 'Yes', '2025-12-01']);
    expect(() => rig.call('recordMidPilotReviewAnswer', 'Maybe')).toThrow(/Yes or No/);
    rig.call('recordMidPilotReviewAnswer', 'No');
    expect(
      rows(SHEETS.programme).find((r) => r.Setting === 'Admin burden escalated to senior team')
        ?.Value,
    ).toBe('No');
  });

  test('the rest of the pilot: pulse, meeting 3, feedback, escalation resolved', () => {
    setClock('2026-03-02T09:00:00Z');
    const [a, b] = MENTEES;
    for (const m of [a, b]) {
      submit('checkIn', m.email, {
        [CHECK_IN.meeting]: MEETING_OPTIONS[1],
        [CHECK_IN.date]: '2025-12-22',
        [CHECK_IN.format]: 'In person',
        [CHECK_IN.goal1]: 7,
        [CHECK_IN.safety]: 8,
        [CHECK_IN.concern]: 'No',
        [CHECK_IN.pulse]: 4,
        [CHECK_IN.pulseText]: PULSE_TEXT,
      });
      submit('checkIn', m.email, {
        [CHECK_IN.meeting]: MEETING_OPTIONS[2],
        [CHECK_IN.date]: '2026-02-20',
        [CHECK_IN.format]: 'In person',
        [CHECK_IN.goal1]: 9,
        [CHECK_IN.safety]: 9,
        [CHECK_IN.concern]: 'No',
      });
    }
    MENTEES.forEach((m, i) =>
      submit('menteeFeedback', m.email, {
        ...domainAnswers(() => 7),
        [MENTEE_FEEDBACK.usefulness]: 8,
        [MENTEE_FEEDBACK.matchSatisfaction]: 9,
        [MENTEE_FEEDBACK.recommend]: 9,
        [MENTEE_FEEDBACK.workedWell]: FREE_TEXT[i],
        [MENTEE_FEEDBACK.improve]: FREE_TEXT[3],
      }),
    );
    MENTORS.forEach((m) =>
      submit('mentorFeedback', m.email, {
        [MENTOR_FEEDBACK.matchSatisfaction]: 8,
        [MENTOR_FEEDBACK.adminEase]: 7,
        [MENTOR_FEEDBACK.willing]: 'Yes',
        [MENTOR_FEEDBACK.improve]: FREE_TEXT[4],
      }),
    );
    rig.callAs(LEAD_B, 'importResponses');
    expect(rows(SHEETS.menteeFeedback).map((r) => r[MENTEE_FEEDBACK.improve])).toContain('-1+1');

    const open = rig.call<{ escalations: { id: string }[] }>('getOpenEscalations').escalations;
    expect(open).toHaveLength(1);
    expect(() =>
      rig.call('resolveEscalation', {
        id: open[0].id,
        channel: 'Educational supervisor',
        action: ' ',
      }),
    ).toThrow(/action taken/);
    rig.call('resolveEscalation', {
      id: open[0].id,
      channel: 'Educational supervisor',
      action: 'Met the mentee and the rota lead',
    });
    expect(privateRows(SHEETS.escalations)[0][ESCALATIONS.status]).toBe('Resolved');
    // No pulse answer or concern anywhere the Tutor can open.
    const tutorReadable = [rig.fakes.spreadsheet];
    for (const ss of tutorReadable)
      for (const text of [PULSE_TEXT, CONCERN_TEXT, FORMULA_CONCERN])
        expect(everyCell(ss).filter((c) => c.includes(text))).toEqual([]);
    expect(everyCell(privateSs()).filter((c) => c.includes(PULSE_TEXT)).length).toBeGreaterThan(0);
  });

  test('lock protocol records the SHA-256, time and Lead; a later change is a deviation', () => {
    rig.call('lockProtocolConfiguration');
    const protocol = rows('protocol');
    const hash = String(protocol.find((r) => r.Setting === 'SHA-256 at lock')?.Value);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(protocol.find((r) => r.Setting === 'Locked by')?.Value).toBe(LEAD);
    rig.call('lockProtocolConfiguration');
    expect(lastAlert()).toMatch(/already locked/);

    const config = JSON.parse(
      String(protocol.find((r) => r.Setting === 'Configuration (JSON)')?.Value),
    );
    config.thresholds.c1Share = 0.6;
    const sheetRow =
      sheet('protocol')
        ._allValues()
        .findIndex((r) => r[0] === 'Configuration (JSON)') + 1;
    rig.fakes.env.asSystem(() =>
      sheet('protocol').getRange(sheetRow, 2).setValue(JSON.stringify(config)),
    );
    rig.call('getDashboardData');
    const deviations = rows('protocol-deviations');
    expect(deviations).toHaveLength(1);
    expect(deviations[0].Who).toBe(LEAD);
    expect(String(deviations[0].What)).toContain('thresholds.c1Share: 0.7 → 0.6');
  });

  test('the committee summary is a separate spreadsheet, made by Lead B, edited by both Leads, viewed by the committee, holding aggregates only', () => {
    rig.callAs(LEAD_B, 'updateCommitteeSummary');
    expect(rig.fakes.sheets.ui.alerts.slice(-1)[0]).toMatch(/already locked/);
    const summaries = [...rig.fakes.sheets.spreadsheets.values()].filter((s) =>
      s.name.startsWith('Dyad committee summary'),
    );
    expect(summaries).toHaveLength(1);
    const [summary] = summaries;
    expect(summary.viewers.sort()).toEqual([...COMMITTEE].sort());
    expect([summary.owner, summary.editors]).toEqual([LEAD_B, [LEAD]]);
    expect(summary.sheets.map((s) => s.name)).toEqual([
      'Decision',
      'Thresholds',
      'Outcomes',
      'RE-AIM',
      'How to read this',
      'Reproducibility',
    ]);

    const cells = everyCell(summary);
    const forbidden = [
      ...MENTEES.flatMap((m) => [m.email, m.name]),
      ...MENTORS.flatMap((m) => [m.email, m.name]),
      LEAD,
      TUTOR,
      CONCERN_TEXT,
      FORMULA_CONCERN,
      PULSE_TEXT,
      FORMULA_GOAL,
      ...FREE_TEXT.slice(0, 3),
    ];
    for (const text of forbidden) expect(cells.filter((c) => c.includes(text))).toEqual([]);
    expect(cells.filter((c) => c.includes('@'))).toEqual([]);

    const thresholds = sheet('Thresholds', summary);
    const [header, ...body] = thresholds._allValues();
    expect(body).toHaveLength(12);
    const statusColumn = header.indexOf('Status');
    const colours = new Map<string, string>();
    body.forEach((row, i) =>
      colours.set(String(row[statusColumn]), thresholds._cellData(i + 2, 1).background),
    );
    expect(new Set(colours.values()).size).toBe(colours.size);
    expect(
      [...colours.keys()].every((s) =>
        ['Met', 'Not met', 'Pending', 'Insufficient data'].includes(s),
      ),
    ).toBe(true);

    const chart = sheet('Outcomes', summary)._charts()[0];
    expect(chart.getRanges()[0].numColumns).toBe(3);
    expect(sheet('Outcomes', summary)._allValues()[0].slice(0, 3)).toEqual([
      'Domain',
      'Baseline mean',
      'End mean',
    ]);
    const decision = everyCell(summary).join('\n');
    expect(decision).toContain('Deviations from the pre-specified protocol');
    expect(decision).toContain('thresholds.c1Share');
    expect(rows(SHEETS.programme).find((r) => r.Setting === 'Committee summary')?.Value).toBe(
      summary.getUrl(),
    );

    // Lead A updates the same spreadsheet: never a second one.
    rig.callAs(LEAD, 'updateCommitteeSummary');
    expect(lastToast()).toMatch(/^Committee summary updated/);
    expect(
      [...rig.fakes.sheets.spreadsheets.values()].filter((s) =>
        s.name.startsWith('Dyad committee summary'),
      ),
    ).toHaveLength(1);
    expect(sheet('Outcomes', summary)._charts()).toHaveLength(1);
  });

  test('the dashboard shows the decision so far, thresholds at risk, overdue meetings and open escalations', () => {
    const data = rig.call<{
      scenario: number;
      recommendation: string;
      openEscalations: unknown[];
      atRisk: { id: string }[];
    }>('getDashboardData');
    expect(DEFAULT_CONFIG.recommendations[data.scenario as 1]).toBe(data.recommendation);
    expect(data.openEscalations).toEqual([]);
    // 2 March 2026: the lock and its one deviation; both active pairs held all three meetings
    // and the third pair withdrew, so no meeting is overdue.
    expect(data).toMatchObject({ asOf: '2026-03-02', locked: true, deviations: 1, overdue: [] });
  });

  test('the Tutor cannot change the Leads, nor read a pulse or concern answer, nor run the Lead’s screens', () => {
    expect(() => types(TUTOR, 'Programme leads', TUTOR)).toThrow(/protected cell/);
    expect(() => types(TUTOR, 'IMG tutor', STRANGER)).toThrow(/protected cell/);
    expect(() => rig.as(TUTOR, () => rig.fakes.sheets.openById(privateSs().id))).toThrow(
      /do not have permission/,
    );
    expect(() => rig.callAs(TUTOR, 'getDashboardData')).toThrow(/Only a Programme Lead/);
    expect(() => rig.callAs(TUTOR, 'getInstallationChecks')).toThrow(/Only a Programme Lead/);
    for (const text of [PULSE_TEXT, CONCERN_TEXT, FORMULA_CONCERN])
      expect(everyCell(rig.fakes.spreadsheet).filter((c) => c.includes(text))).toEqual([]);
  });

  test('Check installation, run by Lead A, finds every item right', () => {
    const checks = checksOf(LEAD);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.filter((c) => c.item.endsWith(': published'))).toHaveLength(5);
    expect(checks.find((c) => c.item === 'Protocol lock')?.detail).toMatch(
      /^Locked at .* by lead@nhs\.example; 1 deviations recorded since\.$/,
    );
    expect(
      checks.find(
        (c) => c.item === 'the committee summary spreadsheet: committee members only view it',
      )?.ok,
    ).toBe(true);
  });

  test('every Lead action is in the audit log, and every write happened under the document lock', () => {
    const audit = rows('audit-log');
    const actions = new Set(audit.map((r) => r.Action));
    for (const action of [
      'Set up programme',
      'Import responses',
      'Propose matches',
      'Confirm match',
      'Send reminders',
      'Record a withdrawal',
      'Lock protocol',
      'Update committee summary',
      'Escalation opened',
    ]) {
      expect(actions).toContain(action);
    }
    expect(audit.filter((r) => r.Action === 'Confirm match').map((r) => r.Who)).toContain(TUTOR);
    expect(rig.fakes.env.requireLockForWrites).toBe(true);
    expect(rig.fakes.env.lockHeld).toBe(false);
  });
});
