/** The short plain-text summaries the command line prints after a run. */
import { DEFAULT_CONFIG, maxScore, type ProtocolConfig } from '../core/config';
import type { ImportIssue } from '../core/records';
import type { Evaluation, MatchResult } from '../core/results';
import type { ProtocolInForce } from './protocolSheets';
import {
  DECISION_DOMAIN_LABELS,
  DECISION_DOMAINS,
  DOMAIN_STATUS_WORDS,
  thresholdStatusText,
  formatChange,
  formatObserved,
  formatTarget,
  scenarioHeadline,
} from './display';

/** Which configuration the run used, and whether it was locked before launch. */
export function formatProtocolLine(protocol: ProtocolInForce): string {
  const { lock } = protocol;
  const source = protocol.fromSheet
    ? "the trust's configuration from the protocol sheet"
    : "the protocol's defaults";
  const state = lock.locked
    ? `locked${lock.lockedAt ? ` on ${lock.lockedAt}` : ''}${lock.hash ? ` (SHA-256 ${lock.hash.slice(0, 12)}…)` : ''}`
    : 'not locked';
  const deviations = lock.deviations.length
    ? `; ${lock.deviations.length} deviation${lock.deviations.length === 1 ? '' : 's'} recorded`
    : '';
  return `Protocol: ${source}, ${state}${deviations}`;
}

/** Import issues shown in the terminal; the rest are in the JSON file. */
export const ISSUES_SHOWN = 5;

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return rows.map((r) =>
    `  ${r.map((cell, col) => cell.padEnd(widths[col])).join('  ')}`.trimEnd(),
  );
}

function points(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function formatImportIssues(issues: readonly ImportIssue[], allIn: string): string[] {
  if (issues.length === 0) return ['Import issues: none'];
  const shown = issues.slice(0, ISSUES_SHOWN).map((i) => `  ${i.sheet} row ${i.row}: ${i.problem}`);
  const rest = issues.length > ISSUES_SHOWN ? `first ${ISSUES_SHOWN} below; ` : '';
  return [`Import issues: ${issues.length} (${rest}see ${allIn} for all)`, ...shown];
}

export function formatMatchReport(
  result: MatchResult,
  issues: readonly ImportIssue[],
  written: string,
  config: ProtocolConfig = DEFAULT_CONFIG,
): string {
  const max = maxScore(config);
  const lines = [
    `Total score: ${points(result.totalScore)} points over ${result.proposals.length} pairs`,
    '',
  ];
  if (result.proposals.length === 0) {
    lines.push('Proposals: none');
  } else {
    lines.push('Proposals (mentee → mentor, score, per cent):');
    const rows = result.proposals.map((p) => [
      p.mentee,
      '→',
      p.mentor,
      `${points(p.score)}/${max}`,
      `${Math.round(p.percent)}%`,
      p.confirmed ? 'confirmed' : 'proposed',
    ]);
    lines.push(...table(rows));
  }
  lines.push(
    '',
    `Unmatched mentees: ${result.unmatched.length}`,
    `Ineligible applicants: ${result.ineligible.length}`,
    ...formatImportIssues(issues, written),
    '',
    `Written: ${written}`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatEvaluationReport(
  evaluation: Evaluation,
  summaryJsonPath: string,
  files: readonly string[],
): string {
  const domains = DECISION_DOMAINS.map(
    (d) => `${DECISION_DOMAIN_LABELS[d]}: ${DOMAIN_STATUS_WORDS[evaluation.domains[d]]}`,
  );
  const thresholdRows = [
    ['ID', 'Status', 'Observed', 'Target', 'n'],
    ...evaluation.thresholds.map((t) => [
      t.aspirational ? `${t.id}*` : t.id,
      thresholdStatusText(t),
      formatObserved(t),
      formatTarget(t),
      String(t.n),
    ]),
  ];
  const lines = [
    `Decision as of ${evaluation.asOf}`,
    `  ${scenarioHeadline(evaluation)}`,
    '',
    `Domains: ${domains.join(' · ')}`,
    ...evaluation.reasons.map((r) => `  - ${r}`),
    '',
    'Thresholds:',
    ...table(thresholdRows),
  ];
  if (evaluation.thresholds.some((t) => t.aspirational))
    lines.push('  * aspirational: shown, never decides');
  lines.push(
    '',
    `Overall mean change across the eleven domains: ${formatChange(evaluation.overallMeanChange)}`,
    ...formatImportIssues(evaluation.importIssues, summaryJsonPath),
    '',
    'Written:',
    ...files.map((f) => `  ${f}`),
  );
  return `${lines.join('\n')}\n`;
}
