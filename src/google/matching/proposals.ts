/**
 * Propose matches: writes the core's proposals into the `proposals` sheet with each factor's
 * points and the next-best alternatives. Confirmations already given to a proposal that is
 * proposed again are kept.
 */
import { FACTOR_KEYS } from '../../core/config';
import { proposeMatchesInContext } from '../../core/alternatives';
import type { ProgrammeRecords } from '../../core/records';
import type { MatchResult, Proposal } from '../../core/results';
import type { ActionContext } from '../platform/action';
import {
  ADDON_SHEETS,
  FACTOR_COLUMNS,
  PROPOSAL,
  PROPOSAL_HEADER,
  PROPOSAL_STATES,
} from '../platform/addonSheets';
import { loadProgramme } from '../platform/programmeData';
import { alternativesText } from './reviewAlternatives';
import {
  ensureSheet,
  readSheet,
  replaceBody,
  type SheetContents,
  type SheetValue,
} from '../platform/sheetIo';

export function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export function proposalKey(mentee: string, mentor: string): string {
  return `${mentee.trim().toLowerCase()}|${mentor.trim().toLowerCase()}`;
}

/** Full names by email, from the applications that count (the latest of each person's). */
export function namesByEmail(records: ProgrammeRecords): Map<string, string> {
  const names = new Map<string, string>();
  for (const app of [...records.menteeApplications, ...records.mentorApplications]) {
    if (!app.superseded && app.email !== '') names.set(app.email, app.fullName);
  }
  return names;
}

type ProposalRow = Record<string, SheetValue>;

function previousRows({ header, rows }: SheetContents): Map<string, ProposalRow> {
  const byKey = new Map<string, ProposalRow>();
  for (const row of rows) {
    const record: ProposalRow = {};
    header.forEach((title, i) => (record[title] = row[i] ?? ''));
    const key = proposalKey(
      String(record[PROPOSAL.mentee] ?? ''),
      String(record[PROPOSAL.mentor] ?? ''),
    );
    byKey.set(key, record);
  }
  return byKey;
}

const CARRIED = [
  PROPOSAL.leadBy,
  PROPOSAL.leadOn,
  PROPOSAL.leadRationale,
  PROPOSAL.tutorBy,
  PROPOSAL.tutorOn,
  PROPOSAL.tutorRationale,
];

export function proposalState(row: ProposalRow): string {
  const lead = String(row[PROPOSAL.leadBy] ?? '') !== '';
  const tutor = String(row[PROPOSAL.tutorBy] ?? '') !== '';
  if (lead && tutor) return PROPOSAL_STATES.paired;
  if (lead) return PROPOSAL_STATES.leadConfirmed;
  if (tutor) return PROPOSAL_STATES.tutorConfirmed;
  return PROPOSAL_STATES.proposed;
}

function proposalRow(
  p: Proposal,
  names: Map<string, string>,
  previous: ProposalRow | undefined,
): ProposalRow {
  const row: ProposalRow = {
    [PROPOSAL.mentee]: p.mentee,
    [PROPOSAL.menteeName]: names.get(p.mentee) ?? '',
    [PROPOSAL.mentor]: p.mentor,
    [PROPOSAL.mentorName]: names.get(p.mentor) ?? '',
    [PROPOSAL.score]: round(p.score, 2),
    [PROPOSAL.percent]: round(p.percent, 1),
    [PROPOSAL.alternatives]: alternativesText(p, names),
  };
  FACTOR_KEYS.forEach((key, i) => (row[FACTOR_COLUMNS[i]] = round(p.factors[key], 2)));
  if (p.confirmed) {
    row[PROPOSAL.state] = PROPOSAL_STATES.fixed;
    return row;
  }
  for (const title of CARRIED) row[title] = previous?.[title] ?? '';
  row[PROPOSAL.state] = proposalState(row);
  return row;
}

function otherRows(result: MatchResult, names: Map<string, string>): ProposalRow[] {
  const unmatched = result.unmatched.map((email) => ({
    [PROPOSAL.mentee]: email,
    [PROPOSAL.menteeName]: names.get(email) ?? '',
    [PROPOSAL.state]: PROPOSAL_STATES.unmatched,
  }));
  const ineligible = result.ineligible.map((a) => ({
    [a.role === 'mentee' ? PROPOSAL.mentee : PROPOSAL.mentor]: a.email,
    [a.role === 'mentee' ? PROPOSAL.menteeName : PROPOSAL.mentorName]: names.get(a.email) ?? '',
    [PROPOSAL.state]: `${PROPOSAL_STATES.ineligible} (${a.role}): ${a.reason}`,
  }));
  return [...unmatched, ...ineligible];
}

export interface ProposalCounts {
  proposed: number;
  fixed: number;
  unmatched: number;
  ineligible: number;
}

export function writeProposals(ctx: ActionContext): ProposalCounts {
  const config = ctx.protocol().config;
  const { records } = loadProgramme(ctx.wb, config);
  const result = proposeMatchesInContext(records, config);
  const names = namesByEmail(records);
  const { sheet } = ensureSheet(ctx.wb.ss, ADDON_SHEETS.proposals, PROPOSAL_HEADER);
  const current = readSheet(sheet);
  const previous = previousRows(current);
  const rows = [
    ...result.proposals.map((p) =>
      proposalRow(p, names, previous.get(proposalKey(p.mentee, p.mentor))),
    ),
    ...otherRows(result, names),
  ];
  const { header } = current;
  replaceBody(
    sheet,
    header.length,
    current.rows.length,
    rows.map((row) => header.map((title) => row[title] ?? '')),
  );
  return {
    proposed: result.proposals.filter((p) => !p.confirmed).length,
    fixed: result.proposals.filter((p) => p.confirmed).length,
    unmatched: result.unmatched.length,
    ineligible: result.ineligible.length,
  };
}
