/**
 * A cohort of `pairs` mentees and mentors run through the bundle with the fakes, counting the
 * spreadsheet service calls of each Lead action (used by scripts/bench/google-calls.mjs and
 * by the test that calls must not grow with the cohort).
 */
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { formSpecs } from '../../../src/google/setup/formSpecs';
import { AppsScriptRig } from '../fakes/rig';
import { mentorApplication, menteeApplication } from './people';

export interface ActionCalls {
  pairs: number;
  calls: Record<string, number>;
  millis: Record<string, number>;
}

const LEAD = 'lead@nhs.example';
const SPECIALTIES = DEFAULT_CONFIG.specialties;

export function runCohort(distDir: string, pairs: number): ActionCalls {
  const rig = new AppsScriptRig(distDir, {
    user: LEAD,
    now: new Date('2025-08-20T09:00:00Z'),
    mailQuota: 10000,
  });
  const titles = Object.fromEntries(formSpecs(DEFAULT_CONFIG).map((s) => [s.key, s.title]));
  rig.call('setUpProgramme');
  const mentees = rig.fakes.forms._byTitle(titles.menteeApplication);
  const mentors = rig.fakes.forms._byTitle(titles.mentorApplication);
  for (let i = 0; i < pairs; i++) {
    const specialty = SPECIALTIES[i % SPECIALTIES.length];
    mentees._submit(
      `mentee${i}@nhs.example`,
      menteeApplication(`Mentee ${i}`, { Specialty: specialty }),
    );
    mentors._submit(
      `mentor${i}@nhs.example`,
      mentorApplication(`Mentor ${i}`, { Specialty: SPECIALTIES[(i * 7) % SPECIALTIES.length] }),
    );
  }
  const calls: Record<string, number> = {};
  const millis: Record<string, number> = {};
  const measure = (label: string, fn: string) => {
    rig.fakes.env.spreadsheetCalls.reset();
    const start = performance.now();
    rig.call(fn);
    millis[label] = Math.round(performance.now() - start);
    calls[label] = rig.fakes.env.spreadsheetCalls.total;
    const alerts = rig.fakes.sheets.ui.alerts;
    if (alerts.length > 0) throw new Error(`${fn} failed: ${alerts[alerts.length - 1]}`);
  };
  measure('import', 'importResponses');
  measure('propose', 'proposeMatchesForReview');
  measure('evaluate (dashboard)', 'getDashboardData');
  measure('committee summary', 'updateCommitteeSummary');
  return { pairs, calls, millis };
}
