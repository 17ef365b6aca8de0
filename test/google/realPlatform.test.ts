/**
 * Each way the add-on used to fail on the real Google platform, pinned through the BUILT bundle
 * with the strict fakes: every test starts from a fresh spreadsheet owned by Lead A and runs
 * each person as their own account.
 */
import { CHECK_IN, PAIRS, SHEETS } from '../../src/core/instruments';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { formSpecs } from '../../src/google/setup/formSpecs';
import type { FakeSheet, FakeSpreadsheet } from './fakes';
import { AppsScriptRig } from './fakes/rig';
import { ensureBuilt, DIST } from './support/build';
import { mentorApplication, menteeApplication } from './support/people';

const LEAD = 'lead.a@nhs.example';
const LEAD_B = 'lead.b@nhs.example';
const TUTOR = 'tutor@nhs.example';
const NEW_TRUST_LEAD = 'lead@other-trust.example';
const SPECS = formSpecs(DEFAULT_CONFIG);
const title = (key: string) => SPECS.find((s) => s.key === key)?.title as string;
const PROTECTED = /protected cell/;

beforeAll(() => ensureBuilt(), 120000);

function newRig(): AppsScriptRig {
  const rig = new AppsScriptRig(DIST, { user: LEAD, now: new Date('2025-08-20T09:00:00Z') });
  rig.fakes.env.requireLockForWrites = true;
  return rig;
}

function sheetOf(ss: FakeSpreadsheet, name: string): FakeSheet {
  const found = ss.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${ss.name}`);
  return found;
}

function rowsOf(ss: FakeSpreadsheet, name: string): Record<string, unknown>[] {
  const [header, ...body] = sheetOf(ss, name)._allValues();
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function everyCell(ss: FakeSpreadsheet): string[] {
  return ss.sheets.flatMap((s) => s._allValues().flat().map(String));
}

function typeSetting(rig: AppsScriptRig, user: string, setting: string, value: string): void {
  const programme = sheetOf(rig.fakes.spreadsheet, SHEETS.programme);
  const index = programme._allValues().findIndex((row) => row[0] === setting);
  rig.typeAs(user, () => programme.getRange(index + 1, 2).setValue(value));
}

function alerts(rig: AppsScriptRig): string[] {
  return rig.fakes.sheets.ui.alerts;
}

function lastToast(rig: AppsScriptRig): string {
  return rig.fakes.spreadsheet.toasts[rig.fakes.spreadsheet.toasts.length - 1]?.message ?? '';
}

function committeeFiles(rig: AppsScriptRig): FakeSpreadsheet[] {
  return [...rig.fakes.sheets.spreadsheets.values()].filter((s) =>
    s.name.startsWith('Dyad committee summary'),
  );
}

/** Lead A sets up and names Lead B and the Tutor; Lead A's next action shares everything. */
function twoLeads(): AppsScriptRig {
  const rig = newRig();
  rig.call('setUpProgramme');
  typeSetting(rig, LEAD, 'Programme leads', `${LEAD}, ${LEAD_B}`);
  typeSetting(rig, LEAD, 'IMG tutor', TUTOR);
  rig.call('getInstallationChecks');
  return rig;
}

interface Check {
  area: string;
  item: string;
  ok: boolean;
  detail: string;
}

describe('Set up on the real platform', () => {
  test('works on new sheets of 1000 rows × 26 columns: the 27-column header fits', () => {
    const rig = newRig();
    rig.call('setUpProgramme');
    expect(alerts(rig)).toEqual([]);
    const header = sheetOf(rig.fakes.spreadsheet, SHEETS.menteeApplication)._allValues()[0];
    expect(header).toHaveLength(27);
    expect(header[26]).toBe('I consent to my answers being used to run and evaluate the programme');
  });

  test('publishes every form, open to responses and collecting emails, so a respondent can answer', () => {
    const rig = newRig();
    rig.call('setUpProgramme');
    for (const form of rig.fakes.forms.forms.values()) {
      expect([form.title, form.published, form.acceptingResponses, form.collectEmail]).toEqual([
        form.title,
        true,
        true,
        true,
      ]);
    }
    expect(() =>
      rig.submit(title('menteeApplication'), 'amara@nhs.example', menteeApplication('Amara')),
    ).not.toThrow();
  });

  test('resumes after stopping half way: the half-made form is finished, never orphaned', () => {
    const rig = newRig();
    const create = rig.fakes.forms.create.bind(rig.fakes.forms);
    let made = 0;
    rig.fakes.forms.create = (name: string) => {
      const form = create(name);
      if (++made === 3) {
        const link = form.setDestination.bind(form);
        let failed = false;
        form.setDestination = (...args: Parameters<typeof link>) => {
          if (failed) return link(...args);
          failed = true;
          throw new Error('Service unavailable: Forms');
        };
      }
      return form;
    };
    rig.call('setUpProgramme');
    expect(alerts(rig)[0]).toMatch(/Service unavailable/);
    rig.fakes.forms.create = create;
    rig.call('setUpProgramme');
    expect(alerts(rig)).toHaveLength(1);
    expect(rig.fakes.forms.forms.size).toBe(5);
    const checkIn = rig.fakes.forms._byTitle(title('checkIn'));
    expect(checkIn.items.filter((i) => i.title === CHECK_IN.meeting)).toHaveLength(1);
    expect(checkIn.published).toBe(true);
  });

  test('in a copy of a set-up spreadsheet starts afresh: its own forms, files and Lead, none of the template', () => {
    const template = newRig();
    template.call('setUpProgramme');
    template.submit(title('menteeApplication'), 'amara@nhs.example', menteeApplication('Amara'));
    template.call('importResponses');
    const templateForms = new Set(template.fakes.forms.forms.keys());
    const templatePrivate = template.fakes.properties.document.getProperty(
      'dyad.privateSpreadsheetId',
    );

    template.fakes.spreadsheet.access.addViewer(NEW_TRUST_LEAD);
    const copy = template.makeCopy(NEW_TRUST_LEAD);
    copy.callAs(NEW_TRUST_LEAD, 'setUpProgramme');
    expect(alerts(copy)).toEqual([]);
    const props = copy.fakes.properties.document;
    expect(props.getProperty('dyad.programmeSpreadsheetId')).toBe(copy.fakes.spreadsheet.id);
    expect(props.getProperty('dyad.privateSpreadsheetId')).not.toBe(templatePrivate);
    const ownForms = Object.entries(props.getProperties())
      .filter(([key]) => key.startsWith('dyad.form.'))
      .map(([, id]) => id);
    expect(ownForms).toHaveLength(5);
    for (const id of ownForms) expect(templateForms.has(id)).toBe(false);
    expect(
      rowsOf(copy.fakes.spreadsheet, SHEETS.programme).find((r) => r.Setting === 'Programme leads')
        ?.Value,
    ).toBe(NEW_TRUST_LEAD);
    expect(rowsOf(copy.fakes.spreadsheet, SHEETS.menteeApplication)).toEqual([]);
    expect(everyCell(copy.fakes.spreadsheet).filter((c) => c.includes(LEAD))).toEqual([]);
  });
});

describe('several Leads are first-class', () => {
  test('every file is shared with the second Lead, whose import and committee update work without a second committee spreadsheet', () => {
    const rig = twoLeads();
    rig.submit(title('menteeApplication'), 'amara@nhs.example', menteeApplication('Amara'));
    rig.submit(title('mentorApplication'), 'rosalind@nhs.example', mentorApplication('Rosalind'));
    rig.callAs(LEAD_B, 'importResponses');
    expect(alerts(rig)).toEqual([]);
    expect(lastToast(rig)).toMatch(/^2 new responses imported/);
    rig.callAs(LEAD_B, 'updateCommitteeSummary');
    rig.callAs(LEAD, 'updateCommitteeSummary');
    expect(alerts(rig)).toEqual([]);
    expect(committeeFiles(rig)).toHaveLength(1);
    expect(committeeFiles(rig)[0].owner).toBe(LEAD_B);
    expect(committeeFiles(rig)[0].editors).toEqual([LEAD]);
  });

  test('a file that exists but cannot be opened is named with its owner, and no duplicate is made', () => {
    const rig = twoLeads();
    rig.callAs(LEAD_B, 'updateCommitteeSummary');
    const [committee] = committeeFiles(rig);
    committee.access.removeEditor(LEAD);
    rig.callAs(LEAD, 'updateCommitteeSummary');
    expect(alerts(rig).pop()).toMatch(
      /cannot open the committee summary spreadsheet: it belongs to lead\.b@nhs\.example/,
    );
    expect(committeeFiles(rig)).toHaveLength(1);
  });

  test('Set up run again by the second Lead changes nothing', () => {
    const rig = twoLeads();
    const forms = rig.fakes.forms.forms.size;
    const files = rig.fakes.sheets.spreadsheets.size;
    rig.callAs(LEAD_B, 'setUpProgramme');
    expect(alerts(rig)).toEqual([]);
    expect(lastToast(rig)).toMatch(/nothing was changed/);
    expect([rig.fakes.forms.forms.size, rig.fakes.sheets.spreadsheets.size]).toEqual([
      forms,
      files,
    ]);
  });
});

describe('privacy by file', () => {
  test('the check-in answers land in the Leads-only spreadsheet, which the Tutor cannot open; the programme spreadsheet holds none', () => {
    const rig = twoLeads();
    rig.submit(title('checkIn'), 'amara@nhs.example', {
      [CHECK_IN.meeting]: 'Meeting 2 (month 3, mid-pilot review)',
      [CHECK_IN.date]: '2025-12-01',
      [CHECK_IN.format]: 'Virtual',
      [CHECK_IN.goal1]: 5,
      [CHECK_IN.safety]: 6,
      [CHECK_IN.concern]: 'Yes',
      [CHECK_IN.concernText]: 'Shouted at in handover',
      [CHECK_IN.pulse]: 3,
      [CHECK_IN.pulseText]: 'Missing my family',
    });
    rig.callAs(LEAD_B, 'importResponses');
    const privateId = rig.fakes.properties.document.getProperty('dyad.privateSpreadsheetId');
    const privateSs = rig.fakes.sheets.spreadsheets.get(privateId as string) as FakeSpreadsheet;
    for (const text of ['Shouted at in handover', 'Missing my family']) {
      expect(everyCell(rig.fakes.spreadsheet).filter((c) => c.includes(text))).toEqual([]);
      expect(everyCell(privateSs).filter((c) => c.includes(text)).length).toBeGreaterThan(0);
    }
    expect([privateSs.owner, privateSs.editors, privateSs.viewers]).toEqual([LEAD, [LEAD_B], []]);
    expect(() => rig.as(TUTOR, () => rig.fakes.sheets.openById(privateSs.id))).toThrow(
      /do not have permission/,
    );
  });

  test('the Lead-only parts are protected: the Tutor can tick their own column, not the Lead’s, nor change the settings', () => {
    const rig = twoLeads();
    const pairs = sheetOf(rig.fakes.spreadsheet, SHEETS.pairs);
    const header = pairs._allValues()[0];
    const leadColumn = header.indexOf(PAIRS.confirmedByLead) + 1;
    const tutorColumn = header.indexOf(PAIRS.confirmedByTutor) + 1;
    expect(() => rig.typeAs(TUTOR, () => pairs.getRange(2, leadColumn).setValue(true))).toThrow(
      PROTECTED,
    );
    expect(() =>
      rig.typeAs(TUTOR, () => pairs.getRange(2, tutorColumn).setValue(true)),
    ).not.toThrow();
    expect(() => typeSetting(rig, TUTOR, 'Programme leads', TUTOR)).toThrow(PROTECTED);
    expect(() => typeSetting(rig, LEAD_B, 'Target pairs', '12')).not.toThrow();
  });
});

describe('the Lead and the Tutor confirm from their own accounts', () => {
  test('a match the Tutor confirms last enters pairs at a Lead’s next action and is never proposed again', () => {
    const rig = twoLeads();
    rig.submit(title('menteeApplication'), 'amara@nhs.example', menteeApplication('Amara'));
    rig.submit(title('mentorApplication'), 'rosalind@nhs.example', mentorApplication('Rosalind'));
    rig.callAs(LEAD_B, 'importResponses');
    rig.callAs(LEAD_B, 'proposeMatchesForReview');
    const [proposal] = rig.callAs<{ proposals: { key: string }[] }>(
      LEAD,
      'getReviewData',
    ).proposals;
    rig.callAs(LEAD, 'confirmProposal', proposal.key, 'Same specialty and pathway');
    rig.callAs(TUTOR, 'confirmProposal', proposal.key, 'Agreed');
    expect(rowsOf(rig.fakes.spreadsheet, SHEETS.pairs)).toEqual([]);
    rig.callAs(LEAD_B, 'proposeMatchesForReview');
    expect(alerts(rig)).toEqual([]);
    const pairs = rowsOf(rig.fakes.spreadsheet, SHEETS.pairs);
    expect(
      pairs.map((p) => [
        p[PAIRS.pairId],
        p[PAIRS.menteeEmail],
        p[PAIRS.confirmedByLead],
        p[PAIRS.confirmedByTutor],
      ]),
    ).toEqual([['P001', 'amara@nhs.example', true, true]]);
    const states = rowsOf(rig.fakes.spreadsheet, 'proposals').map((r) => r.State);
    expect(states).toEqual(['Already a confirmed pair']);
  });
});

describe('only a listed Lead changes the Leads', () => {
  test('while the settings are protected, the Leads a Lead typed are in force at once, and the edit trigger shares the files', () => {
    const rig = newRig();
    rig.call('setUpProgramme');
    typeSetting(rig, LEAD, 'Programme leads', `${LEAD}, ${LEAD_B}`);
    rig.fakes.spreadsheet.access.addEditor(LEAD_B);
    // Lead B is a Lead at once, but Lead A's files are not shared yet: B is told whose they are.
    expect(() => rig.callAs(LEAD_B, 'getDashboardData')).toThrow(
      /private spreadsheet: it belongs to lead\.a@nhs\.example/,
    );
    // Google runs the programme sheet's edit trigger as Lead A, who made it (the fakes leave
    // firing it to the test): it shares every file with Lead B.
    const programme = sheetOf(rig.fakes.spreadsheet, SHEETS.programme);
    rig.runTrigger(
      'onProgrammeEdit',
      { range: programme.getRange(1, 1), user: { getEmail: () => LEAD } },
      LEAD,
    );
    rig.callAs(LEAD_B, 'getDashboardData');
    expect(alerts(rig)).toEqual([]);
    const audit = rowsOf(rig.fakes.spreadsheet, 'audit-log').filter((r) =>
      ['People confirmed', 'Files shared'].includes(String(r.Action)),
    );
    expect(audit.map((r) => [r.Who, r.Action])).toEqual([
      [LEAD_B, 'People confirmed'],
      [LEAD, 'Files shared'],
    ]);
  });

  test('with the protection taken off, a name typed into "Programme leads" gives no power until a Lead already listed confirms it', () => {
    const rig = twoLeads();
    const programme = sheetOf(rig.fakes.spreadsheet, SHEETS.programme);
    rig.fakes.env.asSystem(() =>
      programme.getProtections('SHEET' as never).forEach((p: { remove(): void }) => p.remove()),
    );
    typeSetting(rig, TUTOR, 'Programme leads', `${LEAD}, ${LEAD_B}, ${TUTOR}`);
    rig.callAs(TUTOR, 'importResponses');
    expect(alerts(rig).pop()).toMatch(/has not run Dyad since/);
    rig.callAs(LEAD, 'importResponses');
    rig.callAs(TUTOR, 'importResponses');
    expect(alerts(rig)).toEqual([]);
  });
});

describe('weekly reminders', () => {
  test('switched off by Lead B, Lead A’s trigger finds the shared setting off, sends nothing and removes itself', () => {
    const rig = twoLeads();
    rig.call('toggleWeeklyReminders');
    expect(lastToast(rig)).toMatch(/between 9:00 and 10:00/);
    rig.callAs(LEAD_B, 'toggleWeeklyReminders');
    expect(lastToast(rig)).toMatch(/lead\.a@nhs\.example's account/);
    rig.advanceTo(new Date('2025-08-26T12:00:00Z'));
    expect(rig.fakes.scripts.triggers.filter((t) => t.handler === 'sendWeeklyReminders')).toEqual(
      [],
    );
    const audit = rowsOf(rig.fakes.spreadsheet, 'audit-log').filter(
      (r) => r.Action === 'Weekly reminders (automatic)',
    );
    expect(audit.map((r) => [r.Who, r.Details])).toEqual([
      [
        LEAD,
        `Nothing sent: weekly reminders are switched off; the weekly trigger of ${LEAD} removed.`,
      ],
    ]);
  });
});

/** Two confirmed pairs whose first meeting is overdue on 20 October 2025. */
function overduePairs(rig: AppsScriptRig): void {
  typeSetting(rig, LEAD, 'Pilot start date', '2025-09-01');
  const pairs = sheetOf(rig.fakes.spreadsheet, SHEETS.pairs);
  rig.typeAs(LEAD, () =>
    pairs.getRange(2, 1, 2, 8).setValues([
      ['P001', 'amara@nhs.example', 'rosalind@nhs.example', 9, true, true, 'Good fit', 'Active'],
      ['P002', 'bilal@nhs.example', 'samuel@nhs.example', 8, true, true, 'Good fit', 'Active'],
    ]),
  );
}

describe('reminders on the real platform', () => {
  test('an address Google refuses does not stop the others; each is recorded as sent, and nothing goes twice', () => {
    const rig = twoLeads();
    overduePairs(rig);
    rig.fakes.env.now = new Date('2025-10-20T09:00:00Z');
    // Google refuses one address (as it refuses a malformed one): the run must go on.
    const send = rig.fakes.mail.sendEmail.bind(rig.fakes.mail);
    rig.fakes.mail.sendEmail = (message, ...rest) => {
      if (typeof message !== 'string' && message.to === 'amara@nhs.example')
        throw new Error('Invalid email: amara@nhs.example');
      return send(message, ...rest);
    };
    rig.call('sendReminders');
    expect(alerts(rig)).toEqual([]);
    expect(rig.fakes.mail.sent.map((m) => m.to).sort()).toEqual(
      ['bilal@nhs.example', 'rosalind@nhs.example', 'samuel@nhs.example'].sort(),
    );
    expect(lastToast(rig)).toMatch(/3 reminder emails sent.*Google refused 1/);
    const recorded = rowsOf(rig.fakes.spreadsheet, 'reminders');
    expect(recorded).toHaveLength(4);
    expect(String(recorded.find((r) => r.Recipient === 'amara@nhs.example')?.Role)).toMatch(
      /not sent/,
    );
    rig.call('sendReminders');
    expect(rig.fakes.mail.sent).toHaveLength(3);
  });

  test('a run stops cleanly before the 6-minute limit, records what it sent, and the next run sends only the rest', () => {
    const rig = twoLeads();
    overduePairs(rig);
    rig.fakes.env.now = new Date('2025-10-20T09:00:00Z');
    // Each email takes two minutes: after three (6 minutes > 4.5) Dyad stops before Google would.
    const send = rig.fakes.mail.sendEmail.bind(rig.fakes.mail);
    rig.fakes.mail.sendEmail = (...args: Parameters<typeof send>) => {
      send(...args);
      rig.fakes.env.now = new Date(rig.fakes.env.now.getTime() + 2 * 60 * 1000);
    };
    rig.call('sendReminders');
    expect(rig.fakes.mail.sent).toHaveLength(3);
    expect(lastToast(rig)).toMatch(/stopped before Google's 6-minute limit: 1 reminders are left/);
    expect(rowsOf(rig.fakes.spreadsheet, 'reminders')).toHaveLength(3);
    rig.call('sendReminders');
    expect(rig.fakes.mail.sent).toHaveLength(4);
    expect(new Set(rig.fakes.mail.sent.map((m) => m.to)).size).toBe(4);
  });

  test('the escalation notice checks the allowance first: the escalation is opened and the audit log says the Leads were not emailed', () => {
    const rig = twoLeads();
    rig.fakes.mail.setQuota(LEAD, 0);
    rig.submit(title('checkIn'), 'amara@nhs.example', {
      [CHECK_IN.meeting]: 'Meeting 1 (month 1)',
      [CHECK_IN.date]: '2025-10-01',
      [CHECK_IN.format]: 'Virtual',
      [CHECK_IN.goal1]: 5,
      [CHECK_IN.safety]: 6,
      [CHECK_IN.concern]: 'Yes',
    });
    const audit = rowsOf(rig.fakes.spreadsheet, 'audit-log').find(
      (r) => r.Action === 'Escalation opened',
    );
    expect(String(audit?.Details)).toMatch(/E001 .*not emailed: Google's daily email allowance/);
  });
});

describe('one escalation per concern', () => {
  test('the trigger and the import key it from the same timestamp, even when the response sheet rounds the time', () => {
    const rig = twoLeads();
    rig.submit(
      title('checkIn'),
      'amara@nhs.example',
      {
        [CHECK_IN.meeting]: 'Meeting 1 (month 1)',
        [CHECK_IN.date]: '2025-10-01',
        [CHECK_IN.format]: 'Virtual',
        [CHECK_IN.goal1]: 5,
        [CHECK_IN.safety]: 6,
        [CHECK_IN.concern]: 'Yes',
      },
      new Date('2025-10-02T18:30:00.700Z'),
    );
    const privateId = rig.fakes.properties.document.getProperty('dyad.privateSpreadsheetId');
    const privateSs = rig.fakes.sheets.spreadsheets.get(privateId as string) as FakeSpreadsheet;
    expect(rowsOf(privateSs, SHEETS.escalations)).toHaveLength(1);
    // Sheets shows the response's time to the second, rounded: 19:30:01 in London.
    const responses = sheetOf(privateSs, 'responses: check-in');
    rig.fakes.env.asSystem(() =>
      responses.getRange(2, 1).setValue(new Date('2025-10-02T18:30:01Z')),
    );
    rig.callAs(LEAD_B, 'importResponses');
    expect(rowsOf(privateSs, SHEETS.escalations).map((r) => r['Escalation ID'])).toEqual(['E001']);
  });
});

describe('dates the Lead types', () => {
  test('are read in the spreadsheet’s locale: 09/01/2025 in a US spreadsheet is 1 September', () => {
    const rig = twoLeads();
    Object.assign(rig.fakes.spreadsheet, { getSpreadsheetLocale: () => 'en_US' });
    overduePairs(rig);
    const programme = sheetOf(rig.fakes.spreadsheet, SHEETS.programme);
    const row = programme._allValues().findIndex((r) => r[0] === 'Pilot start date') + 1;
    rig.typeAs(LEAD, () => programme.getRange(row, 2).setNumberFormat('@').setValue('09/01/2025'));
    rig.fakes.env.now = new Date('2025-10-20T09:00:00Z');
    const data = rig.call<{ pairs: { overdue: { dueOn: string }[] }[] }>('getMeetingsData');
    expect(data.pairs[0].overdue[0].dueOn).toBe('2025-10-01');
  });
});

describe('Dyad → Check installation', () => {
  test('reports each item in plain words: forms, who can open each file, triggers and whose, mail, protections, lock', () => {
    const rig = twoLeads();
    const checks = rig.call<Check[]>('getInstallationChecks');
    const byItem = new Map(checks.map((c) => [c.item, c]));
    for (const form of ['Mentee application form', 'Meeting check-in form']) {
      for (const what of ['exists', 'published', 'accepting responses', 'collects emails'])
        expect(byItem.get(`${form}: ${what}`)?.ok).toBe(true);
    }
    expect(
      byItem.get('Meeting check-in form: linked to the Leads-only private spreadsheet')?.ok,
    ).toBe(true);
    expect(byItem.get('the Leads-only private spreadsheet: the IMG Tutor cannot open it')).toEqual({
      area: 'file',
      item: 'the Leads-only private spreadsheet: the IMG Tutor cannot open it',
      ok: true,
      detail: `${TUTOR} cannot open it.`,
    });
    expect(byItem.get('Check-in trigger (opens escalations at once)')?.detail).toBe(
      `Installed, under your account (${LEAD}).`,
    );
    expect(
      rig.callAs<Check[]>(LEAD_B, 'getInstallationChecks').find((c) => c.area === 'trigger')
        ?.detail,
    ).toMatch(/under lead\.a@nhs\.example's account/);
    expect(byItem.get('Email allowance left today')?.detail).toBe(
      '100 emails can still be sent today from your account.',
    );
    expect(checks.filter((c) => c.area === 'protection').every((c) => c.ok)).toBe(true);
    expect(byItem.get('Protocol lock')?.ok).toBe(false);

    rig.fakes.forms._byTitle(title('checkIn')).setPublished(false);
    const after = rig.call<Check[]>('getInstallationChecks');
    expect(after.find((c) => c.item === 'Meeting check-in form: published')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/Unpublished: nobody can answer it/),
    });
  });
});
