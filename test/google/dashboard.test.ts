/** The dashboard's thresholds at risk read the data so far, so a provisional decision never hides trouble. */
import { evaluateProgramme } from '../../src/core/evaluate';
import { dashboardFrom } from '../../src/google/committee/dashboard';
import { successfulPilot } from '../core/builders';

function pilotWithLowSatisfaction() {
  const pilot = successfulPilot();
  pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, matchSatisfaction: 5 }));
  pilot.mentorFeedback = pilot.mentorFeedback.map((f) => ({ ...f, matchSatisfaction: 5 }));
  return pilot;
}

describe('the dashboard', () => {
  it('lists a pending threshold failing so far as at risk, and the domain the scenario rests on', () => {
    const data = dashboardFrom(
      evaluateProgramme(pilotWithLowSatisfaction(), { asOf: '2026-07-01' }),
      [],
    );
    expect(data.provisional).toBe(true);
    expect(data.scenario).toBe(2);
    expect(data.atRiskHeading).toBe('Thresholds at risk so far');
    expect(data.atRisk.map((t) => [t.id, t.status])).toEqual([['I3', 'Not met so far']]);
    expect(data.restsOn).toBe('The provisional scenario rests on Impact (partially met so far).');
    expect(data.domains.map((d) => d.status)).toEqual([
      'Completion: pending (so far met)',
      'Impact: pending (so far partially met)',
      'Feasibility: pending (so far met)',
    ]);
  });

  it('reads plainly once the pilot has ended', () => {
    const data = dashboardFrom(
      evaluateProgramme(pilotWithLowSatisfaction(), { asOf: '2026-08-01' }),
      [],
    );
    expect(data.provisional).toBe(false);
    expect(data.atRiskHeading).toBe('Thresholds at risk');
    expect(data.atRisk.map((t) => [t.id, t.status])).toEqual([['I3', 'Not met']]);
    expect(data.restsOn).toBe('');
    expect(data.domains.map((d) => d.status)).toEqual([
      'Completion: met',
      'Impact: partially met',
      'Feasibility: met',
    ]);
  });

  it('lists nothing at risk when every threshold is met so far', () => {
    const data = dashboardFrom(evaluateProgramme(successfulPilot(), { asOf: '2026-07-01' }), []);
    expect(data.atRisk).toEqual([]);
  });
});
