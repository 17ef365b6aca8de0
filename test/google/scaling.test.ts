/** The spreadsheet calls of each Lead action do not grow with the cohort (batched reads and writes). */
import { runCohort } from './support/cohort';
import { DIST, ensureBuilt } from './support/build';

beforeAll(() => ensureBuilt(), 120000);

test('import, propose, evaluate and the committee summary make as many calls at 40 pairs as at 4', () => {
  const small = runCohort(DIST, 4);
  const large = runCohort(DIST, 40);
  expect(large.calls).toEqual(small.calls);
  for (const calls of Object.values(large.calls)) expect(calls).toBeLessThan(200);
}, 120000);
