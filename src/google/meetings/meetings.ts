/**
 * Meetings due and overdue at today's date (the core's completion report), and reminders by
 * email to the overdue mentee and mentor. The daily mail quota is checked first; every reminder
 * is recorded in `reminders` and nobody is reminded about a pair twice within 7 days.
 */
import { MEETING_OPTIONS } from '../../core/instruments';
import type { IsoDate, MeetingNumber, ProgrammeRecords } from '../../core/records';
import type { Evaluation, PairProgress } from '../../core/results';
import type { ActionContext } from '../platform/action';
import { ADDON_SHEETS, REMINDER, REMINDER_HEADER } from '../platform/addonSheets';
import { daysBetween, isoDate } from '../platform/dates';
import { PlainError } from '../platform/errors';
import { evaluateToday } from '../committee/evaluation';
import { namesByEmail } from '../matching/proposals';
import { openProgrammeForm } from '../setup/setup';
import { appendTextRows, columnOf, ensureSheet, readSheet } from '../platform/sheetIo';

export const REMIND_AGAIN_AFTER_DAYS = 7;

export interface MeetingRow {
  pairId: string;
  mentee: string;
  menteeName: string;
  mentor: string;
  mentorName: string;
  due: string[];
  overdue: { meeting: string; dueOn: string; overdueSince: string }[];
  lastReminded: string;
}

export interface MeetingsData {
  asOf: IsoDate;
  pilotStartSet: boolean;
  pairs: MeetingRow[];
}

function meetingName(meeting: MeetingNumber): string {
  return MEETING_OPTIONS[meeting - 1];
}

interface Reminder {
  sentOn: IsoDate;
  pairId: string;
  recipient: string;
}

function readReminders(ctx: ActionContext): {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  rows: number;
  reminders: Reminder[];
} {
  const { sheet } = ensureSheet(ctx.wb.ss, ADDON_SHEETS.reminders, REMINDER_HEADER);
  const { header, rows } = readSheet(sheet);
  const reminders = rows.map((row) => {
    const sent = row[columnOf(header, REMINDER.sentOn)];
    return {
      sentOn: sent instanceof Date ? isoDate(sent, ctx.wb.timeZone) : String(sent).slice(0, 10),
      pairId: String(row[columnOf(header, REMINDER.pairId)]),
      recipient: String(row[columnOf(header, REMINDER.recipient)]).toLowerCase(),
    };
  });
  return { sheet, rows: rows.length, reminders };
}

function lastReminder(reminders: readonly Reminder[], pairId: string, recipient?: string): string {
  return (
    reminders
      .filter((r) => r.pairId === pairId && (recipient === undefined || r.recipient === recipient))
      .map((r) => r.sentOn)
      .sort()
      .pop() ?? ''
  );
}

export function meetingsData(ctx: ActionContext): MeetingsData {
  const { evaluation, loaded } = evaluateToday(ctx);
  const { reminders } = readReminders(ctx);
  return meetingsFrom(evaluation, loaded.records, (pairId) => lastReminder(reminders, pairId));
}

/** The pairs with a meeting due at the evaluation's date, each with when it was last reminded ('' for never). */
export function meetingsFrom(
  evaluation: Evaluation,
  records: ProgrammeRecords,
  lastReminded: (pairId: string) => string,
): MeetingsData {
  const names = namesByEmail(records);
  const pairs = evaluation.completion.pairs
    .filter((p) => p.due.length > 0)
    .map((p) => ({
      pairId: p.pairId,
      mentee: p.mentee,
      menteeName: names.get(p.mentee) ?? '',
      mentor: p.mentor,
      mentorName: names.get(p.mentor) ?? '',
      due: p.due.map(meetingName),
      overdue: p.overdue.map((o) => ({
        meeting: meetingName(o.meeting),
        dueOn: o.dueOn,
        overdueSince: o.overdueSince,
      })),
      lastReminded: lastReminded(p.pairId),
    }));
  return { asOf: evaluation.asOf, pilotStartSet: records.programme.pilotStart !== null, pairs };
}

function remindedRecently(
  reminders: readonly Reminder[],
  pair: PairProgress,
  recipient: string,
  today: IsoDate,
): boolean {
  const last = lastReminder(reminders, pair.pairId, recipient);
  return last !== '' && daysBetween(last, today) < REMIND_AGAIN_AFTER_DAYS;
}

function reminderBody(role: 'mentee' | 'mentor', pair: PairProgress, checkInUrl: string): string {
  const meetings = pair.overdue
    .map((o) => `${meetingName(o.meeting)}, due on ${o.dueOn}`)
    .join('; ');
  const lines = [
    'Hello,',
    `This is a reminder from the Dyad mentorship programme: a structured meeting of your mentoring pair is overdue (${meetings}).`,
    role === 'mentee'
      ? 'Please arrange it with your mentor, and fill in the meeting check-in after you meet.'
      : 'Please get in touch with your mentee to arrange it.',
  ];
  if (role === 'mentee' && checkInUrl !== '') lines.push(`Meeting check-in: ${checkInUrl}`);
  lines.push(
    'If you have already met, thank you: you can ignore this email.',
    'The Programme Lead',
  );
  return lines.join('\n\n');
}

interface PendingReminder {
  pair: PairProgress;
  recipient: string;
  role: 'mentee' | 'mentor';
}

export interface ReminderOutcome {
  sent: number;
  skippedRecent: number;
  leftForLater: number;
  quota: number;
  /** Reminders Google refused (a bad address), each in words; recorded so they are not retried every run. */
  failed: string[];
  /** True when the run stopped early to stay inside Apps Script's 6-minute limit. */
  stoppedForTime: boolean;
}

/** Apps Script stops a run after 6 minutes; sending stops well before, the rest left for the next run. */
export const SENDING_BUDGET_MS = 4.5 * 60 * 1000;

function pendingReminders(
  ctx: ActionContext,
  evaluation: Evaluation,
  reminders: readonly Reminder[],
): { pending: PendingReminder[]; skippedRecent: number } {
  const pending: PendingReminder[] = [];
  let skippedRecent = 0;
  for (const pair of evaluation.completion.pairs.filter((p) => p.overdue.length > 0)) {
    for (const [recipient, role] of [
      [pair.mentee, 'mentee'],
      [pair.mentor, 'mentor'],
    ] as const) {
      if (remindedRecently(reminders, pair, recipient, ctx.today)) skippedRecent++;
      else pending.push({ pair, recipient, role });
    }
  }
  return { pending, skippedRecent };
}

/**
 * Sends the reminders due today, checking the mail quota first. Each one is recorded in
 * `reminders` the moment it is sent (a refused address too, marked as such), so a bad address,
 * the quota or the time limit never makes the next run send the same reminder again.
 */
export function sendDueReminders(ctx: ActionContext): ReminderOutcome {
  const started = Date.now();
  const { evaluation } = evaluateToday(ctx);
  const { sheet, rows, reminders } = readReminders(ctx);
  const { pending, skippedRecent } = pendingReminders(ctx, evaluation, reminders);
  const quota = MailApp.getRemainingDailyQuota();
  if (pending.length > 0 && quota <= 0) {
    throw new PlainError(
      `Google's daily email allowance for this account is used up, so no reminders were sent (${pending.length} are due). Try again tomorrow.`,
    );
  }
  const sending = pending.slice(0, quota);
  const checkIn = sending.length > 0 ? openProgrammeForm('checkIn') : null;
  const checkInUrl = checkIn ? checkIn.getPublishedUrl() : '';
  let recorded = rows;
  let sent = 0;
  let stoppedForTime = false;
  const failed: string[] = [];
  for (const r of sending) {
    if (Date.now() - started > SENDING_BUDGET_MS) {
      stoppedForTime = true;
      break;
    }
    let role: string = r.role;
    try {
      MailApp.sendEmail({
        to: r.recipient,
        subject: 'Dyad mentorship programme: a meeting is overdue',
        body: reminderBody(r.role, r.pair, checkInUrl),
        name: 'Dyad',
      });
      sent++;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      failed.push(`${r.recipient} (${why})`);
      role = `${r.role}: not sent (${why})`;
    }
    appendTextRows(sheet, recorded, REMINDER_HEADER.length, [
      [
        ctx.today,
        r.pair.pairId,
        r.recipient,
        role,
        r.pair.overdue.map((o) => meetingName(o.meeting)).join('; '),
        ctx.user,
      ],
    ]);
    recorded++;
  }
  return {
    sent,
    skippedRecent,
    leftForLater: pending.length - sent - failed.length,
    quota,
    failed,
    stoppedForTime,
  };
}

export function describeReminders(outcome: ReminderOutcome): string {
  const parts = [`${outcome.sent} reminder emails sent.`];
  if (outcome.skippedRecent > 0)
    parts.push(
      `${outcome.skippedRecent} people were reminded in the last ${REMIND_AGAIN_AFTER_DAYS} days and were not emailed again.`,
    );
  if (outcome.failed.length > 0)
    parts.push(
      `Google refused ${outcome.failed.length} (recorded in ${ADDON_SHEETS.reminders}, not retried for ${REMIND_AGAIN_AFTER_DAYS} days): ${outcome.failed.join('; ')}. Correct the address in the application sheet.`,
    );
  if (outcome.stoppedForTime)
    parts.push(
      `Dyad stopped before Google's 6-minute limit: ${outcome.leftForLater} reminders are left for the next run.`,
    );
  else if (outcome.leftForLater > 0) {
    parts.push(
      `Google's daily email allowance ran out: ${outcome.leftForLater} reminders are left for tomorrow.`,
    );
  }
  return parts.join(' ');
}
