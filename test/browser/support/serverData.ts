/**
 * What each server function of the add-on answers, made in Node from the engine's results on a
 * cohort, the way src/google/*.ts makes it from the programme spreadsheet. The types come from
 * the add-on itself, so a change of shape there fails to compile here. The dashboard and the
 * meetings sidebar are made by the add-on's own functions (src/google/dashboard.ts, meetings.ts).
 */
import { FACTOR_KEYS, FACTOR_LABELS } from '../../../src/core/config';
import type { IsoDate, ProgrammeRecords } from '../../../src/core/records';
import type { Proposal } from '../../../src/core/results';
import type { Role } from '../../../src/google/platform/access';
import type { OpenEscalation } from '../../../src/google/escalations/escalations';
import type { PairChoice } from '../../../src/google/import/leadInputs';
import { namesByEmail, proposalKey, round } from '../../../src/google/matching/proposals';
import type { ReviewProposal } from '../../../src/google/matching/review';

export const PROPOSED = 'Proposed';

/** A new proposal (not a pair already confirmed) as the review sidebar receives it. */
export function reviewProposal(p: Proposal, records: ProgrammeRecords): ReviewProposal {
  const names = namesByEmail(records);
  return {
    key: proposalKey(p.mentee, p.mentor),
    mentee: p.mentee,
    menteeName: names.get(p.mentee) ?? '',
    mentor: p.mentor,
    mentorName: names.get(p.mentor) ?? '',
    score: round(p.score, 2),
    percent: round(p.percent, 1),
    factors: FACTOR_KEYS.map((key) => ({
      label: FACTOR_LABELS[key],
      points: round(p.factors[key], 2),
    })),
    alternatives: p.alternatives.map((a) => `${a.mentor} (${round(a.score, 2)})`).join('; '),
    state: PROPOSED,
    leadBy: '',
    leadRationale: '',
    tutorBy: '',
    tutorRationale: '',
    canConfirm: true,
  };
}

export function reviewProposals(
  proposals: readonly Proposal[],
  records: ProgrammeRecords,
): ReviewProposal[] {
  return proposals.filter((p) => !p.confirmed).map((p) => reviewProposal(p, records));
}

/** Escalations open on `asOf`: raised by then and not resolved by then. */
export function openEscalations(records: ProgrammeRecords, asOf: IsoDate): OpenEscalation[] {
  return records.escalations
    .filter((e) => e.id !== '' && (e.raisedOn === null || e.raisedOn <= asOf))
    .filter((e) => e.status !== 'Resolved' || (e.resolvedOn !== null && e.resolvedOn > asOf))
    .map((e) => ({ id: e.id, raisedOn: e.raisedOn ?? '', pairId: e.pairId }));
}

/** Confirmed pairs that can still withdraw. */
export function withdrawablePairs(records: ProgrammeRecords): PairChoice[] {
  return records.pairs
    .filter((p) => p.pairId !== '' && p.status !== 'Withdrawn' && p.status !== 'Excluded')
    .map((p) => ({
      pairId: p.pairId,
      mentee: p.menteeEmail,
      mentor: p.mentorEmail,
      status: p.status ?? 'Active',
    }));
}

export const ROLE_WORDS: Record<Role, string> = { lead: 'Programme Lead', tutor: 'IMG Tutor' };
