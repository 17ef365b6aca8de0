/**
 * Ties check-ins and feedback to pairs and people (protocol sections 3.3, 5, 6): the later of
 * two answers counts, strays are listed as import issues, nothing is silently dropped.
 */
import type { RowFate } from './accounting';
import { SHEETS } from './instruments';
import { isExcusedWithdrawal, isWithdrawn, type PairBook } from './pairs';
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
  /** What became of every check-in and feedback row: counted, kept aside (why), or excluded (why). */
  fates: RowFate[];
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
  book: PairBook,
  issues: ImportIssue[],
  fates: RowFate[],
): Map<PairRecord, PairCheckIns> {
  const linked = new Map<PairRecord, PairCheckIns>(
    book.confirmed.map((p) => [p, { structured: new Map(), additional: [] }]),
  );
  const byMentee = pairsByMentee(book.confirmed);
  const sheet = SHEETS.checkIn;
  const issue = (row: number, problem: string) => issues.push({ sheet, row, problem });
  const fate = (row: number, outcome: RowFate['fate'], reason: string) =>
    fates.push({ sheet, row, fate: outcome, reason });
  const counted = new Map<CheckIn, PairRecord>();
  for (const checkIn of inOrder(checkIns)) {
    const pair = byMentee.get(checkIn.email);
    if (!checkIn.email) {
      issue(checkIn.row, 'check-in without a readable email address: it cannot be tied to a pair');
      fate(checkIn.row, 'excluded', 'no readable email address');
      continue;
    }
    if (!pair) {
      issue(checkIn.row, 'check-in from an email that is not the mentee of a confirmed pair');
      fate(checkIn.row, 'excluded', 'not from the mentee of a confirmed pair');
      continue;
    }
    const entry = linked.get(pair) as PairCheckIns;
    if (checkIn.meeting === null) {
      issue(
        checkIn.row,
        `the check-in does not say which meeting it was: it is kept but counts for no meeting of pair ${pairLabel(pair)}`,
      );
      fate(checkIn.row, 'kept', '"Which meeting was this?" not answered or not readable');
      continue;
    }
    if (checkIn.meeting === 'additional') {
      entry.additional.push(checkIn);
      counted.set(checkIn, pair);
      continue;
    }
    const earlier = entry.structured.get(checkIn.meeting);
    if (earlier) {
      issue(
        checkIn.row,
        `Meeting ${checkIn.meeting} of pair ${pairLabel(pair)} was already recorded in row ${earlier.row}; this later check-in counts instead`,
      );
      counted.delete(earlier);
      fate(
        earlier.row,
        'kept',
        `replaced by the later check-in for the same meeting in row ${checkIn.row}`,
      );
    }
    entry.structured.set(checkIn.meeting, checkIn);
    counted.set(checkIn, pair);
  }
  for (const [checkIn, pair] of counted) {
    if (isExcusedWithdrawal(pair)) {
      fate(checkIn.row, 'kept', `pair ${pairLabel(pair)} withdrew beyond programme control`);
    } else fate(checkIn.row, 'counted', '');
  }
  return linked;
}

/** Who may answer each feedback form, and why someone else's answer is kept but not counted. */
interface FeedbackRules {
  sheet: string;
  /** Members of evaluable pairs in this form's role. */
  counted: ReadonlySet<string>;
  known: ReadonlySet<string>;
  whyNotCounted: (email: string) => string;
}

/** Why a known person's feedback does not count (protocol section 6). */
function notCountedReason(
  records: ProgrammeRecords,
  book: PairBook,
  role: 'mentee' | 'mentor',
): (email: string) => string {
  const inRole = (p: PairRecord) => (role === 'mentee' ? p.menteeEmail : p.mentorEmail);
  const otherRole = (p: PairRecord) => (role === 'mentee' ? p.mentorEmail : p.menteeEmail);
  const other = role === 'mentee' ? 'mentor' : 'mentee';
  return (email) => {
    if (book.excused.some((p) => inRole(p) === email))
      return `the ${role}'s pair withdrew beyond programme control: kept for the Lead, never counted`;
    if (book.evaluable.some((p) => otherRole(p) === email))
      return `a ${other} of an evaluable pair answered the ${role} form: not counted`;
    if (records.pairs.some((p) => inRole(p) === email))
      return `the ${role}'s pair is not confirmed by both the Lead and the IMG Tutor with a rationale: not counted`;
    return `an applicant who is not in a confirmed pair: kept for the Lead, never counted`;
  };
}

function latestFeedback<T extends FormResponse>(
  answers: readonly T[],
  rules: FeedbackRules,
  linked: { issues: ImportIssue[]; uncounted: FormResponse[]; fates: RowFate[] },
): Map<string, T> {
  const { sheet } = rules;
  const fate = (row: number, outcome: RowFate['fate'], reason: string) =>
    linked.fates.push({ sheet, row, fate: outcome, reason });
  const issue = (row: number, problem: string) => linked.issues.push({ sheet, row, problem });
  const latest = new Map<string, T>();
  for (const answer of inOrder(answers)) {
    if (!answer.email) {
      issue(answer.row, 'feedback without a readable email address: it cannot be tied to a person');
      fate(answer.row, 'excluded', 'no readable email address');
      continue;
    }
    if (!rules.known.has(answer.email)) {
      issue(answer.row, 'feedback from an email that is not an applicant or a pair member');
      fate(answer.row, 'excluded', 'not from an applicant or a pair member');
      continue;
    }
    const earlier = latest.get(answer.email);
    if (earlier) {
      issue(
        earlier.row,
        `the same person answered again in row ${answer.row}; the later answer counts`,
      );
      fate(earlier.row, 'kept', `replaced by the same person's later answer in row ${answer.row}`);
    }
    latest.set(answer.email, answer);
  }
  const countedOnly = new Map<string, T>();
  for (const [email, answer] of latest) {
    if (rules.counted.has(email)) {
      countedOnly.set(email, answer);
      fate(answer.row, 'counted', '');
    } else {
      linked.uncounted.push(answer);
      fate(answer.row, 'kept', rules.whyNotCounted(email));
    }
  }
  return countedOnly;
}

export function linkResponses(records: ProgrammeRecords, book: PairBook): LinkedResponses {
  const linked = {
    issues: [] as ImportIssue[],
    uncounted: [] as FormResponse[],
    fates: [] as RowFate[],
  };
  const known = new Set<string>([
    ...records.menteeApplications.map((a) => a.email),
    ...records.mentorApplications.map((a) => a.email),
    ...records.pairs.flatMap((p) => [p.menteeEmail, p.mentorEmail]),
  ]);
  known.delete('');
  const checkIns = linkCheckIns(records.checkIns, book, linked.issues, linked.fates);
  const menteeFeedback = latestFeedback(
    records.menteeFeedback,
    {
      sheet: SHEETS.menteeFeedback,
      counted: new Set(book.evaluable.map((p) => p.menteeEmail)),
      known,
      whyNotCounted: notCountedReason(records, book, 'mentee'),
    },
    linked,
  );
  const mentorFeedback = latestFeedback(
    records.mentorFeedback,
    {
      sheet: SHEETS.mentorFeedback,
      counted: new Set(book.evaluable.map((p) => p.mentorEmail)),
      known,
      whyNotCounted: notCountedReason(records, book, 'mentor'),
    },
    linked,
  );
  return {
    checkIns,
    menteeFeedback,
    mentorFeedback,
    uncountedFeedback: linked.uncounted,
    issues: linked.issues,
    fates: linked.fates,
  };
}
