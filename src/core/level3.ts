/**
 * Kirkpatrick Level 3 evidence (protocol section 8): change in psychological safety with the
 * mentor and in goal progress from meeting 1 to meeting 3, per pair and overall.
 */
import type { CheckIn, PairRecord } from './records';
import type { PairCheckIns } from './responses';
import { pairLabel } from './responses';
import type { Level3Evidence, PairLevel3Change } from './results';
import { mean } from './stats';

function goalProgress(checkIn: CheckIn | undefined): number | null {
  if (!checkIn) return null;
  return mean(checkIn.goalProgress.filter((g): g is number => g !== null));
}

const change = (from: number | null, to: number | null): number | null =>
  from === null || to === null ? null : to - from;

function pairChange(pair: PairRecord, checkIns: PairCheckIns | undefined): PairLevel3Change {
  const first = checkIns?.structured.get(1);
  const last = checkIns?.structured.get(3);
  const safetyMeeting1 = first?.safety ?? null;
  const safetyMeeting3 = last?.safety ?? null;
  const goalMeeting1 = goalProgress(first);
  const goalMeeting3 = goalProgress(last);
  return {
    pairId: pairLabel(pair),
    safetyMeeting1,
    safetyMeeting3,
    safetyChange: change(safetyMeeting1, safetyMeeting3),
    goalMeeting1,
    goalMeeting3,
    goalChange: change(goalMeeting1, goalMeeting3),
  };
}

function overall(
  pairs: PairLevel3Change[],
  from: keyof PairLevel3Change,
  to: keyof PairLevel3Change,
) {
  const both = pairs.filter((p) => typeof p[from] === 'number' && typeof p[to] === 'number');
  const values = (key: keyof PairLevel3Change) => both.map((p) => p[key] as number);
  const meanFrom = mean(values(from));
  const meanTo = mean(values(to));
  return {
    n: both.length,
    meanMeeting1: meanFrom,
    meanMeeting3: meanTo,
    meanChange: mean(both.map((p) => (p[to] as number) - (p[from] as number))),
  };
}

export function level3Evidence(
  evaluable: readonly PairRecord[],
  checkIns: ReadonlyMap<PairRecord, PairCheckIns>,
): Level3Evidence {
  const pairs = evaluable.map((pair) => pairChange(pair, checkIns.get(pair)));
  return {
    pairs,
    safety: overall(pairs, 'safetyMeeting1', 'safetyMeeting3'),
    goals: overall(pairs, 'goalMeeting1', 'goalMeeting3'),
  };
}
