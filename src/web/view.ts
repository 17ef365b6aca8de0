/**
 * What the page shows of a run, in words, made where the run happens so the page only places
 * text: the decision, the thresholds, the proposals, and every import issue.
 */
import type { CommitteeSummary } from '../core/committeeSummary';
import type { ImportIssue } from '../core/records';
import type { DomainStatus, MatchResult, ThresholdStatus } from '../core/results';
import type { SheetSource } from '../files';
import {
  DECISION_DOMAIN_LABELS,
  DECISION_DOMAINS,
  DOMAIN_STATUS_WORDS,
  formatLongDate,
  formatObserved,
  formatTarget,
  scenarioHeadline,
  thresholdStatusText,
} from '../local/display';

export interface IssueView {
  sheet: string;
  row: number;
  problem: string;
}

/** What became of each file: read as which sheet, or why not; and the files not readable at all. */
export interface FileNotes {
  sources: SheetSource[];
  unreadable: string[];
}

export interface EvaluationView {
  kind: 'evaluate';
  asOf: string;
  provisional: boolean;
  scenario: number;
  headline: string;
  reasons: string[];
  domains: { label: string; status: DomainStatus; words: string }[];
  thresholds: {
    id: string;
    label: string;
    observed: string;
    target: string;
    n: number;
    status: ThresholdStatus;
    words: string;
    detail: string;
  }[];
  issues: IssueView[];
  notes: FileNotes;
}

export interface MatchView {
  kind: 'match';
  totalScore: number;
  proposals: {
    mentee: string;
    mentor: string;
    score: number;
    percent: number;
    confirmed: boolean;
  }[];
  unmatched: string[];
  ineligible: { email: string; role: string; reason: string }[];
  issues: IssueView[];
  notes: FileNotes;
}

/** An empty programme workbook was made: nothing was read. */
export interface InitView {
  kind: 'init';
}

export type RunView = EvaluationView | MatchView | InitView;

function issuesOf(issues: readonly ImportIssue[]): IssueView[] {
  return issues.map((i) => ({ sheet: i.sheet, row: i.row, problem: i.problem }));
}

export function evaluationView(
  summary: CommitteeSummary,
  issues: readonly ImportIssue[],
  notes: FileNotes,
): EvaluationView {
  return {
    kind: 'evaluate',
    asOf: formatLongDate(summary.asOf),
    provisional: summary.provisional,
    scenario: summary.scenario,
    headline: scenarioHeadline(summary),
    reasons: [...summary.reasons],
    domains: DECISION_DOMAINS.map((d) => ({
      label: DECISION_DOMAIN_LABELS[d],
      status: summary.domains[d],
      words: DOMAIN_STATUS_WORDS[summary.domains[d]],
    })),
    thresholds: summary.thresholds.map((t) => ({
      id: t.id,
      label: t.label,
      observed: formatObserved(t),
      target: formatTarget(t),
      n: t.n,
      status: t.status,
      words: thresholdStatusText(t),
      detail: t.detail,
    })),
    issues: issuesOf(issues),
    notes,
  };
}

export function matchView(
  result: MatchResult,
  issues: readonly ImportIssue[],
  notes: FileNotes,
): MatchView {
  return {
    kind: 'match',
    totalScore: result.totalScore,
    proposals: result.proposals.map((p) => ({
      mentee: p.mentee,
      mentor: p.mentor,
      score: p.score,
      percent: p.percent,
      confirmed: p.confirmed,
    })),
    unmatched: [...result.unmatched],
    ineligible: result.ineligible.map((i) => ({ email: i.email, role: i.role, reason: i.reason })),
    issues: issuesOf(issues),
    notes,
  };
}
