/** The short plain-text summaries the command line prints after a run. */
import { DEFAULT_CONFIG, maxScore, type ProtocolConfig } from '../core/config';
import type { Explanation } from '../core/explain';
import { SHEETS } from '../core/instruments';
import type { ImportIssue, ProgrammeRecords } from '../core/records';
import type { Evaluation, MatchResult, Proposal } from '../core/results';
import { plural } from '../core/wording';
import type { ProtocolInForce } from './protocolSheets';
import {
  DECISION_DOMAIN_LABELS,
  DECISION_DOMAINS,
  atRiskItems,
  domainStatusText,
  restsOnText,
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
  const shown = issues
    .slice(0, ISSUES_SHOWN)
    .map((i) => `  ${i.sheet}${i.row > 0 ? ` row ${i.row}` : ''}: ${i.problem}`);
  const rest = issues.length > ISSUES_SHOWN ? `first ${ISSUES_SHOWN} below; ` : '';
  return [`Import issues: ${issues.length} (${rest}see ${allIn} for all)`, ...shown];
}

/** The sheets matching reads: only their issues concern a match run. */
const MATCH_SHEETS: readonly string[] = [
  SHEETS.menteeApplication,
  SHEETS.mentorApplication,
  SHEETS.pairs,
  SHEETS.programme,
];

/** A file-level issue (row 0) may be about any input, so it is always shown. */
export function matchIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return issues.filter((i) => i.row === 0 || MATCH_SHEETS.includes(i.sheet));
}

/** Each applicant's name by email, from their latest application: the Lead's own terminal shows it. */
export function applicantNames(records: ProgrammeRecords): Map<string, string> {
  const names = new Map<string, string>();
  for (const app of [...records.menteeApplications, ...records.mentorApplications]) {
    if (app.email !== '' && !app.superseded && app.fullName.trim() !== '')
      names.set(app.email, app.fullName.trim());
  }
  return names;
}

const naturalOrder = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function proposalRows(
  proposals: readonly Proposal[],
  max: number,
  nameOf: (email: string) => string,
): string[] {
  const rows = proposals.map((p) => {
    const names = [nameOf(p.mentee), nameOf(p.mentor)];
    return [
      p.mentee,
      '→',
      p.mentor,
      `${points(p.score)}/${max}`,
      `${Math.round(p.percent)}%`,
      p.confirmed ? 'confirmed' : 'proposed',
      names.some((n) => n !== '') ? `(${names.map((n) => n || '?').join(' → ')})` : '',
    ];
  });
  return table(rows);
}

function personLine(email: string, nameOf: (email: string) => string): string {
  const name = nameOf(email);
  return name ? `  ${email}  (${name})` : `  ${email}`;
}

export function formatMatchReport(
  result: MatchResult,
  issues: readonly ImportIssue[],
  written: string,
  config: ProtocolConfig = DEFAULT_CONFIG,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const max = maxScore(config);
  const nameOf = (email: string) => names.get(email) ?? '';
  const byMentee = (a: Proposal, b: Proposal) =>
    naturalOrder.compare(nameOf(a.mentee) || a.mentee, nameOf(b.mentee) || b.mentee) ||
    naturalOrder.compare(a.mentee, b.mentee);
  const proposed = result.proposals.filter((p) => !p.confirmed).sort(byMentee);
  const confirmed = result.proposals.filter((p) => p.confirmed).sort(byMentee);
  const byPerson = (a: string, b: string) =>
    naturalOrder.compare(nameOf(a) || a, nameOf(b) || b) || naturalOrder.compare(a, b);
  const lines = [
    `Total score: ${points(result.totalScore)} points over ${result.proposals.length} pairs ` +
      `(${proposed.length} proposed, ${confirmed.length} confirmed)`,
    '',
  ];
  if (proposed.length === 0) lines.push('Proposals to review: none');
  else {
    lines.push('Proposals to review (mentee → mentor, score, per cent):');
    lines.push(...proposalRows(proposed, max, nameOf));
  }
  lines.push('');
  if (confirmed.length === 0) lines.push('Confirmed pairs: none');
  else {
    lines.push('Confirmed pairs, kept as they are:');
    lines.push(...proposalRows(confirmed, max, nameOf));
  }
  const unmatched = [...result.unmatched].sort(byPerson);
  const ineligible = [...result.ineligible].sort(
    (a, b) => a.role.localeCompare(b.role) || byPerson(a.email, b.email),
  );
  lines.push(
    '',
    `Unmatched mentees: ${unmatched.length}`,
    ...unmatched.map((email) => personLine(email, nameOf)),
    `Ineligible applicants: ${ineligible.length}`,
    ...ineligible.map((i) => `${personLine(i.email, nameOf)}, ${i.role}: ${i.reason}`),
  );
  const relevant = matchIssues(issues);
  const others = issues.length - relevant.length;
  lines.push(...formatImportIssues(relevant, written));
  if (others > 0)
    lines.push(
      `  (${plural(others, 'issue')} in check-ins, feedback or escalations left for evaluate; all are in ${written})`,
    );
  lines.push('', `Written: ${written}`);
  return `${lines.join('\n')}\n`;
}

function explanationLines(explanation: Explanation): string[] {
  return [
    '',
    `Outcomes: ${explanation.overallFinding}`,
    ...explanation.domainGroups.map((g) => `  - ${g.sentence}`),
    ...explanation.effectSizeNotes.map((note) => `  Note: ${note}`),
    '  What each statistic means: "How to read this" in summary.html.',
    '',
    explanation.scenarioIntro,
    ...explanation.scenarios.map(
      (s) =>
        `  ${s.reached ? '▶' : ' '} ${s.scenario}. ${s.rule} → ${s.recommendation}${s.mark ? `  [${s.mark}]` : ''}`,
    ),
  ];
}

export function formatEvaluationReport(
  evaluation: Evaluation,
  summaryJsonPath: string,
  files: readonly string[],
  explanation?: Explanation,
): string {
  const domains = DECISION_DOMAINS.map(
    (d) =>
      `${DECISION_DOMAIN_LABELS[d]}: ${domainStatusText(evaluation.domains[d], evaluation.domainsSoFar[d])}`,
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
  const atRisk = atRiskItems(evaluation.thresholds, evaluation.atRisk);
  const restsOn = evaluation.provisional ? restsOnText(evaluation) : '';
  const lines = [
    `Decision as of ${evaluation.asOf}`,
    `  ${scenarioHeadline(evaluation)}`,
    ...(restsOn ? [`  ${restsOn}`] : []),
    `  At risk now: ${atRisk.length ? atRisk.join(', ') : 'none'}`,
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
  );
  if (explanation) lines.push(...explanationLines(explanation));
  lines.push(
    '',
    ...formatImportIssues(evaluation.importIssues, summaryJsonPath),
    '',
    'Written:',
    ...files.map((f) => `  ${f}`),
  );
  return `${lines.join('\n')}\n`;
}
