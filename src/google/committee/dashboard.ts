/**
 * The dashboard sidebar's data: the decision so far, the thresholds at risk now (their data so
 * far falling short, pending ones included), the domain a provisional scenario rests on,
 * overdue meetings and open escalations.
 */
import { distinctIssues } from '../import/distinctIssues';
import { DOMAIN_NAMES } from '../../core/decision';
import type { DecisionDomain } from '../../core/config';
import type { DomainStatus, Evaluation, ThresholdResult } from '../../core/results';
import type { ActionContext } from '../platform/action';
import { STATUS_WORDS } from './committee';
import { listOpenEscalations, type OpenEscalation } from '../escalations/escalations';
import { evaluateToday } from './evaluation';

export interface DashboardData {
  asOf: string;
  provisional: boolean;
  scenario: number;
  recommendation: string;
  /** Each domain's status in words, with its so-far status while pending. */
  domains: { domain: string; status: string }[];
  /** "The provisional scenario rests on Impact (partially met so far)."; empty once decided. */
  restsOn: string;
  /** "Thresholds at risk so far" while provisional, "Thresholds at risk" once decided. */
  atRiskHeading: string;
  atRisk: { id: string; label: string; status: string; detail: string }[];
  overdue: { pairId: string; meetings: string }[];
  openEscalations: OpenEscalation[];
  importIssues: number;
  locked: boolean;
  deviations: number;
}

const DOMAIN_WORDS: Record<DomainStatus, string> = {
  met: 'met',
  partial: 'partially met',
  not_met: 'not met',
  pending: 'pending',
};

function domainText(evaluation: Evaluation, domain: DecisionDomain): string {
  const status = evaluation.domains[domain];
  const soFar = evaluation.domainsSoFar[domain];
  const words = `${DOMAIN_NAMES[domain]}: ${DOMAIN_WORDS[status]}`;
  return status === 'pending' ? `${words} (so far ${DOMAIN_WORDS[soFar]})` : words;
}

function restsOn(evaluation: Evaluation): string {
  if (!evaluation.provisional || evaluation.scenarioRestsOn.length === 0) return '';
  const domains = evaluation.scenarioRestsOn.map(
    (d) => `${DOMAIN_NAMES[d]} (${DOMAIN_WORDS[evaluation.domainsSoFar[d]]} so far)`,
  );
  return `The provisional scenario rests on ${domains.join(', ')}.`;
}

/** "Not met so far" for a pending threshold, "Not met" for a decided one. */
function riskStatus(t: ThresholdResult): string {
  const words = STATUS_WORDS[t.statusSoFar];
  return t.status === 'pending' ? `${words} so far` : words;
}

export function dashboardData(ctx: ActionContext): DashboardData {
  return dashboardFrom(evaluateToday(ctx).evaluation, listOpenEscalations(ctx.wb));
}

/** What the dashboard shows of an evaluation and the escalations still open. */
export function dashboardFrom(
  evaluation: Evaluation,
  openEscalations: OpenEscalation[],
): DashboardData {
  const atRisk = new Set<string>(evaluation.atRisk);
  return {
    asOf: evaluation.asOf,
    provisional: evaluation.provisional,
    scenario: evaluation.scenario,
    recommendation: evaluation.recommendation,
    domains: (Object.keys(evaluation.domains) as DecisionDomain[]).map((domain) => ({
      domain,
      status: domainText(evaluation, domain),
    })),
    restsOn: restsOn(evaluation),
    atRiskHeading: evaluation.provisional ? 'Thresholds at risk so far' : 'Thresholds at risk',
    atRisk: evaluation.thresholds
      .filter((t) => atRisk.has(t.id))
      .map((t) => ({ id: t.id, label: t.label, status: riskStatus(t), detail: t.detail })),
    overdue: evaluation.completion.pairs
      .filter((p) => p.overdue.length > 0)
      .map((p) => ({
        pairId: p.pairId,
        meetings: p.overdue
          .map((o) => `meeting ${o.meeting} overdue since ${o.overdueSince}`)
          .join('; '),
      })),
    openEscalations,
    // As import lists them: the programme's import-issues and the private spreadsheet's.
    importIssues: distinctIssues(evaluation.importIssues).length,
    locked: evaluation.lock.locked,
    deviations: evaluation.lock.deviations.length,
  };
}
