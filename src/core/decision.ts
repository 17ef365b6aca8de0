/** The four-scenario decision (protocol section 7), with the thresholds that decided it. */
import type { DecisionDomain, ProtocolConfig, Scenario, ThresholdId } from './config';
import type { IsoDate } from './records';
import type { DomainStatus, ThresholdResult, ThresholdStatus } from './results';
import { percent } from './wording';

export interface Decision {
  provisional: boolean;
  scenario: Scenario;
  recommendation: string;
  domains: Record<DecisionDomain, DomainStatus>;
  /** What the data so far give per domain (never pending); equals `domains` once decided. */
  domainsSoFar: Record<DecisionDomain, DomainStatus>;
  /**
   * The domains the scenario rests on: those short of met so far (what keeps it from
   * scenario 1), or all three when every one is met so far.
   */
  scenarioRestsOn: DecisionDomain[];
  /** Deciding thresholds whose data so far say not met or insufficient (pending ones included). */
  atRisk: ThresholdId[];
  reasons: string[];
}

export const DECISION_DOMAINS: readonly DecisionDomain[] = ['completion', 'impact', 'feasibility'];

export const DOMAIN_NAMES: Record<DecisionDomain, string> = {
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

const DOMAIN_WORDS: Record<DomainStatus, string> = {
  met: 'met',
  partial: 'partially met',
  not_met: 'not met',
  pending: 'pending',
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

/** What the data so far say of a threshold, pending or not. */
export function statusSoFar(t: Pick<ThresholdResult, 'status' | 'statusSoFar'>): ThresholdStatus {
  return t.statusSoFar ?? t.status;
}

/** A threshold is at risk when its data so far fall short, whether or not it is still pending. */
export function isAtRisk(t: Pick<ThresholdResult, 'status' | 'statusSoFar'>): boolean {
  const soFar = statusSoFar(t);
  return soFar === 'not_met' || soFar === 'insufficient_data';
}

function targetWords(t: ThresholdResult): string {
  const share = t.id === 'C1' || t.id === 'C2' || t.id === 'C3' || t.id === 'I4';
  if (t.id === 'C4' || t.id === 'F3') return '';
  return `; target ${share ? percent(t.target) : t.target}`;
}

/** "I3 not met so far: …; target 7": a pending threshold is never said to be met or not met outright. */
function describeShort(t: ThresholdResult): string {
  const soFar = statusSoFar(t);
  const words = soFar === 'insufficient_data' ? 'insufficient data' : STATUS_WORDS[soFar];
  const when = t.status === 'pending' ? ' so far' : '';
  const counts = soFar === 'insufficient_data' ? ' (counts as not met)' : '';
  return `${t.id} ${words}${when}${counts}: ${t.detail}${targetWords(t)}`;
}

function ids(thresholds: readonly ThresholdResult[]): string {
  return thresholds.map((t) => t.id).join(', ');
}

/** The met thresholds of a domain: decided ones as met, pending ones as met so far. */
function metWords(met: readonly ThresholdResult[], everyOne: boolean): string[] {
  const decided = met.filter((t) => t.status === 'met');
  const pending = met.filter((t) => t.status === 'pending');
  const all = everyOne && pending.length === 0 ? 'all ' : '';
  const parts: string[] = [];
  if (decided.length) parts.push(`${ids(decided)} ${all}met`);
  if (pending.length) parts.push(`${ids(pending)} met so far, still pending`);
  return parts;
}

function domainReason(
  domain: DecisionDomain,
  own: readonly ThresholdResult[],
  status: DomainStatus,
  soFar: DomainStatus,
): string {
  const name = DOMAIN_NAMES[domain];
  const heading =
    status === 'pending'
      ? `${name} pending (so far ${DOMAIN_WORDS[soFar]})`
      : `${name} ${DOMAIN_WORDS[status]}`;
  const met = own.filter((t) => statusSoFar(t) === 'met');
  const short = own.filter((t) => statusSoFar(t) !== 'met');
  const metText = metWords(met, short.length === 0).join('; ');
  const shortText = short.map(describeShort).join('. ');
  if (short.length === 0) return `${heading}: ${metText}.`;
  return `${heading}. ${shortText}.${metText ? ` ${metText[0].toUpperCase()}${metText.slice(1)}.` : ''}`;
}

function restsOn(domainsSoFar: Record<DecisionDomain, DomainStatus>): DecisionDomain[] {
  const short = DECISION_DOMAINS.filter((d) => domainsSoFar[d] !== 'met');
  return short.length ? short : [...DECISION_DOMAINS];
}

function restsOnWords(
  domains: readonly DecisionDomain[],
  soFar: Record<DecisionDomain, DomainStatus>,
) {
  return domains.map((d) => `${DOMAIN_NAMES[d]} (${DOMAIN_WORDS[soFar[d]]} so far)`).join(', ');
}

export function decide(
  thresholds: readonly ThresholdResult[],
  pilotEnd: IsoDate | null,
  config: ProtocolConfig,
): Decision {
  const deciding = thresholds.filter((t) => !t.aspirational);
  const domains = {} as Record<DecisionDomain, DomainStatus>;
  const domainsSoFar = {} as Record<DecisionDomain, DomainStatus>;
  for (const domain of DECISION_DOMAINS) {
    const own = deciding.filter((t) => t.domain === domain);
    domains[domain] = domainStatus(own.map((t) => t.status));
    domainsSoFar[domain] = domainStatus(own.map(statusSoFar));
  }
  const provisional = DECISION_DOMAINS.some((d) => domains[d] === 'pending');
  const scenario = scenarioFor(domainsSoFar);
  const scenarioRestsOn = restsOn(domainsSoFar);
  const reasons: string[] = [];
  if (provisional) {
    const pending = deciding.filter((t) => t.status === 'pending').map((t) => t.id);
    const when = pilotEnd ? `the pilot ends on ${pilotEnd}` : 'the pilot end date is not set';
    reasons.push(
      `Provisional: ${pending.length} deciding thresholds are still pending (${pending.join(', ')}); ${when}. ` +
        `The data so far point to scenario ${scenario}, resting on ${restsOnWords(scenarioRestsOn, domainsSoFar)}.`,
    );
  }
  for (const domain of DECISION_DOMAINS) {
    const own = deciding.filter((t) => t.domain === domain);
    reasons.push(domainReason(domain, own, domains[domain], domainsSoFar[domain]));
  }
  return {
    provisional,
    scenario,
    recommendation: config.recommendations[scenario],
    domains,
    domainsSoFar,
    scenarioRestsOn,
    atRisk: deciding.filter(isAtRisk).map((t) => t.id),
    reasons,
  };
}
