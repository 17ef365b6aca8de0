/** The four-scenario decision (protocol section 7), with the thresholds that decided it. */
import type { DecisionDomain, ProtocolConfig, Scenario } from './config';
import type { IsoDate } from './records';
import type { DomainStatus, ThresholdResult, ThresholdStatus } from './results';
import { percent } from './wording';

export interface Decision {
  provisional: boolean;
  scenario: Scenario;
  recommendation: string;
  domains: Record<DecisionDomain, DomainStatus>;
  reasons: string[];
}

const DECISION_DOMAINS: readonly DecisionDomain[] = ['completion', 'impact', 'feasibility'];

const DOMAIN_NAMES: Record<DecisionDomain, string> = {
  completion: 'Completion',
  impact: 'Impact',
  feasibility: 'Feasibility',
};

const STATUS_WORDS: Record<ThresholdStatus, string> = {
  met: 'met',
  not_met: 'not met',
  pending: 'pending',
  insufficient_data: 'insufficient data (counts as not met)',
};

/** Met when every deciding threshold is met, not met when none is, partial otherwise. */
export function domainStatus(statuses: readonly ThresholdStatus[]): DomainStatus {
  if (statuses.includes('pending')) return 'pending';
  const met = statuses.filter((s) => s === 'met').length;
  if (met === statuses.length) return 'met';
  return met === 0 ? 'not_met' : 'partial';
}

export function scenarioFor(domains: Record<DecisionDomain, DomainStatus>): Scenario {
  const { completion, impact, feasibility } = domains;
  if (completion === 'met' && feasibility === 'met') {
    if (impact === 'met') return 1;
    if (impact === 'partial') return 2;
  }
  const oneShort =
    (completion === 'met') !== (feasibility === 'met') &&
    (completion === 'met' || feasibility === 'met');
  if (oneShort && (impact === 'met' || impact === 'partial')) return 3;
  return 4;
}

function targetWords(t: ThresholdResult): string {
  const share = t.id === 'C1' || t.id === 'C2' || t.id === 'C3' || t.id === 'I4';
  if (t.id === 'C4' || t.id === 'F3') return '';
  return `; target ${share ? percent(t.target) : t.target}`;
}

function describe(t: ThresholdResult, status: ThresholdStatus): string {
  return `${t.id} ${STATUS_WORDS[status]}: ${t.detail}${targetWords(t)}`;
}

export function decide(
  thresholds: readonly ThresholdResult[],
  pilotEnd: IsoDate | null,
  config: ProtocolConfig,
): Decision {
  const deciding = thresholds.filter((t) => !t.aspirational);
  const soFar = (t: ThresholdResult): ThresholdStatus => t.statusSoFar ?? t.status;
  const domains = {} as Record<DecisionDomain, DomainStatus>;
  const domainsSoFar = {} as Record<DecisionDomain, DomainStatus>;
  for (const domain of DECISION_DOMAINS) {
    const own = deciding.filter((t) => t.domain === domain);
    domains[domain] = domainStatus(own.map((t) => t.status));
    domainsSoFar[domain] = domainStatus(own.map(soFar));
  }
  const provisional = DECISION_DOMAINS.some((d) => domains[d] === 'pending');
  const scenario = scenarioFor(domainsSoFar);
  const reasons: string[] = [];
  if (provisional) {
    const pending = deciding.filter((t) => t.status === 'pending').map((t) => t.id);
    const when = pilotEnd ? `the pilot ends on ${pilotEnd}` : 'the pilot end date is not set';
    reasons.push(
      `Provisional: ${pending.length} deciding thresholds are still pending (${pending.join(', ')}); ${when}. The data so far point to scenario ${scenario}.`,
    );
  }
  for (const domain of DECISION_DOMAINS) {
    const own = deciding.filter((t) => t.domain === domain);
    const short = own.filter((t) => soFar(t) !== 'met');
    const status = domainsSoFar[domain].replace('_', ' ');
    reasons.push(
      short.length === 0
        ? `${DOMAIN_NAMES[domain]} ${status}: ${own.map((t) => t.id).join(', ')} all met.`
        : `${DOMAIN_NAMES[domain]} ${status}. ${short.map((t) => describe(t, soFar(t))).join('. ')}.`,
    );
  }
  return {
    provisional,
    scenario,
    recommendation: config.recommendations[scenario],
    domains,
    reasons,
  };
}
