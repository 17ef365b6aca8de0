/**
 * Escalations: a check-in answering "Yes" opens a row at once (the check-in form's submit
 * trigger) and the Leads get an email that links to the spreadsheet — never the concern's
 * text. Import opens any the trigger missed. The Lead resolves them through a dialog.
 */
import { ESCALATIONS, SHEETS } from '../../core/instruments';
import type { IsoDate, PairRecord } from '../../core/records';
import { CHECK_IN } from '../../core/instruments';
import { peopleInForce } from '../platform/access';
import { appendAudit } from '../platform/audit';
import { isoDate, momentText } from '../platform/dates';
import { withDocumentLock } from '../platform/documentLock';
import { PlainError, plainMessage } from '../platform/errors';
import { programmeSpreadsheet } from '../platform/files';
import {
  appendTextRows,
  columnOf,
  ensureSheet,
  readSheet,
  writeTextRows,
} from '../platform/sheetIo';
import { LEAD_SHEET_HEADERS } from '../../core/instruments';
import { openWorkbook, type Workbook } from '../platform/workbook';
import { loadProgramme } from '../platform/programmeData';
import { DEFAULT_CONFIG } from '../../core/config';

export interface EscalationRequest {
  source: string;
  pairId: string;
  raisedOn: IsoDate;
}

/** How the escalations sheet names the check-in that raised it: when and whose, not what. */
export function escalationSource(moment: string, menteeEmail: string): string {
  return `Check-in submitted ${moment} by ${menteeEmail}`;
}

/** The confirmed pair a mentee belongs to (an active one first), or '' when none. */
export function pairIdOf(pairs: readonly PairRecord[], menteeEmail: string): string {
  const mine = pairs.filter(
    (p) =>
      p.menteeEmail === menteeEmail &&
      p.status !== 'Excluded' &&
      p.confirmedByLead &&
      p.confirmedByTutor,
  );
  const active = mine.find((p) => p.status === 'Active' || p.status === null);
  return (active ?? mine[0])?.pairId ?? '';
}

function nextId(ids: readonly string[]): number {
  return ids.reduce((max, id) => Math.max(max, Number(/^E(\d+)$/.exec(id)?.[1] ?? 0)), 0) + 1;
}

/** Opens a row for each request whose source has none yet; returns the new escalation ids. */
export function openEscalations(wb: Workbook, requests: readonly EscalationRequest[]): string[] {
  if (requests.length === 0) return [];
  const { sheet } = ensureSheet(
    wb.home(SHEETS.escalations),
    SHEETS.escalations,
    LEAD_SHEET_HEADERS.escalations,
  );
  const { header, rows } = readSheet(sheet);
  const sourceColumn = columnOf(header, ESCALATIONS.source);
  const idColumn = columnOf(header, ESCALATIONS.id);
  const known = new Set(rows.map((row) => String(row[sourceColumn] ?? '').trim()));
  let next = nextId(rows.map((row) => String(row[idColumn] ?? '').trim()));
  const opened: string[][] = [];
  for (const request of requests) {
    if (known.has(request.source)) continue;
    known.add(request.source);
    const values: Record<string, string> = {
      [ESCALATIONS.id]: `E${String(next++).padStart(3, '0')}`,
      [ESCALATIONS.raisedOn]: request.raisedOn,
      [ESCALATIONS.pairId]: request.pairId,
      [ESCALATIONS.source]: request.source,
      [ESCALATIONS.status]: 'Open',
    };
    opened.push(header.map((title) => values[title] ?? ''));
  }
  appendTextRows(sheet, rows.length, header.length, opened);
  return opened.map((row) => row[idColumn]);
}

/**
 * Emails the Leads that escalations were opened, linking to the private spreadsheet and never
 * quoting the concern. Google's daily allowance is checked first; a notice that cannot go out
 * is recorded in the audit log instead of stopping the trigger.
 */
function notifyLeads(wb: Workbook, leads: readonly string[], ids: readonly string[]): string {
  if (leads.length === 0 || ids.length === 0) return 'no Lead to notify';
  if (MailApp.getRemainingDailyQuota() < 1) {
    return "the Leads were not emailed: Google's daily email allowance is used up";
  }
  const escalations = wb.sheet(SHEETS.escalations);
  const holder = wb.home(SHEETS.escalations);
  const link = `${holder.getUrl()}${escalations ? `#gid=${escalations.getSheetId()}` : ''}`;
  try {
    MailApp.sendEmail({
      to: leads.join(','),
      subject: 'Dyad: a mentee check-in needs escalating',
      body: [
        `A mentee's meeting check-in says they have a concern that needs escalating (escalation ${ids.join(', ')}).`,
        `Please open the Leads-only private spreadsheet to read it and act: ${link}`,
        "For the mentee's privacy, the concern itself is only in that spreadsheet, never in email.",
      ].join('\n\n'),
      name: 'Dyad',
    });
    return `the Leads were emailed (${leads.join(', ')})`;
  } catch (error) {
    return `the Leads could not be emailed: ${plainMessage(error)}`;
  }
}

function answerOf(response: GoogleAppsScript.Forms.FormResponse, title: string): string {
  const item = response.getItemResponses().find((r) => r.getItem().getTitle() === title);
  const answer = item?.getResponse();
  return typeof answer === 'string' ? answer : '';
}

/** An escalation request for one check-in response, keyed by the form's own timestamp. */
export function escalationFromResponse(
  response: GoogleAppsScript.Forms.FormResponse,
  pairs: readonly PairRecord[],
  timeZone: string,
): EscalationRequest | null {
  if (answerOf(response, CHECK_IN.concern) !== 'Yes') return null;
  const email = response.getRespondentEmail().trim().toLowerCase();
  const submitted = response.getTimestamp() as unknown as Date;
  return {
    source: escalationSource(momentText(submitted, timeZone), email),
    pairId: pairIdOf(pairs, email),
    raisedOn: isoDate(submitted, timeZone),
  };
}

/**
 * Trigger: the check-in form was submitted. Opens an escalation when the answer is "Yes". The
 * key is built from the response's own timestamp, as the import builds it, so the two never
 * open the same escalation twice.
 */
export function handleCheckInSubmit(event: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  if (answerOf(event.response, CHECK_IN.concern) !== 'Yes') return;
  withDocumentLock(() => {
    const wb = openWorkbook(programmeSpreadsheet());
    const { records } = loadProgramme(wb, DEFAULT_CONFIG, [SHEETS.pairs]);
    const request = escalationFromResponse(event.response, records.pairs, wb.timeZone);
    const ids = request === null ? [] : openEscalations(wb, [request]);
    if (ids.length === 0) return;
    const notice = notifyLeads(wb, peopleInForce(wb).people.leads, ids);
    appendAudit(
      wb,
      'Check-in form',
      'Escalation opened',
      `${ids.join(', ')} from a check-in answering Yes; ${notice}`,
    );
  });
}

export interface OpenEscalation {
  id: string;
  raisedOn: string;
  pairId: string;
}

export function listOpenEscalations(wb: Workbook): OpenEscalation[] {
  const sheet = wb.sheet(SHEETS.escalations);
  if (sheet === null) return [];
  const { header, rows } = readSheet(sheet);
  const col = (title: string) => columnOf(header, title);
  return rows
    .filter(
      (row) =>
        String(row[col(ESCALATIONS.status)]).trim() !== 'Resolved' &&
        String(row[col(ESCALATIONS.id)]).trim() !== '',
    )
    .map((row) => ({
      id: String(row[col(ESCALATIONS.id)]),
      raisedOn:
        row[col(ESCALATIONS.raisedOn)] instanceof Date
          ? isoDate(row[col(ESCALATIONS.raisedOn)] as Date, wb.timeZone)
          : String(row[col(ESCALATIONS.raisedOn)]),
      pairId: String(row[col(ESCALATIONS.pairId)]),
    }));
}

export interface Resolution {
  id: string;
  channel: string;
  action: string;
}

/** Marks an escalation resolved with the Trust channel used and the action taken. */
export function resolve(wb: Workbook, resolution: Resolution, today: IsoDate): void {
  const channel = (resolution.channel ?? '').trim();
  const action = (resolution.action ?? '').trim();
  if (channel === '') throw new PlainError('Choose or type the Trust channel the concern went to.');
  if (action === '')
    throw new PlainError('Write the action taken before resolving the escalation.');
  const sheet = wb.sheet(SHEETS.escalations);
  if (sheet === null)
    throw new PlainError('There is no escalations sheet yet: run Dyad → Set up programme.');
  const { header, rows } = readSheet(sheet);
  const index = rows.findIndex(
    (row) => String(row[columnOf(header, ESCALATIONS.id)]).trim() === resolution.id,
  );
  if (index < 0) throw new PlainError(`There is no escalation ${resolution.id}.`);
  const row = rows[index].map((cell) => (cell instanceof Date ? isoDate(cell, wb.timeZone) : cell));
  row[columnOf(header, ESCALATIONS.status)] = 'Resolved';
  row[columnOf(header, ESCALATIONS.resolvedOn)] = today;
  row[columnOf(header, ESCALATIONS.channel)] = channel;
  row[columnOf(header, ESCALATIONS.action)] = action;
  writeTextRows(sheet, index + 2, header.length, [row]);
}
