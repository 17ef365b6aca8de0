/**
 * Match proposals (protocol section 4): the assignment of eligible mentees to eligible mentors
 * that maximises the total score within mentor capacities, with confirmed pairs kept fixed and
 * excluded pairs never proposed.
 */
import { AssignmentTooLargeError, solveAssignment } from './assignment';
import { DEFAULT_CONFIG, FACTOR_KEYS, type FactorKey, type ProtocolConfig } from './config';
import { applicantPool } from './eligibility';
import { isConfirmed, isWithdrawn, pairBook, pairKey } from './pairs';
import type { MenteeApplication, MentorApplication, ProgrammeRecords } from './records';
import type { Alternative, MatchResult, Proposal } from './results';
import { PairScorer, type MentorProfile, type PairScore } from './scoring';

/**
 * Scores become integers for the solver so that its optimum is exact: every factor score is a
 * multiple of 1/840 (shares of up to 8 options, halves), and weights may carry three decimals.
 */
const SCORE_SCALE = 840_000;

/**
 * The most mentee–mentor pairs scored in one run (about 400 MB of scores): beyond it, matching is
 * refused before it starts. Documented in docs/data-checks.md.
 */
export const MAX_SCORED_PAIRS = 50_000_000;

/** A programme too large to match exactly in one run: refused in words before any work. */
export class MatchingLimitError extends Error {}

function solveWithin(
  gains: (number | null)[][],
  capacities: number[],
): ReturnType<typeof solveAssignment> {
  try {
    return solveAssignment({ gains, capacities });
  } catch (error) {
    if (!(error instanceof AssignmentTooLargeError)) throw error;
    throw new MatchingLimitError(
      `${error.rows} eligible mentees are waiting for a mentor, more than can be matched exactly in one run with these factor weights (at most ${error.maxRows}); match them in smaller groups, for example by site, or give the weights fewer decimals`,
    );
  }
}

const NO_SCORE: PairScore = {
  factors: Object.fromEntries(FACTOR_KEYS.map((k) => [k, 0])) as Record<FactorKey, number>,
  score: 0,
  percent: 0,
};

export function proposeMatches(
  records: ProgrammeRecords,
  config: ProtocolConfig = DEFAULT_CONFIG,
): MatchResult {
  const pool = applicantPool(records, config);
  const book = pairBook(records.pairs);
  const mentors = pool.mentors;
  const fixed = book.confirmed.filter((p) => !isWithdrawn(p));
  const placed = new Set(records.pairs.filter(isConfirmed).map((p) => p.menteeEmail));
  const freeMentees = pool.mentees.filter((m) => !placed.has(m.email));
  const fixedLoad = new Map<string, number>();
  for (const p of fixed) fixedLoad.set(p.mentorEmail, (fixedLoad.get(p.mentorEmail) ?? 0) + 1);
  const capacities = mentors.map((m) => Math.max(0, m.capacity - (fixedLoad.get(m.email) ?? 0)));
  // A person who applied in both roles is never their own mentor.
  const allowed = (mentee: MenteeApplication, mentor: MentorApplication): boolean =>
    mentee.email !== mentor.email &&
    (book.excluded.size === 0 || !book.excluded.has(pairKey(mentee.email, mentor.email)));
  const scorer = new PairScorer(config);
  const mentorProfiles: MentorProfile[] = mentors.map((m) => scorer.mentor(m));
  const scoreRow = (mentee: MenteeApplication): (number | null)[] => {
    const profile = scorer.mentee(mentee);
    return mentors.map((mentor, j) =>
      allowed(mentee, mentor) ? scorer.total(profile, mentorProfiles[j]) : null,
    );
  };

  if (freeMentees.length * mentors.length > MAX_SCORED_PAIRS) {
    throw new MatchingLimitError(
      `${freeMentees.length} eligible mentees and ${mentors.length} eligible mentors make ${freeMentees.length * mentors.length} pairs to score, more than the ${MAX_SCORED_PAIRS} one run can score; match them in smaller groups, for example by site`,
    );
  }
  const scores = freeMentees.map(scoreRow);
  const solution = solveWithin(
    scores.map((row) => row.map((s) => (s === null ? null : Math.round(s * SCORE_SCALE)))),
    capacities,
  );
  const alternatives = (row: readonly (number | null)[], chosen: string): Alternative[] =>
    nextBest(
      row,
      (j) => capacities[j] > 0 && mentors[j].email !== chosen,
      config.alternativesShown,
    ).map((j) => ({ mentor: mentors[j].email, score: row[j] as number }));

  const proposals: Proposal[] = [];
  freeMentees.forEach((mentee, i) => {
    const j = solution.columnOf[i];
    if (j === null) return;
    const mentor = mentors[j];
    const score = scorer.explain(scorer.mentee(mentee), mentorProfiles[j]);
    proposals.push(
      proposal(mentee.email, mentor.email, score, alternatives(scores[i], mentor.email), false),
    );
  });
  for (const pair of fixed) {
    const mentee = pool.menteeByEmail.get(pair.menteeEmail);
    const mentor = pool.mentorByEmail.get(pair.mentorEmail);
    const score =
      mentee && mentor ? scorer.explain(scorer.mentee(mentee), scorer.mentor(mentor)) : NO_SCORE;
    const others = mentee ? alternatives(scoreRow(mentee), pair.mentorEmail) : [];
    proposals.push(proposal(pair.menteeEmail, pair.mentorEmail, score, others, true));
  }
  proposals.sort((a, b) => (a.mentee < b.mentee ? -1 : a.mentee > b.mentee ? 1 : 0));

  return {
    totalScore: proposals.reduce((sum, p) => sum + p.score, 0),
    proposals,
    unmatched: freeMentees.filter((_, i) => solution.columnOf[i] === null).map((m) => m.email),
    ineligible: pool.ineligible,
  };
}

/**
 * Indexes of the `count` highest scores among the eligible columns, best first; equal scores
 * keep column order (mentors are ordered by email). One pass, no sort of the whole row.
 */
function nextBest(
  row: readonly (number | null)[],
  eligible: (j: number) => boolean,
  count: number,
): number[] {
  const best: number[] = [];
  row.forEach((score, j) => {
    if (score === null || !eligible(j)) return;
    let at = best.length;
    while (at > 0 && (row[best[at - 1]] as number) < score) at--;
    if (at < count) {
      best.splice(at, 0, j);
      if (best.length > count) best.pop();
    }
  });
  return best;
}

function proposal(
  mentee: string,
  mentor: string,
  score: PairScore,
  alternatives: Alternative[],
  confirmed: boolean,
): Proposal {
  return {
    mentee,
    mentor,
    score: score.score,
    percent: score.percent,
    factors: { ...score.factors },
    alternatives,
    confirmed,
  };
}
