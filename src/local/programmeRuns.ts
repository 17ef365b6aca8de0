/**
 * The engine's two runs on a programme that has been read, as every file-based adapter makes
 * them: the command line and the offline page call these, so the same input and as-of date
 * give the same matches, summary and files wherever they are run. No Node API.
 */
import { proposeMatchesInContext } from '../core/alternatives';
import {
  committeeSummary,
  type CommitteeSummary,
  type SummaryContext,
} from '../core/committeeSummary';
import { evaluateProgramme } from '../core/evaluate';
import { explain } from '../core/explain';
import type { ImportIssue, RawTables, ReadResult } from '../core/records';
import type { Evaluation, MatchResult } from '../core/results';
import { reproducibilityStamp } from '../core/stamp';
import { DOMAIN_SHORT_LABELS } from '../core/domainLabels';
import { DYAD_VERSION } from './dyadVersion';
import type { ProtocolInForce } from './protocolSheets';
import { applicantNames, matchIssues } from './terminalReport';

export interface MatchRun {
  result: MatchResult;
  /** Applicants' names by email, for the Lead's own files. */
  names: Map<string, string>;
  /** The issues of the sheets matching reads. */
  issues: ImportIssue[];
}

export function matchRun(read: ReadResult, protocol: ProtocolInForce): MatchRun {
  return {
    result: proposeMatchesInContext(read.records, protocol.config),
    names: applicantNames(read.records),
    issues: matchIssues(read.issues),
  };
}

export interface EvaluationRunInput {
  read: ReadResult;
  protocol: ProtocolInForce;
  /** The raw tables read, hashed sheet by sheet for the reproducibility stamp. */
  tables: RawTables;
  asOf: string;
  generatedAt: Date;
  /** The command that makes the same files again. */
  command: string;
}

export interface EvaluationRun {
  evaluation: Evaluation;
  context: SummaryContext;
  summary: CommitteeSummary;
}

export function evaluationRun(input: EvaluationRunInput): EvaluationRun {
  const { read, protocol, asOf } = input;
  const { config, lock } = protocol;
  const stamp = reproducibilityStamp({
    dyadVersion: DYAD_VERSION,
    tables: input.tables,
    config,
    lock,
    asOf,
    generatedAt: input.generatedAt,
    command: input.command,
  });
  const evaluation = evaluateProgramme(read.records, {
    asOf,
    config,
    importIssues: read.issues,
    lock,
  });
  const explanation = explain(evaluation, config, {
    minCount: config.minCommitteeCount,
    domainName: (key) => DOMAIN_SHORT_LABELS[key],
  });
  const context = { stamp, explanation };
  return { evaluation, context, summary: committeeSummary(evaluation, context) };
}
