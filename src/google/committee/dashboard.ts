/** The dashboard sidebar's data: provisional decision, thresholds at risk, overdue meetings, open escalations. */
import type { Evaluation } from '../../core/results';
import type { ActionContext } from '../platform/action';
import { STATUS_WORDS } from './committee';
import { listOpenEscalations, type OpenEscalation } from '../escalations/escalations';
import { evaluateToday } from './evaluation';

export interface DashboardData {
  asOf: string;
  provisional: boolean;
  scenario: number;
  recommendation: string;
  domains: { domain: string; status: string }[];
  atRisk: { id: string; label: string; status: string; detail: string }[];
  overdue: { pairId: string; meetings: string }[];
  openEscalations: OpenEscalation[];
  importIssues: number;
  locked: boolean;
  deviations: number;
}

export function dashboardData(ctx: ActionContext): DashboardData {
  return dashboardFrom(evaluateToday(ctx).evaluation, listOpenEscalations(ctx.wb));
}

/** What the dashboard shows of an evaluation and the escalations still open. */
export function dashboardFrom(
  evaluation: Evaluation,
  openEscalations: OpenEscalation[],
): DashboardData {
  return {
    asOf: evaluation.asOf,
    provisional: evaluation.provisional,
    scenario: evaluation.scenario,
    recommendation: evaluation.recommendation,
    domains: Object.entries(evaluation.domains).map(([domain, status]) => ({ domain, status })),
    atRisk: evaluation.thresholds
      .filter(
        (t) => !t.aspirational && (t.status === 'not_met' || t.status === 'insufficient_data'),
      )
      .map((t) => ({ id: t.id, label: t.label, status: STATUS_WORDS[t.status], detail: t.detail })),
    overdue: evaluation.completion.pairs
      .filter((p) => p.overdue.length > 0)
      .map((p) => ({
        pairId: p.pairId,
        meetings: p.overdue
          .map((o) => `meeting ${o.meeting} overdue since ${o.overdueSince}`)
          .join('; '),
      })),
    openEscalations,
    importIssues: evaluation.importIssues.length,
    locked: evaluation.lock.locked,
    deviations: evaluation.lock.deviations.length,
  };
}
