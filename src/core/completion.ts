/** Completion (protocol section 5): meetings held, due and overdue; evaluable pairs; withdrawals. */
import type { ProtocolConfig } from './config';
import { addDays, addMonths } from './dates';
import { isExcusedWithdrawal, isWithdrawn, type PairBook } from './pairs';
import type { IsoDate, MeetingNumber, PairRecord, ProgrammeSettings } from './records';
import { pairLabel, type PairCheckIns } from './responses';
import type { CompletionReport, OverdueMeeting, PairProgress, Withdrawal } from './results';

export function structuredMeetings(config: ProtocolConfig): MeetingNumber[] {
  return config.meetings.dueMonths.map((_, i) => (i + 1) as MeetingNumber);
}

export function meetingDueDate(
  meeting: MeetingNumber,
  pilotStart: IsoDate,
  config: ProtocolConfig,
): IsoDate {
  return addMonths(pilotStart, config.meetings.dueMonths[meeting - 1]);
}

function progress(
  pair: PairRecord,
  held: MeetingNumber[],
  asOf: IsoDate,
  settings: ProgrammeSettings,
  config: ProtocolConfig,
): PairProgress {
  const due: MeetingNumber[] = [];
  const overdue: OverdueMeeting[] = [];
  if (settings.pilotStart && !isWithdrawn(pair)) {
    for (const meeting of structuredMeetings(config)) {
      if (held.includes(meeting)) continue;
      const dueOn = meetingDueDate(meeting, settings.pilotStart, config);
      if (asOf < dueOn) continue;
      due.push(meeting);
      const overdueSince = addDays(dueOn, config.meetings.overdueAfterDays);
      if (asOf >= overdueSince) overdue.push({ meeting, dueOn, overdueSince });
    }
  }
  return {
    pairId: pairLabel(pair),
    mentee: pair.menteeEmail,
    mentor: pair.mentorEmail,
    status: pair.status ?? 'Active',
    meetingsHeld: held,
    due,
    overdue,
  };
}

function withdrawal(pair: PairRecord): Withdrawal {
  return {
    pairId: pairLabel(pair),
    withdrawalDate: pair.withdrawalDate,
    beyondControl: isExcusedWithdrawal(pair),
  };
}

export function completionReport(
  book: PairBook,
  checkIns: ReadonlyMap<PairRecord, PairCheckIns>,
  settings: ProgrammeSettings,
  asOf: IsoDate,
  config: ProtocolConfig,
): CompletionReport {
  const all = structuredMeetings(config);
  const pairs = book.evaluable.map((pair) => {
    const held = all.filter((m) => checkIns.get(pair)?.structured.has(m));
    return progress(pair, held, asOf, settings, config);
  });
  return {
    confirmedPairs: book.confirmed.length,
    evaluablePairs: book.evaluable.length,
    excusedWithdrawals: book.excused.map(withdrawal),
    otherWithdrawals: book.evaluable.filter(isWithdrawn).map(withdrawal),
    pairsWithTwoOrMoreMeetings: pairs.filter(
      (p) => p.meetingsHeld.length >= config.thresholds.c1MinMeetings,
    ).length,
    pairsWithAllMeetings: pairs.filter((p) => p.meetingsHeld.length === all.length).length,
    pairs,
  };
}
