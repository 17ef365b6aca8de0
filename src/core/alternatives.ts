/**
 * The context of each proposal's next-best alternatives (protocol section 4): whether that
 * mentor is already proposed for someone else, and at what score, and why the proposal still
 * stands. A higher-scoring alternative otherwise reads like a mistake; it is the assignment's
 * total that the proposals maximise, not each mentee's own score.
 */
import { DEFAULT_CONFIG, type ProtocolConfig } from './config';
import { applicantPool } from './eligibility';
import { proposeMatches } from './matching';
import type { ProgrammeRecords } from './records';
import type { Alternative, MatchResult, Proposal } from './results';

/** A mentee an alternative mentor is already proposed (or confirmed) for, with that pair's score. */
export interface AlternativeTakenBy {
  mentee: string;
  score: number;
  confirmed: boolean;
}

/** How a person is named in a sentence: the email by default; a Lead's screen may give names. */
export type NameOf = (email: string) => string;

const byEmail: NameOf = (email) => email;

function points(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function takenWords(taken: readonly AlternativeTakenBy[], nameOf: NameOf): string {
  const each = taken.map(
    (t) =>
      `${t.confirmed ? 'confirmed with' : 'proposed for'} ${nameOf(t.mentee)} (${points(t.score)})`,
  );
  return each.join(' and ');
}

/** One sentence: where the alternative mentor is, and why this proposal is still the best overall. */
export function alternativeSentence(
  proposal: Pick<Proposal, 'score' | 'confirmed'>,
  alternative: Alternative,
  nameOf: NameOf = byEmail,
): string {
  const who = `${nameOf(alternative.mentor)} (${points(alternative.score)} here)`;
  const taken = alternative.proposedFor ?? [];
  const facts: string[] = [];
  if (taken.length) facts.push(`is ${takenWords(taken, nameOf)}`);
  if (alternative.freePlace) facts.push('has a free place');
  const place = facts.length ? `; that mentor ${facts.join(' and ')}` : '';
  const mine = points(proposal.score);
  if (proposal.confirmed)
    return `${who}${place}; this pair is already confirmed and kept as it is.`;
  const diff = alternative.score - proposal.score;
  if (diff < -1e-9) return `${who} scores less than this proposal (${mine})${place}.`;
  const outcome =
    diff <= 1e-9 && alternative.freePlace
      ? 'either gives the same total'
      : 'moving that mentor here would not raise the total score, which the proposals make as high as it can be';
  const compared = diff <= 1e-9 ? 'the same as this proposal' : `more than this proposal (${mine})`;
  return `${who} scores ${compared}${place}: ${outcome}.`;
}

/**
 * Fills in each alternative's `proposedFor`, `freePlace` and `why` from the assignment.
 * `capacityOf` gives a mentor's stated capacity.
 */
export function withAlternativeContext(
  result: MatchResult,
  capacityOf: (mentor: string) => number,
  nameOf: NameOf = byEmail,
): MatchResult {
  const pairsOf = new Map<string, Proposal[]>();
  for (const p of result.proposals) pairsOf.set(p.mentor, [...(pairsOf.get(p.mentor) ?? []), p]);
  const proposals = result.proposals.map((p) => ({
    ...p,
    alternatives: p.alternatives.map((a) => {
      const pairs = (pairsOf.get(a.mentor) ?? []).filter((other) => other.mentee !== p.mentee);
      const context: Alternative = {
        mentor: a.mentor,
        score: a.score,
        proposedFor: pairs.map((o) => ({
          mentee: o.mentee,
          score: o.score,
          confirmed: o.confirmed,
        })),
        freePlace: (pairsOf.get(a.mentor)?.length ?? 0) < capacityOf(a.mentor),
      };
      return { ...context, why: alternativeSentence(p, context, nameOf) };
    }),
  }));
  return { ...result, proposals };
}

/** The match proposals with the context of every alternative: what the Lead's screens and files show. */
export function proposeMatchesInContext(
  records: ProgrammeRecords,
  config: ProtocolConfig = DEFAULT_CONFIG,
): MatchResult {
  const pool = applicantPool(records, config);
  const capacityOf = (mentor: string) => pool.mentorByEmail.get(mentor)?.capacity ?? 1;
  return withAlternativeContext(proposeMatches(records, config), capacityOf);
}
