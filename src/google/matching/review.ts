/**
 * Review matches: the Lead and the IMG Tutor each confirm a proposal with a rationale, each
 * under their own account. The pair enters `pairs` only when both have confirmed.
 */
import { FACTOR_KEYS, FACTOR_LABELS } from '../../core/config';
import { PAIRS, SHEETS, LEAD_SHEET_HEADERS } from '../../core/instruments';
import type { ActionContext } from '../platform/action';
import { ADDON_SHEETS, FACTOR_COLUMNS, PROPOSAL, PROPOSAL_STATES } from '../platform/addonSheets';
import { PlainError } from '../platform/errors';
import { loadProgramme } from '../platform/programmeData';
import { proposalKey, proposalState } from './proposals';
import { alternativeLines, totalNote } from './reviewAlternatives';
import {
  columnOf,
  ensureSheet,
  readSheet,
  appendTextRows,
  writeTextRows,
  type SheetValue,
} from '../platform/sheetIo';
import type { Role } from '../platform/access';

export interface ReviewFactor {
  label: string;
  points: number;
}

export interface ReviewProposal {
  key: string;
  mentee: string;
  menteeName: string;
  mentor: string;
  mentorName: string;
  score: number;
  percent: number;
  factors: ReviewFactor[];
  alternatives: string;
  /** The alternatives one per line, each saying where that mentor is and why this proposal stands. */
  alternativeLines?: string[];
  state: string;
  leadBy: string;
  leadRationale: string;
  tutorBy: string;
  tutorRationale: string;
  /** Whether the person asking can still confirm it. */
  canConfirm: boolean;
}

export interface ReviewData {
  user: string;
  role: Role;
  proposals: ReviewProposal[];
  /** Why a proposal may score less than an alternative: the total over all pairs is maximised. */
  totalNote?: string;
  message: string;
}

const OPEN_STATES: string[] = [
  PROPOSAL_STATES.proposed,
  PROPOSAL_STATES.leadConfirmed,
  PROPOSAL_STATES.tutorConfirmed,
];

function text(value: SheetValue | undefined): string {
  return value === undefined ? '' : String(value).trim();
}

function number(value: SheetValue | undefined): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

interface ProposalSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  header: string[];
  rows: SheetValue[][];
}

function proposalSheet(ctx: ActionContext): ProposalSheet {
  const sheet = ctx.wb.sheet(ADDON_SHEETS.proposals);
  if (sheet === null)
    throw new PlainError('There are no proposals yet: run Dyad → Propose matches first.');
  return { sheet, ...readSheet(sheet) };
}

function toReview(header: string[], row: SheetValue[], ctx: ActionContext): ReviewProposal {
  const get = (title: string) => row[columnOf(header, title)];
  const leadBy = text(get(PROPOSAL.leadBy));
  const tutorBy = text(get(PROPOSAL.tutorBy));
  const state = text(get(PROPOSAL.state));
  const mine = ctx.role === 'lead' ? leadBy : tutorBy;
  return {
    key: proposalKey(text(get(PROPOSAL.mentee)), text(get(PROPOSAL.mentor))),
    mentee: text(get(PROPOSAL.mentee)),
    menteeName: text(get(PROPOSAL.menteeName)),
    mentor: text(get(PROPOSAL.mentor)),
    mentorName: text(get(PROPOSAL.mentorName)),
    score: number(get(PROPOSAL.score)),
    percent: number(get(PROPOSAL.percent)),
    factors: FACTOR_KEYS.map((key, i) => ({
      label: FACTOR_LABELS[key],
      points: number(get(FACTOR_COLUMNS[i])),
    })),
    alternatives: text(get(PROPOSAL.alternatives)),
    alternativeLines: alternativeLines(text(get(PROPOSAL.alternatives))),
    state,
    leadBy,
    leadRationale: text(get(PROPOSAL.leadRationale)),
    tutorBy,
    tutorRationale: text(get(PROPOSAL.tutorRationale)),
    canConfirm: OPEN_STATES.includes(state) && mine === '',
  };
}

export function reviewData(ctx: ActionContext, message = ''): ReviewData {
  const sheet = ctx.wb.sheet(ADDON_SHEETS.proposals);
  const { header, rows } = sheet === null ? { header: [], rows: [] } : readSheet(sheet);
  const proposals = rows
    .filter((row) => OPEN_STATES.includes(text(row[columnOf(header, PROPOSAL.state)])))
    .map((row) => toReview(header, row, ctx));
  const paired = rows.filter(
    (row) =>
      text(row[columnOf(header, PROPOSAL.mentor)]) !== '' &&
      text(row[columnOf(header, PROPOSAL.mentee)]) !== '',
  );
  const total = paired.reduce((sum, row) => sum + number(row[columnOf(header, PROPOSAL.score)]), 0);
  return {
    user: ctx.user,
    role: ctx.role,
    proposals,
    totalNote: totalNote(total, paired.length),
    message,
  };
}

function nextPairId(ids: readonly string[]): string {
  const next = ids.reduce((max, id) => Math.max(max, Number(/^P(\d+)$/.exec(id)?.[1] ?? 0)), 0) + 1;
  return `P${String(next).padStart(3, '0')}`;
}

/** Refuses a pair that would place a mentee twice or a mentor beyond capacity. */
function checkPlaceable(ctx: ActionContext, mentee: string, mentor: string): void {
  const { records } = loadProgramme(ctx.wb, ctx.protocol().config, [
    SHEETS.pairs,
    SHEETS.mentorApplication,
  ]);
  const live = records.pairs.filter(
    (p) =>
      p.confirmedByLead &&
      p.confirmedByTutor &&
      p.status !== 'Withdrawn' &&
      p.status !== 'Excluded',
  );
  if (live.some((p) => p.menteeEmail === mentee)) {
    throw new PlainError(`${mentee} already has a confirmed mentor in the pairs sheet.`);
  }
  const application = records.mentorApplications.find((m) => m.email === mentor && !m.superseded);
  const capacity = application?.capacity ?? 1;
  if (live.filter((p) => p.mentorEmail === mentor).length >= capacity) {
    throw new PlainError(
      `${mentor} already mentors as many mentees as they offered (${capacity}). Propose matches again.`,
    );
  }
}

function addPair(ctx: ActionContext, record: Record<string, string>): string {
  const { sheet } = ensureSheet(ctx.wb.ss, SHEETS.pairs, LEAD_SHEET_HEADERS.pairs);
  const { header, rows } = readSheet(sheet);
  const pairId = nextPairId(rows.map((row) => text(row[columnOf(header, PAIRS.pairId)])));
  const values: Record<string, SheetValue> = {
    [PAIRS.pairId]: pairId,
    [PAIRS.menteeEmail]: record[PROPOSAL.mentee],
    [PAIRS.mentorEmail]: record[PROPOSAL.mentor],
    [PAIRS.matchScore]: number(record[PROPOSAL.score]),
    [PAIRS.confirmedByLead]: true,
    [PAIRS.confirmedByTutor]: true,
    [PAIRS.rationale]: `Lead (${record[PROPOSAL.leadBy]}): ${record[PROPOSAL.leadRationale]} | IMG Tutor (${record[PROPOSAL.tutorBy]}): ${record[PROPOSAL.tutorRationale]}`,
    [PAIRS.status]: 'Active',
  };
  appendTextRows(sheet, rows.length, header.length, [header.map((title) => values[title] ?? '')]);
  return pairId;
}

/** Confirms one proposal as the Lead or as the IMG Tutor; returns what the audit log records. */
export function confirm(ctx: ActionContext, key: string, rationale: string): string {
  const why = (rationale ?? '').trim();
  if (why === '')
    throw new PlainError('Write a rationale before confirming: why is this a good match?');
  const { sheet, header, rows } = proposalSheet(ctx);
  const index = rows.findIndex(
    (row) =>
      proposalKey(
        text(row[columnOf(header, PROPOSAL.mentee)]),
        text(row[columnOf(header, PROPOSAL.mentor)]),
      ) === key,
  );
  if (index < 0)
    throw new PlainError(
      'That proposal is no longer in the proposals sheet. Reopen Review matches.',
    );
  const record: Record<string, string> = {};
  header.forEach((title, i) => (record[title] = text(rows[index][i])));
  if (!OPEN_STATES.includes(record[PROPOSAL.state]))
    throw new PlainError(`This proposal cannot be confirmed: ${record[PROPOSAL.state]}.`);
  const [by, on, because] =
    ctx.role === 'lead'
      ? [PROPOSAL.leadBy, PROPOSAL.leadOn, PROPOSAL.leadRationale]
      : [PROPOSAL.tutorBy, PROPOSAL.tutorOn, PROPOSAL.tutorRationale];
  if (record[by] !== '') throw new PlainError(`This match was already confirmed by ${record[by]}.`);
  const other = ctx.role === 'lead' ? record[PROPOSAL.tutorBy] : record[PROPOSAL.leadBy];
  if (other === ctx.user)
    throw new PlainError('The Lead and the IMG Tutor must confirm from two different accounts.');
  record[by] = ctx.user;
  record[on] = ctx.today;
  record[because] = why;
  record[PROPOSAL.state] = proposalState(record);
  const who = ctx.role === 'lead' ? 'Lead' : 'IMG Tutor';
  let outcome = `${who} confirmed ${record[PROPOSAL.mentee]} with ${record[PROPOSAL.mentor]}`;
  if (record[PROPOSAL.state] === PROPOSAL_STATES.paired && ctx.role === 'tutor') {
    // The Lead's confirmation column is protected from the Tutor: a Lead's run adds the pair.
    record[PROPOSAL.state] = PROPOSAL_STATES.agreed;
    outcome +=
      '; both have confirmed: the pair is added to pairs when a Programme Lead next opens Review matches';
  } else if (record[PROPOSAL.state] === PROPOSAL_STATES.paired) {
    checkPlaceable(ctx, record[PROPOSAL.mentee], record[PROPOSAL.mentor]);
    record[PROPOSAL.pairId] = addPair(ctx, record);
    outcome += `; both have confirmed: pair ${record[PROPOSAL.pairId]} added to pairs`;
  }
  writeTextRows(sheet, index + 2, header.length, [header.map((title) => record[title] ?? '')]);
  return outcome;
}

/**
 * Adds to pairs the matches both have confirmed whose last confirmation was the IMG Tutor's
 * (run by a Lead, who may write the Lead's column); returns what the audit log records, or null.
 */
export function addAgreedPairs(ctx: ActionContext): string | null {
  if (ctx.role !== 'lead') return null;
  const sheet = ctx.wb.sheet(ADDON_SHEETS.proposals);
  if (sheet === null) return null;
  const { header, rows } = readSheet(sheet);
  const added: string[] = [];
  rows.forEach((row, index) => {
    if (text(row[columnOf(header, PROPOSAL.state)]) !== PROPOSAL_STATES.agreed) return;
    const record: Record<string, string> = {};
    header.forEach((title, i) => (record[title] = text(row[i])));
    try {
      checkPlaceable(ctx, record[PROPOSAL.mentee], record[PROPOSAL.mentor]);
    } catch (error) {
      if (!(error instanceof PlainError)) throw error;
      record[PROPOSAL.state] = `Not added to pairs: ${error.message}`;
      writeTextRows(sheet, index + 2, header.length, [header.map((title) => record[title] ?? '')]);
      added.push(
        `not ${record[PROPOSAL.mentee]} with ${record[PROPOSAL.mentor]} (${error.message})`,
      );
      return;
    }
    record[PROPOSAL.pairId] = addPair(ctx, record);
    record[PROPOSAL.state] = PROPOSAL_STATES.paired;
    writeTextRows(sheet, index + 2, header.length, [header.map((title) => record[title] ?? '')]);
    added.push(
      `${record[PROPOSAL.pairId]} (${record[PROPOSAL.mentee]} with ${record[PROPOSAL.mentor]})`,
    );
  });
  return added.length === 0 ? null : `Pairs confirmed by both added to pairs: ${added.join(', ')}`;
}
