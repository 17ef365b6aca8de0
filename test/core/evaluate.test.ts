import { evaluateProgramme } from '../../src/core/evaluate';
import type { ProgrammeRecords } from '../../src/core/records';
/* Every expected value below is worked out by hand from the protocol, never with the engine. */
import type { Evaluation, ThresholdResult } from '../../src/core/results';
import {
  checkIn,
  escalation,
  menteeFeedback,
  mentorFeedback,
  scores,
  settings,
  successfulPilot,
} from './builders';

const AFTER_END = '2026-08-01';
const evaluate = (records: ProgrammeRecords, asOf = AFTER_END) =>
  evaluateProgramme(records, { asOf });
const threshold = (e: Evaluation, id: string): ThresholdResult => {
  const found = e.thresholds.find((t) => t.id === id);
  if (!found) throw new Error(`no threshold ${id}`);
  return found;
};

describe('the decision', () => {
  it('scenario 1 when every deciding threshold is met', () => {
    const e = evaluate(successfulPilot());
    expect(e.thresholds.filter((t) => !t.aspirational).map((t) => [t.id, t.status])).toEqual(
      ['C1', 'C3', 'C4', 'I1', 'I2', 'I3', 'I4', 'F1', 'F2', 'F3', 'F4'].map((id) => [id, 'met']),
    );
    expect(e).toMatchObject({
      provisional: false,
      scenario: 1,
      recommendation: 'Proceed to Cohort 2 with minor refinements',
      domains: { completion: 'met', impact: 'met', feasibility: 'met' },
    });
    expect(e.overallMeanChange).toBe(2);
  });

  it('scenario 2 when impact is only partly met', () => {
    const pilot = successfulPilot();
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, usefulness: 5 }));
    const e = evaluate(pilot);
    expect(threshold(e, 'I2')).toMatchObject({ status: 'not_met', observed: 5, n: 10 });
    expect(e.domains.impact).toBe('partial');
    expect(e.scenario).toBe(2);
    expect(e.reasons.join(' ')).toMatch(/I2 not met/);
  });

  it('scenario 3 when completion falls short but feasibility and impact hold', () => {
    const pilot = successfulPilot();
    // Four pairs hold only meeting 1: 6 of 10 pairs reach two meetings.
    const short = new Set([
      'mentee1@nhs.example',
      'mentee2@nhs.example',
      'mentee3@nhs.example',
      'mentee4@nhs.example',
    ]);
    pilot.checkIns = pilot.checkIns.filter((c) => !short.has(c.email) || c.meeting === 1);
    const e = evaluate(pilot);
    expect(threshold(e, 'C1')).toMatchObject({ status: 'not_met', observed: 0.6, n: 10 });
    expect(threshold(e, 'C2')).toMatchObject({ aspirational: true, observed: 0.6, status: 'met' });
    expect(e.domains).toEqual({ completion: 'partial', impact: 'met', feasibility: 'met' });
    expect(e.scenario).toBe(3);
  });

  it('scenario 3 when the admin burden was escalated', () => {
    const pilot = successfulPilot();
    pilot.programme = settings({ adminBurdenEscalated: true });
    const e = evaluate(pilot);
    expect(threshold(e, 'F3')).toMatchObject({ status: 'not_met', observed: 1 });
    expect(e.scenario).toBe(3);
  });

  it('scenario 4 when completion and feasibility both fall short', () => {
    const pilot = successfulPilot();
    pilot.programme = settings({ adminBurdenEscalated: true });
    pilot.escalations = [escalation('E1', 'P01', { status: 'Open', resolvedOn: null })];
    const e = evaluate(pilot);
    expect(threshold(e, 'C4')).toMatchObject({ status: 'not_met', observed: 1, n: 1 });
    expect(e.domains).toEqual({ completion: 'partial', impact: 'met', feasibility: 'partial' });
    expect(e.scenario).toBe(4);
    expect(e.recommendation).toBe('Do not scale; full review; identify root causes');
  });

  it('scenario 4 when impact is not met at all', () => {
    const pilot = successfulPilot();
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({
      ...f,
      domains: scores(4),
      usefulness: 3,
      matchSatisfaction: 3,
      recommend: 3,
    }));
    pilot.mentorFeedback = pilot.mentorFeedback.map((f) => ({ ...f, matchSatisfaction: 3 }));
    const e = evaluate(pilot);
    expect(e.domains.impact).toBe('not_met');
    expect(e.scenario).toBe(4);
  });

  it('is provisional before the pilot ends, with the scenario the data so far point to', () => {
    const pilot = successfulPilot();
    pilot.menteeFeedback = [];
    pilot.mentorFeedback = [];
    const e = evaluate(pilot, '2026-04-20');
    expect(e.provisional).toBe(true);
    expect(e.domains).toEqual({ completion: 'pending', impact: 'pending', feasibility: 'pending' });
    expect(threshold(e, 'F1').status).toBe('met');
    expect(threshold(e, 'F2').status).toBe('met');
    expect(threshold(e, 'I2')).toMatchObject({
      status: 'pending',
      statusSoFar: 'insufficient_data',
    });
    // No feedback yet: the data so far cannot show impact, so they point to scenario 4.
    expect(e.scenario).toBe(4);
    expect(e.reasons[0]).toMatch(/^Provisional/);
  });

  it('points a provisional summary to the scenario its early data support', () => {
    const e = evaluate(successfulPilot(), '2026-07-01');
    expect(e.provisional).toBe(true);
    expect(e.scenario).toBe(1);
    expect(e.thresholds.filter((t) => t.status === 'pending').map((t) => t.id)).toEqual([
      'C1',
      'C2',
      'C3',
      'C4',
      'I1',
      'I2',
      'I3',
      'I4',
      'F4',
    ]);
  });

  it('stays provisional after the end while the mid-pilot review is not recorded', () => {
    const pilot = successfulPilot();
    pilot.programme = settings({ adminBurdenEscalated: null });
    const e = evaluate(pilot);
    expect(threshold(e, 'F3').status).toBe('pending');
    expect(e.domains.feasibility).toBe('pending');
    expect(e.provisional).toBe(true);
    expect(e.scenario).toBe(3);
  });
});

describe('who counts', () => {
  it('lists withdrawals beyond programme control apart and never counts them as failures', () => {
    const pilot = successfulPilot();
    pilot.pairs[0] = {
      ...pilot.pairs[0],
      status: 'Withdrawn',
      beyondControl: true,
      withdrawalDate: '2026-02-10',
    };
    pilot.checkIns = pilot.checkIns.filter(
      (c) => c.email !== 'mentee1@nhs.example' || c.meeting === 1,
    );
    pilot.menteeFeedback[0] = { ...pilot.menteeFeedback[0], usefulness: 1, domains: scores(1) };
    const e = evaluate(pilot);
    expect(e.completion).toMatchObject({
      confirmedPairs: 10,
      evaluablePairs: 9,
      excusedWithdrawals: [{ pairId: 'P01', beyondControl: true }],
    });
    expect(threshold(e, 'C1')).toMatchObject({ observed: 1, n: 9 });
    expect(threshold(e, 'I2')).toMatchObject({ observed: 8, n: 9 });
    expect(e.outcomes[0].n).toBe(9);
  });

  it('counts other withdrawals as evaluable pairs that did not complete', () => {
    const pilot = successfulPilot();
    pilot.pairs[0] = { ...pilot.pairs[0], status: 'Withdrawn', beyondControl: false };
    pilot.checkIns = pilot.checkIns.filter((c) => c.email !== 'mentee1@nhs.example');
    const e = evaluate(pilot);
    expect(e.completion.evaluablePairs).toBe(10);
    expect(e.completion.otherWithdrawals).toHaveLength(1);
    expect(threshold(e, 'C1').observed).toBeCloseTo(0.9, 12);
  });

  it('counts only confirmed pairs: both confirmations and a rationale', () => {
    const pilot = successfulPilot();
    pilot.pairs[0] = { ...pilot.pairs[0], confirmedByTutor: false };
    pilot.pairs[1] = { ...pilot.pairs[1], rationale: '  ' };
    const e = evaluate(pilot);
    expect(e.completion.confirmedPairs).toBe(8);
    expect(e.importIssues.filter((i) => i.sheet === 'check-in')).toHaveLength(6);
  });

  it('marks measures over fewer than three answers as insufficient data', () => {
    const pilot = successfulPilot();
    pilot.menteeFeedback = pilot.menteeFeedback.slice(0, 2);
    pilot.mentorFeedback = pilot.mentorFeedback.slice(0, 2);
    const e = evaluate(pilot);
    expect(threshold(e, 'I2')).toMatchObject({ status: 'insufficient_data', n: 2 });
    expect(threshold(e, 'F4')).toMatchObject({ status: 'insufficient_data', n: 2 });
    expect(threshold(e, 'I1')).toMatchObject({ status: 'insufficient_data', n: 2 });
    expect(threshold(e, 'C3')).toMatchObject({ status: 'not_met', observed: 0.2, n: 10 });
    expect(threshold(e, 'I3')).toMatchObject({ status: 'met', n: 4 });
    expect(e.domains).toEqual({ completion: 'partial', impact: 'partial', feasibility: 'partial' });
    expect(e.scenario).toBe(4);
  });

  it('takes the smaller of the mentee and mentor feedback shares for C3, showing both', () => {
    const pilot = successfulPilot();
    pilot.mentorFeedback = pilot.mentorFeedback.slice(0, 6);
    const c3 = threshold(evaluate(pilot), 'C3');
    expect(c3).toMatchObject({ observed: 0.6, status: 'not_met' });
    expect(c3.parts).toEqual([
      { label: 'Mentees', observed: 1, n: 10 },
      { label: 'Mentors', observed: 0.6, n: 10 },
    ]);
  });

  it('pools mentee and mentor match satisfaction for I3', () => {
    const pilot = successfulPilot(4);
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, matchSatisfaction: 9 }));
    pilot.mentorFeedback = pilot.mentorFeedback
      .slice(0, 2)
      .map((f) => ({ ...f, matchSatisfaction: 3 }));
    const i3 = threshold(evaluate(pilot), 'I3');
    expect(i3).toMatchObject({ observed: 7, n: 6, status: 'met' });
  });

  it('counts the later answer of a person who answered twice, and lists the earlier', () => {
    const pilot = successfulPilot();
    pilot.menteeFeedback.push(
      menteeFeedback('mentee1@nhs.example', { timestamp: Date.UTC(2026, 6, 20), usefulness: 1 }),
    );
    pilot.menteeFeedback[0] = { ...pilot.menteeFeedback[0], timestamp: Date.UTC(2026, 6, 13) };
    const e = evaluate(pilot);
    expect(threshold(e, 'I2').observed).toBeCloseTo((8 * 9 + 1) / 10, 12);
    expect(e.importIssues).toContainEqual(
      expect.objectContaining({ sheet: 'mentee-feedback', row: pilot.menteeFeedback[0].row }),
    );
  });

  it('keeps feedback from people outside evaluable pairs without counting it; unknown emails are issues', () => {
    const pilot = successfulPilot();
    pilot.mentorFeedback.push(mentorFeedback('stranger@elsewhere.example', { adminEase: 1 }));
    const e = evaluate(pilot);
    expect(threshold(e, 'F4')).toMatchObject({ observed: 7, n: 10 });
    expect(e.importIssues).toContainEqual(
      expect.objectContaining({
        sheet: 'mentor-feedback',
        problem: expect.stringMatching(/not an applicant/),
      }),
    );
  });

  it('lets the later of two check-ins for one meeting count, listing it', () => {
    const pilot = successfulPilot();
    const again = checkIn('mentee1@nhs.example', 1, { safety: 2 });
    pilot.checkIns.push(again);
    const e = evaluate(pilot);
    expect(e.importIssues).toContainEqual(
      expect.objectContaining({
        sheet: 'check-in',
        row: again.row,
        problem: expect.stringMatching(/Meeting 1 of pair P01/),
      }),
    );
    expect(e.level3.pairs[0].safetyMeeting1).toBe(2);
    expect(e.completion.pairs[0].meetingsHeld).toEqual([1, 2, 3]);
  });

  it('lists a check-in from an unknown email and keeps going', () => {
    const pilot = successfulPilot();
    const stray = checkIn('who@nowhere.example', 2);
    pilot.checkIns.push(stray);
    expect(evaluate(pilot).importIssues).toContainEqual({
      sheet: 'check-in',
      row: stray.row,
      problem: expect.stringMatching(/not the mentee of a confirmed pair/),
    });
  });
});

describe('meetings due and overdue', () => {
  it('lists structured meetings due from their month and overdue 14 days after', () => {
    const pilot = successfulPilot(3);
    pilot.checkIns = pilot.checkIns.filter((c) => c.meeting === 1);
    // Start 12 January: meeting 2 due 12 April, overdue from 26 April.
    const onDue = evaluate(pilot, '2026-04-12').completion.pairs[0];
    expect(onDue).toMatchObject({ due: [2], overdue: [] });
    const late = evaluate(pilot, '2026-04-26').completion.pairs[0];
    expect(late.overdue).toEqual([{ meeting: 2, dueOn: '2026-04-12', overdueSince: '2026-04-26' }]);
    expect(evaluate(pilot, '2026-04-11').completion.pairs[0].due).toEqual([]);
  });
});

describe('outcomes and Level 3 evidence', () => {
  it('computes each domain over mentees with both answers, Holm-adjusted', () => {
    // Eight mentees, baseline 4 and end 6 in every domain (d = 2 each) except wellbeing:
    // baseline 5; mentee 1 left it blank at the end; mentees 2–8 end 6, 7, 4, 8, 5, 9, 3.
    const pilot = successfulPilot(8);
    pilot.menteeApplications = pilot.menteeApplications.map((a) => ({
      ...a,
      baseline: { ...a.baseline, wellbeing: 5 },
    }));
    const ends = [0, 6, 7, 4, 8, 5, 9, 3];
    pilot.menteeFeedback = pilot.menteeFeedback.map((f, i) => ({
      ...f,
      domains: { ...f.domains, wellbeing: ends[i] },
    }));
    delete pilot.menteeFeedback[0].domains.wellbeing;
    const e = evaluate(pilot);
    const wellbeing = e.outcomes.find((o) => o.key === 'wellbeing');
    // d = 1, 2, −1, 3, 0, 4, −2 over n = 7: mean 1, SD √(28/6), 4 of 7 improved.
    // Zero dropped, |d| ranks 1.5, 3.5, 1.5, 5, 6, 3.5: V = 1.5 + 3.5 + 5 + 6 = 16, negatives 5:
    // rank-biserial (16 − 5)/21. Ties: normal, σ² = 6·7·13/24 − (6 + 6)/48 = 22.5,
    // z' = (16 − 10.5 − 0.5)/√22.5 = 1.0540925534, p = 2(1 − Φ(z')) = 0.2918405451.
    expect(wellbeing).toMatchObject({ n: 7, baselineMean: 5, endMean: 6, meanChange: 1 });
    expect(wellbeing?.sdChange).toBeCloseTo(Math.sqrt(28 / 6), 12);
    expect(wellbeing?.improvedShare).toBeCloseTo(4 / 7, 12);
    expect(wellbeing?.rankBiserial).toBeCloseTo(11 / 21, 12);
    expect(wellbeing?.wilcoxonP).toBeCloseTo(0.2918405451, 9);
    // The ten other domains: d = 2 for all 8, one tie group: V = 36, σ² = 8·9·17/24 −
    // (8³ − 8)/48 = 40.5, z' = (36 − 18 − 0.5)/√40.5, p = 0.0059620785.
    // Holm over 11 p-values: 11 × 0.0059620785 = 0.0655828639 for the ten; wellbeing keeps
    // max(0.0655828639, 1 × 0.2918405451).
    for (const o of e.outcomes.filter((x) => x.key !== 'wellbeing')) {
      expect(o.wilcoxonP).toBeCloseTo(0.0059620785, 9);
      expect(o.holmP).toBeCloseTo(0.0655828639, 9);
    }
    expect(wellbeing?.holmP).toBeCloseTo(0.2918405451, 9);
  });

  it('reports psychological safety and goal progress from meeting 1 to 3', () => {
    const pilot = successfulPilot(3);
    pilot.checkIns = pilot.checkIns.map((c) =>
      c.meeting === 1
        ? { ...c, safety: 4, goalProgress: [3, 5, null] }
        : c.meeting === 3
          ? { ...c, safety: 8, goalProgress: [7, 9, null] }
          : c,
    );
    const { level3 } = evaluate(pilot);
    expect(level3.pairs[0]).toEqual({
      pairId: 'P01',
      safetyMeeting1: 4,
      safetyMeeting3: 8,
      safetyChange: 4,
      goalMeeting1: 4,
      goalMeeting3: 8,
      goalChange: 4,
    });
    expect(level3.safety).toEqual({ n: 3, meanMeeting1: 4, meanMeeting3: 8, meanChange: 4 });
  });

  it('lists a raised concern with no escalation row', () => {
    const pilot = successfulPilot(3);
    pilot.checkIns[1] = { ...pilot.checkIns[1], concern: true };
    const e = evaluate(pilot);
    expect(e.importIssues).toContainEqual(
      expect.objectContaining({ problem: expect.stringMatching(/concern was raised/) }),
    );
    pilot.escalations = [escalation('E1', 'P01')];
    expect(evaluate(pilot).importIssues).toEqual([]);
  });
});
