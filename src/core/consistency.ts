/**
 * The checks a data manager makes across the Lead's sheets (pairs, escalations, programme) and
 * on the dates of every sheet. Each finding is an import issue naming the sheet and row and
 * saying whether the row still counts: nothing here changes what counts without saying so.
 * The full list, with its wording, is in docs/data-checks.md.
 */
import { pairIdKey } from './identity';
import { PROGRAMME_SETTINGS, SHEETS } from './instruments';
import { isConfirmed, isWithdrawn } from './pairs';
import type {
  EscalationRecord,
  ImportIssue,
  IsoDate,
  PairRecord,
  ProgrammeRecords,
} from './records';
import { isoDateOf } from './answers';

type Report = (sheet: string, row: number, problem: string) => void;

const label = (pair: PairRecord): string => pair.pairId || `pairs row ${pair.row}`;

/** Rows that share a key, after the first: [first, later]. */
function repeats<T>(items: readonly T[], key: (item: T) => string): [T, T][] {
  const first = new Map<string, T>();
  const found: [T, T][] = [];
  for (const item of items) {
    const k = key(item);
    if (k === '') continue;
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, item);
    else found.push([earlier, item]);
  }
  return found;
}

function pairIdChecks(pairs: readonly PairRecord[], report: Report): void {
  for (const pair of pairs) {
    if (pair.pairId === '')
      report(
        SHEETS.pairs,
        pair.row,
        `no Pair ID: the pair is shown as "pairs row ${pair.row}" and no escalation can name it; it still counts if confirmed`,
      );
  }
  for (const [first, later] of repeats(pairs, (p) => pairIdKey(p.pairId))) {
    report(
      SHEETS.pairs,
      later.row,
      `Pair ID "${later.pairId}" is also used in row ${first.row}: escalations naming it cannot tell the two apart; both rows still count`,
    );
  }
}

function confirmationChecks(pairs: readonly PairRecord[], report: Report): void {
  for (const pair of pairs) {
    if (pair.status === 'Excluded') continue;
    const same = pair.menteeEmail !== '' && pair.menteeEmail === pair.mentorEmail;
    if (same)
      report(
        SHEETS.pairs,
        pair.row,
        `the mentee and the mentor are the same person (${pair.menteeEmail}): this pair does not count`,
      );
    if (pair.confirmedByLead && pair.confirmedByTutor && pair.rationale.trim() === '')
      report(
        SHEETS.pairs,
        pair.row,
        'confirmed by the Lead and the IMG Tutor but no rationale is written: the pair does not count until a rationale is written',
      );
  }
}

/** Which applications an email belongs to, for the wording of an unknown pair member. */
function applicantCheck(records: ProgrammeRecords, report: Report): void {
  const mentees = new Set(records.menteeApplications.map((a) => a.email));
  const mentors = new Set(records.mentorApplications.map((a) => a.email));
  for (const pair of records.pairs.filter(isConfirmed)) {
    const roles: [string, string, Set<string>, Set<string>][] = [
      ['mentee', pair.menteeEmail, mentees, mentors],
      ['mentor', pair.mentorEmail, mentors, mentees],
    ];
    for (const [role, email, own, other] of roles) {
      if (own.has(email)) continue;
      const hint = other.has(email)
        ? ` (it is on the ${role === 'mentee' ? 'mentor' : 'mentee'} applications)`
        : '';
      report(
        SHEETS.pairs,
        pair.row,
        `the ${role} email ${email} matches no ${role} application${hint}: the pair still counts, as both confirmed it, but without that person's application answers`,
      );
    }
  }
}

function activeLoadChecks(records: ProgrammeRecords, report: Report): void {
  const active = records.pairs.filter((p) => isConfirmed(p) && !isWithdrawn(p));
  for (const [first, later] of repeats(active, (p) => p.menteeEmail)) {
    report(
      SHEETS.pairs,
      later.row,
      `the mentee ${later.menteeEmail} is also in active pair ${label(first)} (row ${first.row}): a mentee has one mentor at a time; both pairs count and check-ins go to this later row's pair until one is marked Withdrawn or Completed`,
    );
  }
  const capacity = new Map(
    records.mentorApplications.filter((a) => !a.superseded).map((a) => [a.email, a.capacity]),
  );
  const load = new Map<string, number>();
  for (const pair of active) {
    const taken = (load.get(pair.mentorEmail) ?? 0) + 1;
    load.set(pair.mentorEmail, taken);
    const offered = capacity.get(pair.mentorEmail);
    if (offered !== undefined && taken > offered)
      report(
        SHEETS.pairs,
        pair.row,
        `the mentor ${pair.mentorEmail} offered ${offered} mentee place${offered === 1 ? '' : 's'} and this is their active pair number ${taken}: the pair still counts`,
      );
  }
}

function withdrawalChecks(pairs: readonly PairRecord[], report: Report): void {
  for (const pair of pairs) {
    if (isWithdrawn(pair) && pair.beyondControl === null)
      report(
        SHEETS.pairs,
        pair.row,
        'Withdrawn without "Beyond programme control" answered: counted as a withdrawal within the programme\u2019s control (it stays evaluable) until Yes or No is written',
      );
    if (!isWithdrawn(pair) && pair.beyondControl === true)
      report(
        SHEETS.pairs,
        pair.row,
        '"Beyond programme control" is Yes but the status is not Withdrawn: it has no effect',
      );
  }
}

function escalationChecks(records: ProgrammeRecords, report: Report): void {
  const sheet = SHEETS.escalations;
  const pairIds = new Set(records.pairs.map((p) => pairIdKey(p.pairId)));
  const end = records.programme.pilotEnd;
  for (const e of records.escalations) {
    if (e.pairId === '') report(sheet, e.row, 'no Pair ID: the escalation still counts for C4');
    else if (!pairIds.has(pairIdKey(e.pairId)))
      report(
        sheet,
        e.row,
        `Pair ID "${e.pairId}" is not in the pairs sheet: the escalation still counts for C4`,
      );
    resolutionChecks(e, end, report);
  }
  for (const [first, later] of repeats(records.escalations, (e) => pairIdKey(e.id))) {
    report(
      sheet,
      later.row,
      `Escalation ID "${later.id}" is also used in row ${first.row}: both rows still count`,
    );
  }
}

function resolutionChecks(e: EscalationRecord, end: IsoDate | null, report: Report): void {
  const sheet = SHEETS.escalations;
  if (e.status === null) report(sheet, e.row, 'no readable status: counted as not resolved');
  if (e.status === 'Resolved' && e.resolvedOn === null)
    report(sheet, e.row, 'Resolved without a "Resolved on" date: counted as resolved');
  if (e.status !== 'Resolved' && e.resolvedOn !== null)
    report(
      sheet,
      e.row,
      `resolved on ${e.resolvedOn} but the status is not Resolved: counted as not resolved`,
    );
  if (e.status === 'Resolved' && e.resolvedOn !== null && end !== null && e.resolvedOn > end)
    report(
      sheet,
      e.row,
      `resolved on ${e.resolvedOn}, after the pilot end date ${end}: it counts as not resolved at pilot end (C4)`,
    );
  if (e.resolvedOn !== null && e.raisedOn !== null && e.resolvedOn < e.raisedOn)
    report(
      sheet,
      e.row,
      `resolved on ${e.resolvedOn}, before it was raised on ${e.raisedOn}: check the dates; it still counts as resolved`,
    );
}

function programmeChecks(records: ProgrammeRecords, report: Report): void {
  const { pilotStart, pilotEnd } = records.programme;
  if (pilotStart === null || pilotEnd === null || pilotEnd > pilotStart) return;
  const row =
    records.read?.programmeRows.find(
      (use) => use.setting === PROGRAMME_SETTINGS.pilotEnd && use.reason === '',
    )?.row ?? 0;
  report(
    SHEETS.programme,
    row,
    `the pilot end date ${pilotEnd} is not after the pilot start date ${pilotStart}: the meetings and thresholds are timed from these dates as written; correct one of them`,
  );
}

/** The earliest and latest dates an answer of this pilot can plausibly carry. */
export function plausibleRange(records: ProgrammeRecords): { from: IsoDate; to: IsoDate } {
  const { pilotStart, pilotEnd } = records.programme;
  const shift = (date: IsoDate, years: number): IsoDate =>
    `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
  return {
    from: pilotStart !== null ? shift(pilotStart, -2) : '2000-01-01',
    to: pilotEnd !== null ? shift(pilotEnd, 2) : '2100-12-31',
  };
}

function dateChecks(records: ProgrammeRecords, report: Report): void {
  const { from, to } = plausibleRange(records);
  const check = (sheet: string, row: number, what: string, date: IsoDate | null, still: string) => {
    if (date === null || (date >= from && date <= to)) return;
    report(
      sheet,
      row,
      `${what} ${date} is outside any plausible date for this pilot (${from} to ${to}): ${still}`,
    );
  };
  const stamp = (instant: number | null) => (instant === null ? null : isoDateOf(instant));
  const ordering =
    'the answer still counts; its timestamp orders it among the same person\u2019s answers';
  const sheets: [string, readonly { row: number; timestamp: number | null }[]][] = [
    [SHEETS.menteeApplication, records.menteeApplications],
    [SHEETS.mentorApplication, records.mentorApplications],
    [SHEETS.checkIn, records.checkIns],
    [SHEETS.menteeFeedback, records.menteeFeedback],
    [SHEETS.mentorFeedback, records.mentorFeedback],
  ];
  for (const [sheet, answers] of sheets)
    for (const a of answers) check(sheet, a.row, 'the timestamp', stamp(a.timestamp), ordering);
  for (const c of records.checkIns)
    check(SHEETS.checkIn, c.row, 'the meeting date', c.date, 'the meeting still counts as held');
  for (const p of records.pairs)
    check(SHEETS.pairs, p.row, 'the withdrawal date', p.withdrawalDate, 'the withdrawal stands');
  for (const e of records.escalations) {
    check(SHEETS.escalations, e.row, 'the date raised', e.raisedOn, 'the escalation still counts');
    check(
      SHEETS.escalations,
      e.row,
      'the resolution date',
      e.resolvedOn,
      'the escalation still counts',
    );
  }
  const { pilotStart, pilotEnd } = records.programme;
  for (const [name, date] of [
    [PROGRAMME_SETTINGS.pilotStart, pilotStart],
    [PROGRAMME_SETTINGS.pilotEnd, pilotEnd],
  ] as const) {
    if (date === null || (date >= '2000-01-01' && date <= '2100-12-31')) continue;
    const row =
      records.read?.programmeRows.find((u) => u.setting === name && u.reason === '')?.row ?? 0;
    report(
      SHEETS.programme,
      row,
      `the ${name.toLowerCase()} ${date} is not a plausible date for a pilot`,
    );
  }
}

/** Every cross-sheet and date finding, as import issues. */
export function consistencyIssues(records: ProgrammeRecords): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const report: Report = (sheet, row, problem) => issues.push({ sheet, row, problem });
  pairIdChecks(records.pairs, report);
  confirmationChecks(records.pairs, report);
  applicantCheck(records, report);
  activeLoadChecks(records, report);
  withdrawalChecks(records.pairs, report);
  escalationChecks(records, report);
  programmeChecks(records, report);
  dateChecks(records, report);
  return issues;
}
