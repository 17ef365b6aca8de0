/**
 * What the `pairs` sheet means (protocol sections 3.6 and 5): which rows are pairs at all,
 * which are evaluable, which withdrew beyond the programme's control, which the Lead excluded.
 */
import type { PairRecord } from './records';

/**
 * A pair counts only when the Lead and the IMG Tutor both confirmed it with a rationale, and
 * names two different people.
 */
export function isConfirmed(pair: PairRecord): boolean {
  return (
    pair.status !== 'Excluded' &&
    pair.confirmedByLead &&
    pair.confirmedByTutor &&
    pair.rationale.trim() !== '' &&
    pair.menteeEmail !== '' &&
    pair.mentorEmail !== '' &&
    pair.menteeEmail !== pair.mentorEmail
  );
}

export function isWithdrawn(pair: PairRecord): boolean {
  return pair.status === 'Withdrawn';
}

/** Withdrawn for reasons beyond the programme (sickness, parental leave): never a failure. */
export function isExcusedWithdrawal(pair: PairRecord): boolean {
  return isWithdrawn(pair) && pair.beyondControl === true;
}

export function isExcluded(pair: PairRecord): boolean {
  return pair.status === 'Excluded';
}

export function pairKey(menteeEmail: string, mentorEmail: string): string {
  return `${menteeEmail}\u0000${mentorEmail}`;
}

export interface PairBook {
  confirmed: PairRecord[];
  /** Confirmed pairs less the excused withdrawals. */
  evaluable: PairRecord[];
  excused: PairRecord[];
  /** Mentee/mentor combinations the Lead excluded: never proposed. */
  excluded: Set<string>;
}

export function pairBook(pairs: readonly PairRecord[]): PairBook {
  const confirmed = pairs.filter(isConfirmed);
  return {
    confirmed,
    evaluable: confirmed.filter((p) => !isExcusedWithdrawal(p)),
    excused: confirmed.filter(isExcusedWithdrawal),
    excluded: new Set(pairs.filter(isExcluded).map((p) => pairKey(p.menteeEmail, p.mentorEmail))),
  };
}
