/** Who may take part (protocol section 2): everyone is kept; the ineligible get a reason in words. */
import type { ProtocolConfig } from './config';
import type { MenteeApplication, MentorApplication, ProgrammeRecords } from './records';
import type { IneligibleApplicant } from './results';

/** Reasons a mentee cannot take part; empty when eligible. */
export function menteeIneligibility(app: MenteeApplication, config: ProtocolConfig): string[] {
  const reasons: string[] = [];
  if (!app.email) reasons.push('no readable email address');
  if (!app.consent) reasons.push('no consent');
  const ledGrade = app.grade !== null && config.menteeEligibleGrades.includes(app.grade);
  if (app.img !== true && !ledGrade) {
    reasons.push(
      app.img === false
        ? 'primary medical qualification obtained in the UK and not a locally employed doctor'
        : 'not known to be an international medical graduate or a locally employed doctor',
    );
  }
  return reasons;
}

/** Reasons a mentor cannot take part; empty when eligible. */
export function mentorIneligibility(app: MentorApplication, config: ProtocolConfig): string[] {
  const reasons: string[] = [];
  if (!app.email) reasons.push('no readable email address');
  if (!app.consent) reasons.push('no consent');
  const rule = config.mentorEligibility;
  if (app.grade === null) {
    reasons.push('grade not given');
  } else if (app.grade === rule.experiencedGrade) {
    if (app.monthsNhs === null) {
      reasons.push(
        `${app.grade} without months of NHS experience given (at least ${rule.minMonthsNhs} needed)`,
      );
    } else if (app.monthsNhs < rule.minMonthsNhs) {
      reasons.push(
        `${app.grade} with ${app.monthsNhs} months of NHS experience (at least ${rule.minMonthsNhs} needed)`,
      );
    }
  } else if (!rule.grades.includes(app.grade)) {
    reasons.push(`grade ${app.grade} cannot mentor in this programme`);
  }
  return reasons;
}

export interface ApplicantPool {
  /** Eligible, current (not superseded) applications, ordered by email. */
  mentees: MenteeApplication[];
  mentors: MentorApplication[];
  ineligible: IneligibleApplicant[];
  /** Current applications, eligible or not, by email. */
  menteeByEmail: Map<string, MenteeApplication>;
  mentorByEmail: Map<string, MentorApplication>;
}

const byEmail = <T extends { email: string }>(a: T, b: T): number =>
  a.email < b.email ? -1 : a.email > b.email ? 1 : 0;

export function applicantPool(records: ProgrammeRecords, config: ProtocolConfig): ApplicantPool {
  const currentMentees = records.menteeApplications.filter((a) => !a.superseded).sort(byEmail);
  const currentMentors = records.mentorApplications.filter((a) => !a.superseded).sort(byEmail);
  const ineligible: IneligibleApplicant[] = [];
  const mentees = currentMentees.filter((app) => {
    const reasons = menteeIneligibility(app, config);
    if (reasons.length)
      ineligible.push({ email: app.email, role: 'mentee', reason: reasons.join('; ') });
    return reasons.length === 0;
  });
  const mentors = currentMentors.filter((app) => {
    const reasons = mentorIneligibility(app, config);
    if (reasons.length)
      ineligible.push({ email: app.email, role: 'mentor', reason: reasons.join('; ') });
    return reasons.length === 0;
  });
  return {
    mentees,
    mentors,
    ineligible,
    menteeByEmail: new Map(currentMentees.filter((a) => a.email).map((a) => [a.email, a])),
    mentorByEmail: new Map(currentMentors.filter((a) => a.email).map((a) => [a.email, a])),
  };
}
