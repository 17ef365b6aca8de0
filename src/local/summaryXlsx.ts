/**
 * summary.xlsx: the committee's workbook, made from the CommitteeSummary only (aggregates).
 * Sheets: Decision, Thresholds, Domains, RE-AIM, Protocol lock. Numbers stay numbers with
 * display formats; statuses are coloured and written in words.
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from './excel';
import { fixZipEntryTimes } from './zipEntryTimes';
import type { ThresholdId } from '../core/config';
import type { CommitteeSummary } from '../core/committeeSummary';
import type { DomainStatus, ThresholdResult, ThresholdStatus } from '../core/results';
import {
  DECISION_DOMAIN_LABELS,
  DECISION_DOMAINS,
  DOMAIN_STATUS_WORDS,
  THRESHOLD_MEASURE,
  THRESHOLD_STATUS_SYMBOL,
  THRESHOLD_STATUS_WORDS,
  formatTarget,
  scenarioHeadline,
  thresholdStatusText,
  type MeasureKind,
} from './display';

type CellValue = string | number | null;

/** Fill and font colours (ARGB) per status; dark text on a light fill for contrast. */
const STATUS_COLOURS: Readonly<
  Record<ThresholdStatus | DomainStatus, { fill: string; font: string }>
> = {
  met: { fill: 'FFD5ECD9', font: 'FF0B4A1C' },
  not_met: { fill: 'FFF9D9D9', font: 'FF7A1010' },
  pending: { fill: 'FFE3E6E8', font: 'FF2E3A42' },
  insufficient_data: { fill: 'FFFFE8B3', font: 'FF5C3B00' },
  partial: { fill: 'FFFFE8B3', font: 'FF5C3B00' },
};

const NUMBER_FORMATS: Readonly<Record<MeasureKind, string | null>> = {
  share: '0%',
  mean: '0.00',
  change: '+0.00;-0.00;0.00',
  count: '0',
  yesNo: null,
};

const HEADER_FILL = 'FFE8EDEE';

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  return sheet;
}

function colourStatus(cell: ExcelJS.Cell, status: ThresholdStatus | DomainStatus): void {
  const colours = STATUS_COLOURS[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
  cell.font = { bold: true, color: { argb: colours.font } };
}

function wrap(sheet: ExcelJS.Worksheet, columnKeys: number[]): void {
  for (const key of columnKeys)
    sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
}

function addDecisionSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addTableSheet(workbook, 'Decision', [
    { header: 'Item', width: 42 },
    { header: 'Value', width: 90 },
  ]);
  const add = (item: string, value: CellValue): ExcelJS.Row => sheet.addRow([item, value]);
  add('As of', s.asOf);
  add('Decision', s.provisional ? 'PROVISIONAL' : `Scenario ${s.scenario}`).getCell(2).font = {
    bold: true,
  };
  add(
    s.provisional ? 'Recommendation the data so far point to' : 'Recommendation',
    s.recommendation,
  );
  add('In words', scenarioHeadline(s));
  if (s.provisional) {
    add(
      'Why provisional',
      'Some thresholds cannot be assessed yet (before the pilot end date, or a Lead input is still empty).',
    );
  }
  for (const d of DECISION_DOMAINS) {
    colourStatus(
      add(`${DECISION_DOMAIN_LABELS[d]} domain`, DOMAIN_STATUS_WORDS[s.domains[d]]).getCell(2),
      s.domains[d],
    );
  }
  s.reasons.forEach((reason, i) => add(i === 0 ? 'Why' : '', reason));
  const c = s.completion;
  add('Confirmed pairs', c.confirmedPairs);
  add('Evaluable pairs', c.evaluablePairs);
  add('Withdrawn beyond programme control (not counted as failures)', c.excusedWithdrawals);
  add('Withdrawn for other reasons (counted)', c.otherWithdrawals);
  add('Pairs with at least 2 structured meetings', c.pairsWithTwoOrMoreMeetings);
  add('Pairs with all 3 structured meetings', c.pairsWithAllMeetings);
  add('Escalations still open', s.escalations.open);
  add('Escalations resolved', s.escalations.resolved);
  add('Overall mean change (11 domains)', s.overallMeanChange).getCell(2).numFmt =
    NUMBER_FORMATS.change ?? '';
  addLevel3Rows(add, s);
  add('Import issues with the Programme Lead', s.importIssueCount);
  add('Note', 'Aggregates only: no names, emails, free-text answers or wellbeing answers.');
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
}

function addLevel3Rows(
  add: (item: string, value: CellValue) => ExcelJS.Row,
  s: CommitteeSummary,
): void {
  const rows: [string, CommitteeSummary['level3']['safety']][] = [
    ['Psychological safety', s.level3.safety],
    ['Goal progress', s.level3.goals],
  ];
  for (const [label, m] of rows) {
    add(`${label}: pairs with meetings 1 and 3`, m.n);
    add(`${label}: meeting 1 mean`, m.meanMeeting1).getCell(2).numFmt = '0.00';
    add(`${label}: meeting 3 mean`, m.meanMeeting3).getCell(2).numFmt = '0.00';
    add(`${label}: change`, m.meanChange).getCell(2).numFmt = NUMBER_FORMATS.change ?? '';
  }
}

function measureCell(cell: ExcelJS.Cell, id: ThresholdId, value: number | null): void {
  const kind = THRESHOLD_MEASURE[id];
  if (value === null) {
    cell.value = '–';
    cell.alignment = { horizontal: 'right' };
    return;
  }
  if (kind === 'yesNo') {
    cell.value = value > 0 ? 'Yes' : 'No';
    return;
  }
  cell.value = value;
  cell.numFmt = NUMBER_FORMATS[kind] ?? 'General';
}

function thresholdParts(t: ThresholdResult): string {
  return t.parts
    .map((p) => {
      const kind = THRESHOLD_MEASURE[t.id];
      const value =
        p.observed === null
          ? '–'
          : kind === 'share'
            ? `${Math.round(p.observed * 100)}%`
            : p.observed.toFixed(2);
      return `${p.label}: ${value} (n ${p.n})`;
    })
    .join('; ');
}

function addThresholdsSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addTableSheet(workbook, 'Thresholds', [
    { header: 'ID', width: 6 },
    { header: 'Domain', width: 13 },
    { header: 'Threshold', width: 48 },
    { header: 'Status', width: 20 },
    { header: 'Observed', width: 11 },
    { header: 'Target', width: 11 },
    { header: 'Target value', width: 12 },
    { header: 'n', width: 6 },
    { header: 'Decides', width: 10 },
    { header: 'Finding', width: 60 },
  ]);
  for (const t of s.thresholds) {
    const row = sheet.addRow([
      t.id,
      DECISION_DOMAIN_LABELS[t.domain],
      t.label,
      `${THRESHOLD_STATUS_SYMBOL[t.status]} ${thresholdStatusText(t)}`,
      null,
      formatTarget(t),
      null,
      t.n,
      t.aspirational ? 'No (aspirational)' : 'Yes',
      [t.detail, thresholdParts(t)].filter(Boolean).join('. '),
    ]);
    colourStatus(row.getCell(4), t.status);
    measureCell(row.getCell(5), t.id, t.observed);
    measureCell(row.getCell(7), t.id, t.target);
    row.getCell(6).alignment = { horizontal: 'right' };
  }
  wrap(sheet, [3, 10]);
}

function addDomainsSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addTableSheet(workbook, 'Domains', [
    { header: 'Domain', width: 48 },
    { header: 'Group', width: 30 },
    { header: 'Kirkpatrick level', width: 11 },
    { header: 'n paired', width: 8 },
    { header: 'Baseline mean', width: 10, numFmt: '0.00' },
    { header: 'End mean', width: 10, numFmt: '0.00' },
    { header: 'Mean change', width: 10, numFmt: NUMBER_FORMATS.change ?? '' },
    { header: 'SD of change', width: 10, numFmt: '0.00' },
    { header: '95% CI low', width: 10, numFmt: NUMBER_FORMATS.change ?? '' },
    { header: '95% CI high', width: 10, numFmt: NUMBER_FORMATS.change ?? '' },
    { header: 'Improved', width: 10, numFmt: '0%' },
    { header: 'Rank-biserial r', width: 11, numFmt: '0.00' },
    { header: 'Wilcoxon p', width: 10, numFmt: '0.000' },
    { header: 'Holm p', width: 10, numFmt: '0.000' },
  ]);
  for (const o of s.outcomes) {
    sheet.addRow([
      o.title,
      o.group,
      o.kirkpatrickLevel,
      o.n,
      o.baselineMean,
      o.endMean,
      o.meanChange,
      o.sdChange,
      o.ci95 ? o.ci95[0] : null,
      o.ci95 ? o.ci95[1] : null,
      o.improvedShare,
      o.rankBiserial,
      o.wilcoxonP,
      o.holmP,
    ]);
  }
  const overall = sheet.addRow([
    'Overall mean change (mean of the domain means)',
    null,
    null,
    null,
    null,
    null,
    s.overallMeanChange,
  ]);
  overall.font = { bold: true };
  wrap(sheet, [1, 2]);
  sheet.getRow(1).height = 32;
}

function addReAimSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addTableSheet(workbook, 'RE-AIM', [
    { header: 'Dimension', width: 16 },
    { header: 'Measure', width: 48 },
    { header: 'Value', width: 36 },
  ]);
  const { reach, adoption, maintenance } = s.reAim;
  const status = (id: ThresholdId): string => {
    const t = s.thresholds.find((x) => x.id === id);
    return t ? THRESHOLD_STATUS_WORDS[t.status] : 'Not evaluated';
  };
  const rows: [string, string, CellValue][] = [
    ['Reach', 'Mentee applications', reach.menteeApplications],
    ['Reach', 'Eligible mentees', reach.eligibleMentees],
    ['Reach', 'Mentor applications', reach.mentorApplications],
    ['Reach', 'Eligible mentors', reach.eligibleMentors],
    ['Reach', 'Target pairs', reach.targetPairs],
    ['Reach', 'Confirmed pairs', reach.confirmedPairs],
    ['Reach', 'F1 eligible mentors recruited', status('F1')],
    ['Reach', 'F2 eligible mentee applications', status('F2')],
    ...s.reAim.effectiveness.map((id): [string, string, CellValue] => [
      'Effectiveness',
      thresholdName(s, id),
      status(id),
    ]),
    ['Adoption', 'Mentors responding to feedback', adoption.mentorsResponding],
    ['Adoption', 'Willing to mentor again: yes', adoption.willingYes],
    ['Adoption', 'Willing to mentor again: maybe', adoption.willingMaybe],
    ['Adoption', 'Willing to mentor again: no', adoption.willingNo],
    ['Adoption', 'Share willing (yes)', adoption.willingShare],
    ...s.reAim.implementation.map((id): [string, string, CellValue] => [
      'Implementation',
      thresholdName(s, id),
      status(id),
    ]),
    ['Maintenance', 'Committee decision', maintenance.committeeDecision || 'Not yet recorded'],
    ['Maintenance', 'Committee decision date', maintenance.committeeDecisionDate ?? '–'],
  ];
  for (const r of rows) {
    const row = sheet.addRow(r);
    if (r[1] === 'Share willing (yes)') row.getCell(3).numFmt = '0%';
    row.getCell(3).alignment = { horizontal: 'left', wrapText: true };
  }
  wrap(sheet, [2]);
}

function thresholdName(s: CommitteeSummary, id: ThresholdId): string {
  const t = s.thresholds.find((x) => x.id === id);
  return t ? `${id} ${t.label}` : id;
}

function addLockSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addTableSheet(workbook, 'Protocol lock', [
    { header: 'Item', width: 24 },
    { header: 'Value', width: 36 },
    { header: 'What changed', width: 60 },
  ]);
  const { lock } = s;
  sheet.addRow([
    'Locked before launch',
    lock.locked ? 'Yes' : 'No (thresholds not shown to be pre-specified)',
  ]);
  sheet.addRow(['Locked at', lock.lockedAt ?? '–']);
  sheet.addRow(['Locked by', lock.lockedBy ?? '–']);
  sheet.addRow(['Configuration SHA-256', lock.hash ?? '–']);
  sheet.addRow([]);
  const head = sheet.addRow(['Deviation: when', 'Who', 'What changed']);
  head.font = { bold: true };
  if (lock.deviations.length === 0) sheet.addRow(['None recorded']);
  for (const d of lock.deviations) sheet.addRow([d.when, d.who, d.what]);
  wrap(sheet, [2, 3]);
}

/** The workbook's own dates: the as-of date, never the time of writing, so bytes repeat. */
function workbookDate(s: CommitteeSummary): Date {
  return new Date(`${s.asOf}T00:00:00Z`);
}

export async function buildSummaryWorkbook(summary: CommitteeSummary): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Dyad';
  workbook.lastModifiedBy = 'Dyad';
  workbook.title = 'Mentorship pilot: committee decision summary';
  workbook.created = workbook.modified = workbookDate(summary);
  addDecisionSheet(workbook, summary);
  addThresholdsSheet(workbook, summary);
  addDomainsSheet(workbook, summary);
  addReAimSheet(workbook, summary);
  addLockSheet(workbook, summary);
  return workbook;
}

/**
 * summary.xlsx as bytes, the same in Node and in a browser: the same summary always gives the
 * same bytes (no clock is read), so a file made on the web page matches the command line's.
 */
export async function summaryXlsxBytes(summary: CommitteeSummary): Promise<Uint8Array> {
  const buffer = await (await buildSummaryWorkbook(summary)).xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(new Uint8Array(buffer as ArrayBuffer));
  return fixZipEntryTimes(bytes, workbookDate(summary));
}
