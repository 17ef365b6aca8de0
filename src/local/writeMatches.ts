/** matches.json (protocol section 11): the proposals, unmatched and ineligible applicants. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportIssue } from '../core/records';
import type { MatchResult } from '../core/results';

export const MATCHES_FILE = 'matches.json';

export interface MatchesJson {
  totalScore: number;
  proposals: {
    mentee: string;
    mentor: string;
    score: number;
    percent: number;
    confirmed: boolean;
    factors: MatchResult['proposals'][number]['factors'];
    /** `mentor` and `score` as protocol section 11 says; the rest tells the Lead where that mentor is. */
    alternatives: {
      mentor: string;
      score: number;
      proposedFor?: { mentee: string; score: number; confirmed: boolean }[];
      freePlace?: boolean;
      why?: string;
    }[];
  }[];
  unmatched: string[];
  ineligible: { email: string; role: string; reason: string }[];
  /** Unreadable answers met while reading the programme; the Lead's to fix. */
  importIssues: ImportIssue[];
}

export function matchesJson(
  result: MatchResult,
  importIssues: readonly ImportIssue[],
): MatchesJson {
  return {
    totalScore: result.totalScore,
    proposals: result.proposals.map((p) => ({
      mentee: p.mentee,
      mentor: p.mentor,
      score: p.score,
      percent: p.percent,
      confirmed: p.confirmed,
      factors: { ...p.factors },
      alternatives: p.alternatives.map((a) => ({
        mentor: a.mentor,
        score: a.score,
        ...(a.proposedFor ? { proposedFor: a.proposedFor.map((t) => ({ ...t })) } : {}),
        ...(a.freePlace === undefined ? {} : { freePlace: a.freePlace }),
        ...(a.why === undefined ? {} : { why: a.why }),
      })),
    })),
    unmatched: [...result.unmatched],
    ineligible: result.ineligible.map((i) => ({ email: i.email, role: i.role, reason: i.reason })),
    importIssues: importIssues.map((i) => ({ sheet: i.sheet, row: i.row, problem: i.problem })),
  };
}

/** Writes `<dir>/matches.json` and returns its path. */
export async function writeMatches(
  result: MatchResult,
  importIssues: readonly ImportIssue[],
  dir: string,
): Promise<string> {
  const path = join(dir, MATCHES_FILE);
  await writeFile(path, `${JSON.stringify(matchesJson(result, importIssues), null, 2)}\n`, 'utf8');
  return path;
}
