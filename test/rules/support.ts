/** Shared pieces of the rule tests: a configuration with every number changed, and look-ups. */
import { DEFAULT_CONFIG, type ProtocolConfig } from '../../src/core/config';
import { evaluateProgramme } from '../../src/core/evaluate';
import type { IsoDate, ProgrammeRecords } from '../../src/core/records';
import type { Evaluation, ThresholdResult } from '../../src/core/results';

/** The builders' pilot runs from 2026-01-12 to 2026-07-12. */
export const PILOT_END = '2026-07-12';
export const AFTER_END = '2026-08-01';

/** The protocol's configuration with some parts replaced (thresholds merged, the rest replaced). */
export function configWith(
  over: Partial<Omit<ProtocolConfig, 'thresholds'>> & {
    thresholds?: Partial<ProtocolConfig['thresholds']>;
  } = {},
): ProtocolConfig {
  const { thresholds, ...rest } = over;
  return {
    ...DEFAULT_CONFIG,
    ...rest,
    thresholds: { ...DEFAULT_CONFIG.thresholds, ...thresholds },
  };
}

/**
 * Weights that are all different and none the default, so a factor scored with another
 * factor's weight always changes a total: 3, 5, 7, 11, 13, 17, 19, 23 (sum 98).
 */
export const ODD_WEIGHTS: ProtocolConfig['factorWeights'] = {
  specialty: 3,
  pathway: 5,
  needs: 7,
  site: 11,
  format: 13,
  availability: 17,
  img_preference: 19,
  seniority: 23,
};

export function evaluateAt(
  records: ProgrammeRecords,
  asOf: IsoDate = AFTER_END,
  config: ProtocolConfig = DEFAULT_CONFIG,
): Evaluation {
  return evaluateProgramme(records, { asOf, config });
}

export function thresholdOf(e: Evaluation, id: string): ThresholdResult {
  const found = e.thresholds.find((t) => t.id === id);
  if (!found) throw new Error(`no threshold ${id}`);
  return found;
}

/** Email of the i-th mentee / mentor of `successfulPilot` (1-based). */
export const menteeN = (i: number) => `mentee${i}@nhs.example`;
export const mentorN = (i: number) => `mentor${i}@nhs.example`;
