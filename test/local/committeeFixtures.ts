/** A committee summary as the command line makes it: explained and stamped. */
import { committeeSummary, type CommitteeSummary } from '../../src/core/committeeSummary';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { explain } from '../../src/core/explain';
import type { Evaluation } from '../../src/core/results';
import type { ReproducibilityStamp } from '../../src/core/stamp';
import { makeEvaluation } from './fixtures';

export const FIXTURE_STAMP: ReproducibilityStamp = {
  dyadVersion: '9.8.7',
  programmeName: 'Hull IMG mentorship',
  trust: 'Hull University Teaching Hospitals',
  asOf: '2026-08-10',
  generatedAt: '2026-08-11T07:05:00.000Z',
  inputs: [
    { sheet: 'mentee-application', rows: 15, sha256: '1'.repeat(64) },
    { sheet: 'pairs', rows: 10, sha256: '2'.repeat(64) },
  ],
  configHash: 'c'.repeat(64),
  configLocked: true,
  configLockHash: 'a'.repeat(64),
  command: 'npm run dyad -- evaluate exports --as-of 2026-08-10 --out out',
};

export function makeExplainedSummary(overrides: Partial<Evaluation> = {}): CommitteeSummary {
  const evaluation = makeEvaluation(overrides);
  const explanation = explain(evaluation, DEFAULT_CONFIG, { minCount: 3 });
  return committeeSummary(evaluation, { stamp: FIXTURE_STAMP, explanation });
}
