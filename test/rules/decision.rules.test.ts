/**
 * Protocol section 7, the decision. The domain rule and the four scenarios are tested on every
 * combination, each expected scenario read off the protocol's first rule that holds; then whole
 * evaluations pin the cases a developer is likely to get wrong.
 */
import type { DecisionDomain } from '../../src/core/config';
import { domainStatus, scenarioFor } from '../../src/core/decision';
import type { DomainStatus, ThresholdStatus } from '../../src/core/results';
import { escalation, settings, successfulPilot } from '../core/builders';
import { AFTER_END, configWith, evaluateAt, PILOT_END, thresholdOf } from './support';

describe('a domain from its deciding thresholds', () => {
  const rows: [ThresholdStatus[], DomainStatus][] = [
    [['met', 'met', 'met'], 'met'], // all met
    [['met', 'met', 'not_met'], 'partial'], // some met
    [['not_met', 'met'], 'partial'],
    [['not_met', 'not_met'], 'not_met'], // none met
    [['met', 'insufficient_data'], 'partial'], // insufficient data counts as not met
    [['insufficient_data', 'insufficient_data'], 'not_met'],
    [['insufficient_data', 'not_met'], 'not_met'],
    [['met', 'pending'], 'pending'], // any pending: pending
    [['not_met', 'pending', 'met'], 'pending'],
    [['met'], 'met'],
    [['not_met'], 'not_met'],
  ];
  it.each(rows)('%j → %s', (statuses, expected) => expect(domainStatus(statuses)).toBe(expected));
});

describe('the scenario is the first rule that holds', () => {
  const S: DomainStatus[] = ['met', 'partial', 'not_met'];
  /**
   * By hand from the protocol: 1 needs all three met; 2 completion and feasibility met, impact
   * partial; 3 exactly one of completion/feasibility short of met (partial or not met), the
   * other met, impact met or partial; 4 otherwise.
   */
  const expected: Record<string, number> = {
    // completion, feasibility, impact
    'met met met': 1,
    'met met partial': 2,
    'met met not_met': 4,
    'met partial met': 3,
    'met partial partial': 3,
    'met partial not_met': 4,
    'met not_met met': 3,
    'met not_met partial': 3,
    'met not_met not_met': 4,
    'partial met met': 3,
    'partial met partial': 3,
    'partial met not_met': 4,
    'not_met met met': 3,
    'not_met met partial': 3,
    'not_met met not_met': 4,
    'partial partial met': 4,
    'partial partial partial': 4,
    'partial partial not_met': 4,
    'partial not_met met': 4,
    'partial not_met partial': 4,
    'partial not_met not_met': 4,
    'not_met partial met': 4,
    'not_met partial partial': 4,
    'not_met partial not_met': 4,
    'not_met not_met met': 4,
    'not_met not_met partial': 4,
    'not_met not_met not_met': 4,
  };
  const rows = S.flatMap((completion) =>
    S.flatMap((feasibility) => S.map((impact) => [completion, feasibility, impact] as const)),
  );
  it.each(rows)('completion %s, feasibility %s, impact %s', (completion, feasibility, impact) => {
    const domains: Record<DecisionDomain, DomainStatus> = { completion, feasibility, impact };
    expect(scenarioFor(domains)).toBe(expected[`${completion} ${feasibility} ${impact}`]);
  });
});

describe('whole evaluations', () => {
  it('scenario 1, final, with the protocol recommendation, when all is met', () => {
    const e = evaluateAt(successfulPilot(10));
    expect(e).toMatchObject({
      provisional: false,
      scenario: 1,
      domains: { completion: 'met', impact: 'met', feasibility: 'met' },
      recommendation: 'Proceed to Cohort 2 with minor refinements',
    });
  });

  it('the aspirational C2 never decides: C2 not met, everything else met, scenario 1', () => {
    // 10 pairs held meetings 1 and 2 only: C1 10/10 met, C2 0/10 not met.
    const pilot = successfulPilot(10);
    pilot.checkIns = pilot.checkIns.filter((c) => c.meeting !== 3);
    const e = evaluateAt(pilot);
    expect(thresholdOf(e, 'C2')).toMatchObject({
      status: 'not_met',
      observed: 0,
      aspirational: true,
    });
    expect(e.domains.completion).toBe('met');
    expect(e.scenario).toBe(1);
  });

  it('scenario 3 with completion not met at all, feasibility and impact met', () => {
    // C1 0/10, C3 mentees 6/10, C4 one open: none of the deciding completion thresholds met.
    // Impact still met over the 6 mentee answers (I1 +2, I2 8, I3 8, I4 6/6), feasibility met.
    const pilot = successfulPilot(10);
    pilot.checkIns = pilot.checkIns.filter((c) => c.meeting === 1); // C1 0/10
    pilot.escalations = [escalation('E1', 'P01', { status: 'Open', resolvedOn: null })]; // C4 1
    pilot.menteeFeedback = pilot.menteeFeedback.slice(0, 6); // C3 mentees 6/10 = 0.6 < 0.7
    const e = evaluateAt(pilot);
    expect(['C1', 'C3', 'C4'].map((id) => thresholdOf(e, id).status)).toEqual([
      'not_met',
      'not_met',
      'not_met',
    ]);
    expect(e.domains).toEqual({ completion: 'not_met', impact: 'met', feasibility: 'met' });
    expect(e.scenario).toBe(3);
    expect(e.recommendation).toBe('Run revised Cohort 1b with structural changes before scale-up');
  });

  it('scenario 3 with impact partial and completion short', () => {
    const pilot = successfulPilot(10);
    pilot.checkIns = pilot.checkIns.filter((c) => c.meeting === 1); // C1 0/10: completion partial
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, usefulness: 6 })); // I2 6 < 7
    const e = evaluateAt(pilot);
    expect(e.domains).toEqual({ completion: 'partial', impact: 'partial', feasibility: 'met' });
    expect(e.scenario).toBe(3);
  });

  it('scenario 3 with feasibility short (F1: 7 of 8 mentors needed)', () => {
    const pilot = successfulPilot(10);
    pilot.mentorApplications = pilot.mentorApplications.map((m, i) =>
      i < 3 ? { ...m, consent: false } : m,
    );
    const e = evaluateAt(pilot);
    expect(thresholdOf(e, 'F1')).toMatchObject({ status: 'not_met', observed: 7 });
    expect(e.domains).toEqual({ completion: 'met', impact: 'met', feasibility: 'partial' });
    expect(e.scenario).toBe(3);
  });

  it('scenario 2 when impact is partial and the rest met', () => {
    const pilot = successfulPilot(10);
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, recommend: 6 })); // I4 0/10
    const e = evaluateAt(pilot);
    expect(e.domains).toEqual({ completion: 'met', impact: 'partial', feasibility: 'met' });
    expect(e.scenario).toBe(2);
  });

  it('scenario 4 when impact is not met, whatever else', () => {
    const pilot = successfulPilot(10);
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({
      ...f,
      domains: {},
      usefulness: null,
      matchSatisfaction: null,
      recommend: null,
    }));
    pilot.mentorFeedback = pilot.mentorFeedback.map((f) => ({ ...f, matchSatisfaction: null }));
    const e = evaluateAt(pilot);
    // I1–I4 have no answers: insufficient data, counted as not met.
    expect(e.domains.impact).toBe('not_met');
    expect(e.scenario).toBe(4);
  });

  it('takes its recommendation from the configuration', () => {
    const config = configWith({
      recommendations: { 1: 'Go', 2: 'Go, carefully', 3: 'Revise', 4: 'Stop' },
    });
    const pilot = successfulPilot(10);
    pilot.programme = settings({ adminBurdenEscalated: true });
    expect(evaluateAt(pilot, AFTER_END, config)).toMatchObject({
      scenario: 3,
      recommendation: 'Revise',
    });
  });

  it('names the thresholds that decided it', () => {
    const pilot = successfulPilot(10);
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, usefulness: 6 }));
    const reasons = evaluateAt(pilot).reasons.join(' ');
    expect(reasons).toMatch(/I2/);
  });
});

describe('provisional', () => {
  it('is provisional the day before the pilot end date and final on it', () => {
    const before = evaluateAt(successfulPilot(10), '2026-07-11');
    expect(before).toMatchObject({ provisional: true, scenario: 1 });
    expect(before.reasons[0]).toMatch(/^Provisional/);
    const on = evaluateAt(successfulPilot(10), PILOT_END);
    expect(on).toMatchObject({ provisional: false, scenario: 1 });
  });

  it('shows the scenario the data so far point to', () => {
    const pilot = successfulPilot(10);
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, usefulness: 6 }));
    const e = evaluateAt(pilot, '2026-06-01');
    expect(e.provisional).toBe(true);
    expect(e.domains).toMatchObject({ completion: 'pending', impact: 'pending' });
    expect(e.scenario).toBe(2);
  });

  it('stays provisional while the mid-pilot review is not recorded (F3 pending)', () => {
    const pilot = successfulPilot(10);
    pilot.programme = settings({ adminBurdenEscalated: null });
    const e = evaluateAt(pilot);
    expect(e.domains.feasibility).toBe('pending');
    expect(e.provisional).toBe(true);
  });
});
