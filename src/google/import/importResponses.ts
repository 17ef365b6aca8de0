/**
 * Import responses: copies new rows from each form's linked response sheet into the
 * instrument-named sheet, keyed by timestamp + email so a second import adds nothing; lists
 * the core's import issues in `import-issues`; opens escalations the trigger may have missed.
 */
import { COMMON } from '../../core/instruments';
import type { CheckIn, ImportIssue } from '../../core/records';
import { evaluateLoaded } from '../committee/evaluation';
import { distinctIssues } from './distinctIssues';
import { ADDON_SHEETS, IMPORT_ISSUE_HEADER } from '../platform/addonSheets';
import type { ActionContext } from '../platform/action';
import { isPrivateSheet } from '../platform/workbook';
import { dateCellText, timestampText } from '../platform/dates';
import {
  escalationFromResponse,
  escalationSource,
  openEscalations,
  pairIdOf,
  type EscalationRequest,
} from '../escalations/escalations';
import { formSpecs, instrumentHeader, type FormSpec } from '../setup/formSpecs';
import { isLinkedTo } from '../setup/forms';
import { loadProgramme, type LoadedProgramme } from '../platform/programmeData';
import { openProgrammeForm } from '../setup/setup';
import {
  appendTextRows,
  columnOf,
  ensureSheet,
  readSheet,
  writeTextRows,
  replaceBody,
  type SheetValue,
} from '../platform/sheetIo';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function cellText(value: SheetValue, timeZone: string, isTimestamp: boolean): string {
  if (value instanceof Date)
    return isTimestamp ? timestampText(value, timeZone) : dateCellText(value, timeZone);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value ?? '').trim();
}

function responseKey(timestamp: string, email: string): string {
  return `${timestamp}|${email.trim().toLowerCase()}`;
}

interface LinkedSheet {
  sheet: Sheet;
  formUrl: string | null;
}

function linkedResponseSheet(sheets: readonly LinkedSheet[], spec: FormSpec): Sheet | null {
  const form = openProgrammeForm(spec.key);
  if (form === null) return null;
  return sheets.find((linked) => isLinkedTo(linked.formUrl, form))?.sheet ?? null;
}

/** Copies the response sheet's new rows into the instrument sheet; returns how many. */
function importForm(ctx: ActionContext, spec: FormSpec, source: Sheet): number {
  const tz = ctx.wb.timeZone;
  const { sheet: target } = ensureSheet(
    ctx.wb.home(spec.sheet),
    spec.sheet,
    instrumentHeader(spec),
  );
  const incoming = readSheet(source);
  let existing = readSheet(target);
  const extra = incoming.header.filter(
    (title) => title !== '' && columnOf(existing.header, title) < 0,
  );
  if (extra.length > 0) {
    writeTextRows(target, 1, existing.header.length + extra.length, [
      [...existing.header, ...extra],
    ]);
    existing = { header: [...existing.header, ...extra], rows: existing.rows };
  }
  const key = (header: string[], row: SheetValue[]) =>
    responseKey(
      cellText(row[columnOf(header, COMMON.timestamp)] ?? '', tz, true),
      cellText(row[columnOf(header, COMMON.email)] ?? '', tz, false),
    );
  const known = new Set(existing.rows.map((row) => key(existing.header, row)));
  const targetColumns = incoming.header.map((title) => columnOf(existing.header, title));
  const timestampColumn = columnOf(incoming.header, COMMON.timestamp);
  const fresh: string[][] = [];
  for (const row of incoming.rows) {
    if (row.every((cell) => cellText(cell, tz, false) === '')) continue;
    const rowKey = key(incoming.header, row);
    if (known.has(rowKey)) continue;
    known.add(rowKey);
    const out = existing.header.map(() => '');
    row.forEach((cell, i) => {
      if (targetColumns[i] >= 0) out[targetColumns[i]] = cellText(cell, tz, i === timestampColumn);
    });
    fresh.push(out);
  }
  appendTextRows(target, existing.rows.length, existing.header.length, fresh);
  return fresh.length;
}

/** Where the other issues are, written beside the header of each import-issues sheet. */
export const ISSUES_ELSEWHERE = {
  programme: `Issues about check-in and escalations rows: in ${ADDON_SHEETS.importIssues} of the private spreadsheet (Programme Leads only)`,
  private: `Issues about every other sheet: in ${ADDON_SHEETS.importIssues} of the programme spreadsheet`,
} as const;

function replaceIssues(ss: Spreadsheet, note: string | null, issues: readonly ImportIssue[]): void {
  const header = note === null ? IMPORT_ISSUE_HEADER : [...IMPORT_ISSUE_HEADER, note];
  const { sheet } = ensureSheet(ss, ADDON_SHEETS.importIssues, header);
  const previous = Math.max(sheet.getLastRow() - 1, 0);
  replaceBody(
    sheet,
    IMPORT_ISSUE_HEADER.length,
    previous,
    issues.map((issue) => [issue.sheet, String(issue.row), issue.problem]),
  );
}

/**
 * Every issue the evaluation lists (reading, linking, as-of). Those about the Leads-only sheets'
 * rows go to the private spreadsheet, so the IMG Tutor, who can open the programme
 * spreadsheet, never reads them. Returns how many were written.
 */
function writeImportIssues(ctx: ActionContext, issues: readonly ImportIssue[]): number {
  const all = distinctIssues(issues);
  const privateSs = ctx.wb.privateSpreadsheet();
  if (privateSs === null) {
    replaceIssues(ctx.wb.ss, null, all);
    return all.length;
  }
  const leadsOnly = (issue: ImportIssue) => isPrivateSheet(issue.sheet);
  replaceIssues(
    ctx.wb.ss,
    ISSUES_ELSEWHERE.programme,
    all.filter((i) => !leadsOnly(i)),
  );
  replaceIssues(privateSs, ISSUES_ELSEWHERE.private, all.filter(leadsOnly));
  return all.length;
}

function wallClockText(instant: number): string {
  return new Date(instant).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The escalations the check-ins ask for. Read from the check-in form's own responses when it
 * can be opened, so the key comes from the same timestamp the submit trigger uses; from the
 * check-in sheet otherwise.
 */
function escalationRequests(ctx: ActionContext, loaded: LoadedProgramme): EscalationRequest[] {
  const form = openProgrammeForm('checkIn');
  if (form !== null) {
    return form
      .getResponses()
      .map((response) => escalationFromResponse(response, loaded.records.pairs, ctx.wb.timeZone))
      .filter((request): request is EscalationRequest => request !== null);
  }
  return loaded.records.checkIns
    .filter((c: CheckIn) => c.concern === true && c.email !== '' && c.timestamp !== null)
    .map((c) => ({
      source: escalationSource(wallClockText(c.timestamp as number), c.email),
      pairId: pairIdOf(loaded.records.pairs, c.email),
      raisedOn: wallClockText(c.timestamp as number).slice(0, 10),
    }));
}

function escalationsFromCheckIns(ctx: ActionContext, loaded: LoadedProgramme): string[] {
  return openEscalations(ctx.wb, escalationRequests(ctx, loaded));
}

export interface ImportSummary {
  added: Record<string, number>;
  missing: string[];
  issues: number;
  escalations: string[];
}

export function importAll(ctx: ActionContext): ImportSummary {
  const config = ctx.protocol().config;
  const privateSs = ctx.wb.privateSpreadsheet();
  const sheets = [...ctx.wb.ss.getSheets(), ...(privateSs?.getSheets() ?? [])].map((sheet) => ({
    sheet,
    formUrl: sheet.getFormUrl(),
  }));
  const added: Record<string, number> = {};
  const missing: string[] = [];
  for (const spec of formSpecs(config)) {
    const source = linkedResponseSheet(sheets, spec);
    if (source === null) missing.push(spec.sheet);
    else added[spec.sheet] = importForm(ctx, spec, source);
  }
  const loaded = loadProgramme(ctx.wb, config);
  const issues = writeImportIssues(ctx, evaluateLoaded(ctx, loaded).importIssues);
  const escalations = escalationsFromCheckIns(ctx, loaded);
  return { added, missing, issues, escalations };
}

export function describeImport(summary: ImportSummary): string {
  const total = Object.values(summary.added).reduce((a, b) => a + b, 0);
  const parts = Object.entries(summary.added)
    .filter(([, n]) => n > 0)
    .map(([sheet, n]) => `${n} ${sheet}`);
  const lines = [
    total === 0 ? 'No new responses.' : `${total} new responses imported (${parts.join(', ')}).`,
    `${summary.issues} import issues listed in ${ADDON_SHEETS.importIssues} (those about check-in and escalations rows in the private spreadsheet's).`,
  ];
  if (summary.escalations.length > 0)
    lines.push(`Escalations opened: ${summary.escalations.join(', ')}.`);
  if (summary.missing.length > 0)
    lines.push(`No linked response sheet found for: ${summary.missing.join(', ')}.`);
  return lines.join(' ');
}
