/**
 * The evaluation of a programme at a date: from typed records to the committee's decision.
 * Read it top to bottom to follow one answer from the sheets to the decision.
 */
import { rowAccounting, uncountedFeedback } from './accounting';
import { recordsAsOf } from './asOf';
import { completionReport } from './completion';
import { DEFAULT_CONFIG, type ProtocolConfig } from './config';
import { decide } from './decision';
import { applicantPool } from './eligibility';
import { isResolvedBy } from './escalationState';
import { pairIdKey } from './identity';
import { SHEETS } from './instruments';
import { level3Evidence } from './level3';
import { domainOutcomes, menteesWithPairedAnswers, overallMeanChange } from './outcomes';
import { pairBook } from './pairs';
import { UNLOCKED } from './protocolConfig';
import { reAim } from './reAim';
import type { ImportIssue, IsoDate, PairRecord, ProgrammeRecords } from './records';
import { linkResponses, pairLabel } from './responses';
import type { Evaluation, ProtocolLock } from './results';
import { assessThresholds } from './thresholds';

export interface EvaluateOptions {
  asOf: IsoDate;
  config?: ProtocolConfig;
  /** Issues found while reading the sheets; the evaluation adds its own after them. */
  importIssues?: ImportIssue[];
  lock?: ProtocolLock;
}

export function evaluateProgramme(all: ProgrammeRecords, options: EvaluateOptions): Evaluation {
  const config = options.config ?? DEFAULT_CONFIG;
  const { asOf } = options;
  const settings = all.programme;

  // Only what was answered by the as-of date counts; later answers are listed, not counted.
  const dated = recordsAsOf(all, asOf);
  const records = dated.records;

  // Who takes part, and which pairs count.
  const pool = applicantPool(records, config);
  const book = pairBook(records.pairs);

  // Check-ins and feedback tied to pairs and people; strays become import issues.
  const responses = linkResponses(records, book);
  const completion = completionReport(book, responses.checkIns, settings, asOf, config);

  // Paired outcomes over the mentees of evaluable pairs.
  const outcomes = domainOutcomes(book.evaluable, pool, responses.menteeFeedback);
  const overall = overallMeanChange(outcomes);

  const thresholds = assessThresholds(
    {
      asOf,
      settings,
      pool,
      completion,
      responses,
      escalations: records.escalations,
      evaluableMentees: new Set(book.evaluable.map((p) => p.menteeEmail)).size,
      evaluableMentors: new Set(book.evaluable.map((p) => p.mentorEmail)).size,
      overallMeanChange: overall,
      menteesWithPairedAnswers: menteesWithPairedAnswers(
        book.evaluable,
        pool,
        responses.menteeFeedback,
      ),
    },
    config,
  );
  const decision = decide(thresholds, settings.pilotEnd, config);
  const accounts = rowAccounting(records, { pool, book, config }, [
    ...dated.fates,
    ...responses.fates,
  ]);

  return {
    asOf,
    ...decision,
    thresholds,
    outcomes,
    overallMeanChange: overall,
    completion,
    level3: level3Evidence(book.evaluable, responses.checkIns),
    reAim: reAim(pool, book.confirmed.length, responses, settings),
    escalations: {
      open: records.escalations.filter((e) => !isResolvedBy(e, asOf)).length,
      resolved: records.escalations.filter((e) => isResolvedBy(e, asOf)).length,
    },
    lock: options.lock ?? UNLOCKED,
    importIssues: [
      ...(options.importIssues ?? []),
      ...dated.issues,
      ...responses.issues,
      ...unescalatedConcerns(records, book.confirmed),
    ],
    rowAccounting: accounts,
    minCommitteeCount: config.minCommitteeCount,
    uncountedFeedback: uncountedFeedback(accounts),
  };
}

/** A check-in that raised a concern must have an escalation row for its pair. */
function unescalatedConcerns(
  records: ProgrammeRecords,
  confirmed: readonly PairRecord[],
): ImportIssue[] {
  const escalated = new Set(records.escalations.map((e) => pairIdKey(e.pairId)).filter(Boolean));
  return records.checkIns.flatMap((checkIn) => {
    if (checkIn.concern !== true) return [];
    const pair = confirmed.find((p) => p.menteeEmail === checkIn.email);
    if (!pair || escalated.has(pairIdKey(pair.pairId))) return [];
    const problem = `a concern was raised but the escalations sheet has no row for pair ${pairLabel(pair)}`;
    return [{ sheet: SHEETS.checkIn, row: checkIn.row, problem }];
  });
}
