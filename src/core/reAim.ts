/** RE-AIM (protocol section 9): reach, effectiveness, adoption, implementation, maintenance. */
import type { ApplicantPool } from './eligibility';
import type { ProgrammeSettings } from './records';
import type { LinkedResponses } from './responses';
import type { ReAim } from './results';

export function reAim(
  pool: ApplicantPool,
  confirmedPairs: number,
  responses: LinkedResponses,
  settings: ProgrammeSettings,
): ReAim {
  const willing = [...responses.mentorFeedback.values()].map((f) => f.willing);
  const count = (answer: 'Yes' | 'Maybe' | 'No') => willing.filter((w) => w === answer).length;
  const answered = willing.filter((w) => w !== null).length;
  return {
    reach: {
      menteeApplications: pool.menteeByEmail.size,
      eligibleMentees: pool.mentees.length,
      mentorApplications: pool.mentorByEmail.size,
      eligibleMentors: pool.mentors.length,
      targetPairs: settings.targetPairs,
      confirmedPairs,
    },
    effectiveness: ['I1', 'I2', 'I3', 'I4'],
    adoption: {
      mentorsResponding: responses.mentorFeedback.size,
      willingYes: count('Yes'),
      willingMaybe: count('Maybe'),
      willingNo: count('No'),
      willingShare: answered > 0 ? count('Yes') / answered : null,
    },
    implementation: ['C1', 'C2', 'C3'],
    maintenance: {
      committeeDecision: settings.committeeDecision,
      committeeDecisionDate: settings.committeeDecisionDate,
    },
  };
}
