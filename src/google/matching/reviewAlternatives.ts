/**
 * The next-best alternatives as the review sidebar shows them: each on its own line, saying
 * whom that mentor is already proposed for (by name, with that pair's score) and why the
 * proposal still stands. Written into the proposals sheet's alternatives cell.
 */
import { alternativeSentence } from '../../core/alternatives';
import type { Proposal } from '../../core/results';

function points(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** One line per alternative: "ada@nhs.example (7): Ada Samplewood (7 here) scores more …". */
export function alternativesText(p: Proposal, names: ReadonlyMap<string, string>): string {
  const nameOf = (email: string) => names.get(email) || email;
  return p.alternatives
    .map((a) => `${a.mentor} (${points(a.score)}): ${alternativeSentence(p, a, nameOf)}`)
    .join('\n');
}

/** The lines of an alternatives cell; a cell written before these lines existed stays one line. */
export function alternativeLines(cell: string): string[] {
  return cell
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Why a lower-scoring proposal is not a mistake: the proposals maximise the total. */
export function totalNote(total: number, pairs: number): string {
  if (pairs === 0) return '';
  return `The proposals maximise the total score over all pairs: ${points(total)} points over ${pairs} ${pairs === 1 ? 'pair' : 'pairs'}. A mentee's own best mentor may be proposed for someone else, where that mentor adds more to the total.`;
}
