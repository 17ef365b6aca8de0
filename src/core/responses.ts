/**
 * Ties check-ins and feedback to pairs and people (protocol sections 3.3, 5, 6): the later of
 * two answers counts, strays are listed as import issues, nothing is silently dropped.
 */
import { SHEETS } from './instruments';
import { isWithdrawn, type PairBook } from './pairs';
import type {
  CheckIn,
  FormResponse,
  ImportIssue,
  MeetingNumber,
  MenteeFeedback,
  MentorFeedback,
  PairRecord,
  ProgrammeRecords,
} from './records';

export interface PairCheckIns {
  /** The check-in that counts for each structured meeting held. */
  structured: Map<MeetingNumber, CheckIn>;
  additional: CheckIn[];
}

export interface LinkedResponses {
  checkIns: Map<PairRecord, PairCheckIns>;
  /** The answer that counts, for members of evaluable pairs only. */
  menteeFeedback: Map<string, MenteeFeedback>;
  mentorFeedback: Map<string, MentorFeedback>;
  /** Feedback kept for the Lead but never counted (excused withdrawals, unpaired applicants). */
  uncountedFeedback: FormResponse[];
  issues: ImportIssue[];
}

export function pairLabel(pair: PairRecord): string {
  return pair.pairId || `pairs row ${pair.row}`;
}

/** Later first: by timestamp, then by row. */
function isLater(a: FormResponse, b: FormResponse): boolean {
  const ta = a.timestamp ?? -Infinity;
  const tb = b.timestamp ?? -Infinity;
  return ta !== tb ? ta > tb : a.row > b.row;
}

function inOrder<T extends FormResponse>(responses: readonly T[]): T[] {
  return [...responses].sort((a, b) => (isLater(a, b) ? 1 : isLater(b, a) ? -1 : 0));
}

/** The pair a mentee's check-in belongs to: their active pair, else their latest confirmed one. */
function pairsByMentee(confirmed: readonly PairRecord[]): Map<string, PairRecord> {
  const byMentee = new Map<string, PairRecord>();
  for (const pair of confirmed) {
    const known = byMentee.get(pair.menteeEmail);
    if (
      !known ||
      (isWithdrawn(known) && !isWithdrawn(pair)) ||
      isWithdrawn(known) === isWithdrawn(pair)
    ) {
      byMentee.set(pair.menteeEmail, pair);
    }
  }
  return byMentee;
}

function linkCheckIns(
  checkIns: readonly CheckIn[],
  confirmed: readonly PairRecord[],
  issues: ImportIssue[],
): Map<PairRecord, PairCheckIns> {
  const linked = new Map<PairRecord, PairCheckIns>(
    confirmed.map((p) => [p, { structured: new Map(), additional: [] }]),
  );
  const byMentee = pairsByMentee(confirmed);
  const issue = (row: number, problem: string) =>
    issues.push({ sheet: SHEETS.checkIn, row, problem });
  for (const checkIn of inOrder(checkIns)) {
    const pair = byMentee.get(checkIn.email);
    if (!checkIn.email) {
      issue(checkIn.row, 'check-in without a readable email address: it cannot be tied to a pair');
      continue;
    }
    if (!pair) {
      issue(checkIn.row, 'check-in from an email that is not the mentee of a confirmed pair');
      continue;
    }
    const entry = linked.get(pair) as PairCheckIns;
    if (checkIn.meeting === null) continue;
    if (checkIn.meeting === 'additional') {
      entry.additional.push(checkIn);
      continue;
    }
    const earlier = entry.structured.get(checkIn.meeting);
    if (earlier) {
      issue(
        checkIn.row,
        `Meeting ${checkIn.meeting} of pair ${pairLabel(pair)} was already recorded in row ${earlier.row}; this later check-in counts instead`,
      );
    }
    entry.structured.set(checkIn.meeting, checkIn);
  }
  return linked;
}

function latestFeedback<T extends FormResponse>(
  sheet: string,
  answers: readonly T[],
  counted: ReadonlySet<string>,
  known: ReadonlySet<string>,
  issues: ImportIssue[],
  uncounted: FormResponse[],
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const answer of inOrder(answers)) {
    if (!answer.email) {
      issues.push({
        sheet,
        row: answer.row,
        problem: 'feedback without a readable email address: it cannot be tied to a person',
      });
      continue;
    }
    if (!known.has(answer.email)) {
      issues.push({
        sheet,
        row: answer.row,
        problem: 'feedback from an email that is not an applicant or a pair member',
      });
      continue;
    }
    const earlier = latest.get(answer.email);
    if (earlier) {
      issues.push({
        sheet,
        row: earlier.row,
        problem: `the same person answered again in row ${answer.row}; the later answer counts`,
      });
    }
    latest.set(answer.email, answer);
  }
  const countedOnly = new Map<string, T>();
  for (const [email, answer] of latest) {
    if (counted.has(email)) countedOnly.set(email, answer);
    else uncounted.push(answer);
  }
  return countedOnly;
}

export function linkResponses(records: ProgrammeRecords, book: PairBook): LinkedResponses {
  const issues: ImportIssue[] = [];
  const uncountedFeedback: FormResponse[] = [];
  const known = new Set<string>([
    ...records.menteeApplications.map((a) => a.email),
    ...records.mentorApplications.map((a) => a.email),
    ...records.pairs.flatMap((p) => [p.menteeEmail, p.mentorEmail]),
  ]);
  known.delete('');
  const evaluableMentees = new Set(book.evaluable.map((p) => p.menteeEmail));
  const evaluableMentors = new Set(book.evaluable.map((p) => p.mentorEmail));
  return {
    checkIns: linkCheckIns(records.checkIns, book.confirmed, issues),
    menteeFeedback: latestFeedback(
      SHEETS.menteeFeedback,
      records.menteeFeedback,
      evaluableMentees,
      known,
      issues,
      uncountedFeedback,
    ),
    mentorFeedback: latestFeedback(
      SHEETS.mentorFeedback,
      records.mentorFeedback,
      evaluableMentors,
      known,
      issues,
      uncountedFeedback,
    ),
    uncountedFeedback,
    issues,
  };
}
