/**
 * Whether an escalation counts as resolved at a date (protocol section 6, C4): its status is
 * Resolved and it was not resolved after that date. A resolution dated after the pilot end (or
 * after the as-of date) leaves it unresolved at pilot end; a Resolved row without a date counts
 * as resolved.
 */
import type { EscalationRecord, IsoDate } from './records';

export function isResolvedBy(escalation: EscalationRecord, date: IsoDate | null): boolean {
  if (escalation.status !== 'Resolved') return false;
  return date === null || escalation.resolvedOn === null || escalation.resolvedOn <= date;
}

/** Escalations not resolved at pilot end, as far as the as-of date can tell. */
export function unresolvedAtPilotEnd(
  escalations: readonly EscalationRecord[],
  pilotEnd: IsoDate | null,
  asOf: IsoDate,
): number {
  const cutOff = pilotEnd !== null && pilotEnd < asOf ? pilotEnd : asOf;
  return escalations.filter((e) => !isResolvedBy(e, cutOff)).length;
}
