/**
 * The committee summary of the sample programme made as the command line makes it: read,
 * evaluated, explained and stamped (at a fixed generation time, so files repeat).
 */
import { committeeSummary, type CommitteeSummary } from '../../src/core/committeeSummary';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { evaluateProgramme } from '../../src/core/evaluate';
import { explain } from '../../src/core/explain';
import { readProgramme } from '../../src/core/readProgramme';
import type { IsoDate, RawTables } from '../../src/core/records';
import { reproduceCommand, reproducibilityStamp } from '../../src/core/stamp';
import { readTablesFromPath } from '../../src/local/readTables';
import { SAMPLE_DIR, addDays } from '../browser/support/cohort';

export const GENERATED_AT = new Date('2026-11-02T09:30:00Z');

export interface Sample {
  tables: RawTables;
  pilotStart: IsoDate;
  pilotEnd: IsoDate;
  summaryAsOf(asOf: IsoDate): CommitteeSummary;
}

export async function loadSample(folder = SAMPLE_DIR): Promise<Sample> {
  const tables = await readTablesFromPath(folder);
  const read = readProgramme(tables);
  const { pilotStart, pilotEnd } = read.records.programme;
  if (pilotStart === null || pilotEnd === null) throw new Error('the sample has no pilot dates');
  const lock = { locked: false, hash: null, lockedAt: null, lockedBy: null, deviations: [] };
  return {
    tables,
    pilotStart,
    pilotEnd,
    summaryAsOf(asOf) {
      const evaluation = evaluateProgramme(read.records, { asOf, importIssues: read.issues });
      const explanation = explain(evaluation, DEFAULT_CONFIG, {
        minCount: DEFAULT_CONFIG.minAnswersForMeasure,
      });
      const stamp = reproducibilityStamp({
        dyadVersion: '0.1.0',
        tables,
        config: DEFAULT_CONFIG,
        lock,
        asOf,
        generatedAt: GENERATED_AT,
        command: reproduceCommand(folder, asOf, 'out'),
      });
      return committeeSummary(evaluation, { stamp, explanation });
    },
  };
}

/** The as-of dates the sample is read at: after the pilot (final) and during it (provisional). */
export function sampleDates(sample: Sample): { final: IsoDate; provisional: IsoDate } {
  return { final: addDays(sample.pilotEnd, 30), provisional: addDays(sample.pilotStart, 100) };
}
