/** The outcome statistics of protocol section 8. */
export { pairedStatistics } from './paired';
export type { PairedStatistics, ScorePair } from './paired';
export { holmAdjust } from './holm';
export { wilcoxonSignedRankP } from './wilcoxon';
export { rankBiserial } from './rankBiserial';
export { mean, sampleSd } from './describe';
