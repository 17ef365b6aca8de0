/** The eight-factor matching matrix (protocol section 4): each factor 0–1, times its weight. */
import { FACTOR_KEYS, maxScore, type FactorKey, type ProtocolConfig } from './config';
import type { MenteeApplication, MentorApplication } from './records';

export interface PairScore {
  /** Points per factor: weight × factor score. */
  factors: Record<FactorKey, number>;
  score: number;
  percent: number;
}

function share(wanted: readonly string[], offered: readonly string[]): number {
  if (wanted.length === 0) return 0;
  let shared = 0;
  for (const item of wanted) if (offered.includes(item)) shared++;
  return shared / wanted.length;
}

function rank(grade: string | null, config: ProtocolConfig): number | null {
  return config.grades.find((g) => g.label === grade)?.rank ?? null;
}

type Scorer = (
  mentee: MenteeApplication,
  mentor: MentorApplication,
  config: ProtocolConfig,
) => number;

const FACTORS: Record<FactorKey, Scorer> = {
  specialty(mentee, mentor, config) {
    if (mentee.specialty === null || mentor.specialty === null) return 0;
    if (mentee.specialty === mentor.specialty) return 1;
    const group = config.specialtyGroups[mentee.specialty];
    return group !== undefined && group === config.specialtyGroups[mentor.specialty] ? 0.5 : 0;
  },
  pathway(mentee, mentor, config) {
    if (mentee.pathway === null) return 0;
    if (mentor.pathways.includes(mentee.pathway)) return 1;
    return mentee.pathway === config.undecidedPathway ? 0.5 : 0;
  },
  needs: (mentee, mentor) => share(mentee.supportAreas, mentor.supportAreas),
  site(mentee, mentor, config) {
    if (mentee.site !== null && mentee.site === mentor.site) return 1;
    const insists =
      mentee.format === config.inPersonFormat || mentor.format === config.inPersonFormat;
    return insists ? 0 : 0.5;
  },
  format(mentee, mentor, config) {
    if (mentee.format === config.eitherFormat || mentor.format === config.eitherFormat) return 1;
    return mentee.format !== null && mentee.format === mentor.format ? 1 : 0;
  },
  availability: (mentee, mentor) => share(mentee.availability, mentor.availability),
  img_preference(mentee, mentor) {
    if (mentee.prefersImgMentor === false) return 1;
    return mentee.prefersImgMentor === true && mentor.img === true ? 1 : 0;
  },
  seniority(mentee, mentor, config) {
    const menteeRank = rank(mentee.grade, config);
    const mentorRank = rank(mentor.grade, config);
    if (menteeRank === null || mentorRank === null) return 0;
    return mentorRank > menteeRank ? 1 : mentorRank === menteeRank ? 0.5 : 0;
  },
};

/** The total alone, for scoring every mentee against every mentor without allocating. */
export function scoreTotal(
  mentee: MenteeApplication,
  mentor: MentorApplication,
  config: ProtocolConfig,
): number {
  let score = 0;
  for (const key of FACTOR_KEYS)
    score += config.factorWeights[key] * FACTORS[key](mentee, mentor, config);
  return score;
}

export function scorePair(
  mentee: MenteeApplication,
  mentor: MentorApplication,
  config: ProtocolConfig,
): PairScore {
  const factors = {} as Record<FactorKey, number>;
  let score = 0;
  for (const key of FACTOR_KEYS) {
    factors[key] = config.factorWeights[key] * FACTORS[key](mentee, mentor, config);
    score += factors[key];
  }
  const max = maxScore(config);
  return { factors, score, percent: max > 0 ? (100 * score) / max : 0 };
}
