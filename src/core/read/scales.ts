/** The 1–10 scales every instrument asks, and the eleven domains read together. */
import { readWholeNumber } from '../answers';
import { DOMAINS, SCALE } from '../instruments';
import type { DomainScores } from '../records';
import type { RowReader } from './sheetReader';

/** A 1–10 answer; text, fractions and numbers off the scale are issues and count as missing. */
export function readScale(reader: RowReader, title: string): number | null {
  return reader.wholeNumber(title, SCALE.min, SCALE.max);
}

/**
 * The wellbeing pulse: read like any scale, but an unreadable answer is reported without
 * quoting it, since the pulse is for the Lead's eyes only and issues travel further.
 */
export function readPrivateScale(reader: RowReader, title: string): number | null {
  const parsed = readWholeNumber(reader.cell(title), SCALE.min, SCALE.max);
  if (parsed.problem !== undefined) {
    reader.reportAnswer(
      title,
      `the answer is not a whole number from ${SCALE.min} to ${SCALE.max}`,
    );
  }
  return parsed.value;
}

/** The eleven domains; a domain left empty or unreadable is absent. */
export function readDomainScores(reader: RowReader): DomainScores {
  const scores: DomainScores = {};
  for (const domain of DOMAINS) {
    const score = readScale(reader, domain.title);
    if (score !== null) scores[domain.key] = score;
  }
  return scores;
}
