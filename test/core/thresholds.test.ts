/** Thresholds and the decision at the edges the protocol names (sections 6 and 7). */
import { evaluateProgramme } from '../../src/core/evaluate';
import type { Evaluation, ThresholdResult } from '../../src/core/results';
import {
  checkIn,
  mentee,
  menteeFeedback,
  mentor,
  mentorFeedback,
  pair,
  records,
  settings,
} from './builders';

const threshold = (e: Evaluation, id: string): ThresholdResult => {
  const found = e.thresholds.find((t) => t.id === id);
  if (!found) throw new Error(`no threshold ${id}`);
  return found;
};

/**
 * Four pairs over two mentors of capacity 2; all three meetings held; feedback from all four
 * mentees (usefulness, satisfaction, recommend 8) and both mentors (satisfaction 8, ease 7);
 * baseline 4, end 6 everywhere; two target pairs.
 */
function fourPairsTwoMentors() {
  const mentees = [1, 2, 3, 4].map((i) => `mentee${i}@nhs.example`);
  const mentors = ['mentor-a@nhs.example', 'mentor-b@nhs.example'];
  const mentorOf = (i: number) => mentors[i < 2 ? 0 : 1];
  return records({
    menteeApplications: mentees.map((m) => mentee(m)),
    mentorApplications: mentors.map((m) => mentor(m, { capacity: 2 })),
    pairs: mentees.map((m, i) => pair(`P${i + 1}`, m, mentorOf(i))),
    checkIns: mentees.flatMap((m) => ([1, 2, 3] as const).map((n) => checkIn(m, n))),
    menteeFeedback: mentees.map((m) => menteeFeedback(m)),
    mentorFeedback: mentors.map((m) => mentorFeedback(m)),
    programme: settings({ targetPairs: 2 }),
  });
}

describe('C3 feedback completion', () => {
  it('is insufficient data when the mentor share is taken over 2 mentors, n the smaller base', () => {
    const e = evaluateProgramme(fourPairsTwoMentors(), { asOf: '2026-08-01' });
    // Mentees 4 of 4 (100%), mentors 2 of 2 (100%): the mentor base 2 is under 3.
    expect(threshold(e, 'C3')).toMatchObject({ status: 'insufficient_data', observed: 1, n: 2 });
    expect(threshold(e, 'C3').parts).toEqual([
      { label: 'Mentees', observed: 1, n: 4 },
      { label: 'Mentors', observed: 1, n: 2 },
    ]);
    // Completion: C1 met (4/4), C3 insufficient, C4 met → partial.
    // Impact: I1 +2 over 4, I2 8 over 4, I3 8 over 6 answers, I4 4/4 → met.
    // Feasibility: F1 2 ≥ 1.6, F2 4 ≥ 2, F3 not escalated, F4 ease over 2 mentors → partial.
    expect(e.domains).toEqual({ completion: 'partial', impact: 'met', feasibility: 'partial' });
    // Neither completion nor feasibility fully met: scenario 4, not 3.
    expect(e.scenario).toBe(4);
  });

  it('is judged when both bases reach 3, n the smaller', () => {
    const pilot = fourPairsTwoMentors();
    pilot.mentorApplications.push(mentor('mentor-c@nhs.example', { capacity: 2 }));
    pilot.pairs[3] = pair('P4', 'mentee4@nhs.example', 'mentor-c@nhs.example');
    pilot.mentorFeedback.push(mentorFeedback('mentor-c@nhs.example'));
    const e = evaluateProgramme(pilot, { asOf: '2026-08-01' });
    // Mentees 4 of 4, mentors 3 of 3: both shares 100% over bases 4 and 3.
    expect(threshold(e, 'C3')).toMatchObject({ status: 'met', observed: 1, n: 3 });
  });

  it('takes n from the mentor base even when the mentee share is the smaller', () => {
    const pilot = fourPairsTwoMentors();
    pilot.menteeFeedback = pilot.menteeFeedback.slice(0, 3);
    const e = evaluateProgramme(pilot, { asOf: '2026-08-01' });
    // Mentees 3 of 4 (75%), mentors 2 of 2: observed 0.75, n = 2, insufficient.
    expect(threshold(e, 'C3')).toMatchObject({
      status: 'insufficient_data',
      observed: 0.75,
      n: 2,
    });
  });
});
