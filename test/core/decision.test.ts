/** The decision's so-far reading while the pilot runs (protocol section 7). */
import { evaluateProgramme } from '../../src/core/evaluate';
import { mentorFeedback, successfulPilot } from './builders';

const BEFORE_END = '2026-07-01';
const AFTER_END = '2026-08-01';

describe('a provisional decision', () => {
  it('says what the data so far give, never that a pending threshold is met', () => {
    const e = evaluateProgramme(successfulPilot(), { asOf: BEFORE_END });
    expect(e.domains).toEqual({ completion: 'pending', impact: 'pending', feasibility: 'pending' });
    expect(e.domainsSoFar).toEqual({ completion: 'met', impact: 'met', feasibility: 'met' });
    expect(e.scenarioRestsOn).toEqual(['completion', 'impact', 'feasibility']);
    expect(e.atRisk).toEqual([]);
    expect(e.reasons).toEqual([
      'Provisional: 8 deciding thresholds are still pending (C1, C3, C4, I1, I2, I3, I4, F4); the pilot ends on 2026-07-12. ' +
        'The data so far point to scenario 1, resting on Completion (met so far), Impact (met so far), Feasibility (met so far).',
      'Completion pending (so far met): C1, C3, C4 met so far, still pending.',
      'Impact pending (so far met): I1, I2, I3, I4 met so far, still pending.',
      'Feasibility pending (so far met): F1, F2, F3 met; F4 met so far, still pending.',
    ]);
  });

  it('names the failing threshold and the domain the provisional scenario rests on', () => {
    const pilot = successfulPilot();
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, matchSatisfaction: 5 }));
    pilot.mentorFeedback = pilot.mentorFeedback.map((f) => ({ ...f, matchSatisfaction: 5 }));
    const e = evaluateProgramme(pilot, { asOf: BEFORE_END });
    const i3 = e.thresholds.find((t) => t.id === 'I3');
    expect(i3).toMatchObject({ status: 'pending', statusSoFar: 'not_met', observed: 5, n: 20 });
    expect(e.domainsSoFar).toEqual({ completion: 'met', impact: 'partial', feasibility: 'met' });
    expect(e.scenario).toBe(2);
    expect(e.scenarioRestsOn).toEqual(['impact']);
    expect(e.atRisk).toEqual(['I3']);
    expect(e.reasons[0]).toMatch(
      /point to scenario 2, resting on Impact \(partially met so far\)\.$/,
    );
    expect(e.reasons[2]).toBe(
      'Impact pending (so far partially met). I3 not met so far: Match satisfaction mean 5.0 (mentees 5.0 from 10, mentors 5.0 from 10); target 7. ' +
        'I1, I2, I4 met so far, still pending.',
    );
  });

  it('lists insufficient data as at risk, and every threshold carries its so-far status', () => {
    const pilot = successfulPilot();
    pilot.mentorFeedback = [mentorFeedback('mentor1@nhs.example')];
    const e = evaluateProgramme(pilot, { asOf: BEFORE_END });
    // One mentor answered: C3 is 1 of 10 mentors (not met so far), I3 still pools 11 answers,
    // F4's mean is over 1 answer (insufficient).
    expect(e.atRisk).toEqual(['C3', 'F4']);
    expect(e.scenarioRestsOn).toEqual(['completion', 'feasibility']);
    expect(e.scenario).toBe(4);
    expect(e.reasons[3]).toBe(
      'Feasibility pending (so far partially met). F4 insufficient data so far (counts as not met): ' +
        'Administration ease mean 7.0 from 1 mentor; target 6. F1, F2, F3 met.',
    );
    for (const t of e.thresholds) expect(t.statusSoFar).not.toBe('pending');
  });
});

describe('a final decision', () => {
  it('keeps the plain wording and equals its so-far reading', () => {
    const pilot = successfulPilot();
    pilot.mentorFeedback = pilot.mentorFeedback.map((f) => ({ ...f, adminEase: 4 }));
    const e = evaluateProgramme(pilot, { asOf: AFTER_END });
    expect(e.domainsSoFar).toEqual(e.domains);
    for (const t of e.thresholds) expect(t.statusSoFar).toBe(t.status);
    expect(e.atRisk).toEqual(['F4']);
    expect(e.reasons).toEqual([
      'Completion met: C1, C3, C4 all met.',
      'Impact met: I1, I2, I3, I4 all met.',
      'Feasibility partially met. F4 not met: Administration ease mean 4.0 from 10 mentors; target 6. F1, F2, F3 met.',
    ]);
  });
});
