/**
 * Match proposals (protocol section 4): the assignment of eligible mentees to eligible mentors
 * that maximises the total score within mentor capacities, with confirmed pairs kept fixed and
 * excluded pairs never proposed.
 */
import { solveAssignment } from './assignment';
import { DEFAULT_CONFIG, FACTOR_KEYS, type FactorKey, type ProtocolConfig } from './config';
import { applicantPool } from './eligibility';
import { isConfirmed, isWithdrawn, pairBook, pairKey } from './pairs';
import type { MenteeApplication, MentorApplication, ProgrammeRecords } from './records';
import type { Alternative, MatchResult, Proposal } from './results';
import { scorePair, type PairScore } from './scoring';

/**
 * Scores become integers for the solver so that its optimum is exact: every factor score is a
 * multiple of 1/840 (shares of up to 8 options, halves), and weights may carry three decimals.
 */
const SCORE_SCALE = 840_000;

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
  const fixed = book.confirmed.filter((p) => !isWithdrawn(p));
  const placed = new Set(records.pairs.filter(isConfirmed).map((p) => p.menteeEmail));
  const freeMentees = pool.mentees.filter((m) => !placed.has(m.email));
  const capacities = pool.mentors.map((mentor) =>
    Math.max(0, mentor.capacity - fixed.filter((p) => p.mentorEmail === mentor.email).length),
  );
  const allowed = (mentee: MenteeApplication, mentor: MentorApplication): boolean =>
    !book.excluded.has(pairKey(mentee.email, mentor.email));

  const scores = freeMentees.map((mentee) =>
    pool.mentors.map((mentor) => scorePair(mentee, mentor, config)),
  );
  const solution = solveAssignment({
    gains: freeMentees.map((mentee, i) =>
      pool.mentors.map((mentor, j) =>
        allowed(mentee, mentor) ? Math.round(scores[i][j].score * SCORE_SCALE) : null,
      ),
    ),
    capacities,
  });

  const availableIndexes = pool.mentors.map((_, j) => j).filter((j) => capacities[j] > 0);
  const alternatives = (
    mentee: MenteeApplication,
    chosen: string,
    row: PairScore[],
  ): Alternative[] =>
    availableIndexes
      .filter((j) => pool.mentors[j].email !== chosen && allowed(mentee, pool.mentors[j]))
      .map((j) => ({ mentor: pool.mentors[j].email, score: row[j].score }))
      .sort((a, b) => b.score - a.score || (a.mentor < b.mentor ? -1 : 1))
      .slice(0, config.alternativesShown);

  const proposals: Proposal[] = [];
  freeMentees.forEach((mentee, i) => {
    const j = solution.columnOf[i];
    if (j === null) return;
    const mentor = pool.mentors[j];
    proposals.push(
      proposal(
        mentee.email,
        mentor.email,
        scores[i][j],
        alternatives(mentee, mentor.email, scores[i]),
        false,
      ),
    );
  });
  for (const pair of fixed) {
    const mentee = pool.menteeByEmail.get(pair.menteeEmail);
    const mentor = pool.mentorByEmail.get(pair.mentorEmail);
    const score = mentee && mentor ? scorePair(mentee, mentor, config) : NO_SCORE;
    const row = mentee ? pool.mentors.map((m) => scorePair(mentee, m, config)) : [];
    const others = mentee ? alternatives(mentee, pair.mentorEmail, row) : [];
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
