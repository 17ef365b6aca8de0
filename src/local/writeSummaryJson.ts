/**
 * summary.json (protocol section 11): the evaluation with unrounded numbers, for the Lead.
 * It is the committee summary plus the import issues and completion per pair ID; no email,
 * name or free-text answer.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { leadSummary, type CommitteeSummary, type SummaryContext } from '../core/committeeSummary';
import type { ImportIssue } from '../core/records';
import type { Evaluation, OverdueMeeting, PairLevel3Change, Withdrawal } from '../core/results';

export const SUMMARY_JSON_FILE = 'summary.json';

export interface PairCompletion {
  pairId: string;
  status: string;
  meetingsHeld: number[];
  due: number[];
  overdue: OverdueMeeting[];
}

export interface SummaryJson extends Omit<CommitteeSummary, 'completion' | 'level3'> {
  completion: CommitteeSummary['completion'] & {
    pairs: PairCompletion[];
    excusedWithdrawalPairs: Withdrawal[];
    otherWithdrawalPairs: Withdrawal[];
  };
  level3: CommitteeSummary['level3'] & { pairs: PairLevel3Change[] };
  importIssues: ImportIssue[];
  rowAccounting: NonNullable<Evaluation['rowAccounting']>;
  uncountedFeedback: NonNullable<Evaluation['uncountedFeedback']>;
}

export function summaryJson(evaluation: Evaluation, context: SummaryContext = {}): SummaryJson {
  const summary = leadSummary(evaluation, context);
  const { completion, level3 } = evaluation;
  return {
    ...summary,
    completion: {
      ...summary.completion,
      pairs: completion.pairs.map((p) => ({
        pairId: p.pairId,
        status: p.status,
        meetingsHeld: [...p.meetingsHeld],
        due: [...p.due],
        overdue: p.overdue.map((o) => ({ ...o })),
      })),
      excusedWithdrawalPairs: completion.excusedWithdrawals.map((w) => ({ ...w })),
      otherWithdrawalPairs: completion.otherWithdrawals.map((w) => ({ ...w })),
    },
    level3: { ...summary.level3, pairs: level3.pairs.map((p) => ({ ...p })) },
    importIssues: evaluation.importIssues.map((i) => ({
      sheet: i.sheet,
      row: i.row,
      problem: i.problem,
    })),
    rowAccounting: evaluation.rowAccounting ?? [],
    uncountedFeedback: evaluation.uncountedFeedback ?? [],
  };
}

/** The text of summary.json: the same inputs and as-of date give the same text but for `generatedAt`. */
export function summaryJsonText(evaluation: Evaluation, context: SummaryContext = {}): string {
  return `${JSON.stringify(summaryJson(evaluation, context), null, 2)}\n`;
}

/** Writes `<dir>/summary.json` and returns its path. */
export async function writeSummaryJson(
  evaluation: Evaluation,
  dir: string,
  context: SummaryContext = {},
): Promise<string> {
  const path = join(dir, SUMMARY_JSON_FILE);
  await writeFile(path, summaryJsonText(evaluation, context), 'utf8');
  return path;
}
