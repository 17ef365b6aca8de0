/**
 * summary.xlsx: the committee's workbook, made from the CommitteeSummary only (aggregates).
 * Sheets: Decision, How to read this, Thresholds, Domains, Chart, RE-AIM, Reproducibility.
 * Numbers stay numbers and dates stay dates, with display formats; statuses are coloured and
 * written in words; every sheet prints on A4, one page wide, its header row repeated.
 * Pure: no Node API, and the same summary always gives the same bytes.
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
  formatTarget,
  scenarioHeadline,
  thresholdStatusText,
  type MeasureKind,
} from './display';
import {
  domainShownStatus,
  domainStatusText,
  isSuppressed,
  overallChangeWithheld,
  suppressedText,
} from './committeeReading';
import { domainChartPng } from './chartPng';
import { chartDescription } from './domainChartSvg';
import { CHART_TITLE } from './domainChart';

type CellValue = string | number | Date | null;

export const SUMMARY_TITLE = 'Mentorship pilot: committee decision summary';

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
const CHANGE_FORMAT = NUMBER_FORMATS.change ?? '0.00';

export const DATE_FORMAT = 'd mmmm yyyy';
export const DATE_TIME_FORMAT = 'd mmmm yyyy hh:mm "UTC"';

const HEADER_FILL = 'FFE8EDEE';
/** The workbook's own font, named so bold text is not drawn in another face. */
const BOLD = { name: 'Calibri', size: 11, bold: true } as const;
const REACHED_FILL = 'FFD6E6F5';

/** A4 (paper size 9 in the file format), one page wide, as many pages down as it needs. */
const A4 = 9;
/** Margins in inches, as the file format holds them: about 1.5 cm at the sides. */
const MARGINS = { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 };

type Orientation = 'portrait' | 'landscape';

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Header and footer text is markup: a literal ampersand is written twice. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  orientation: Orientation,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: A4,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: false,
      margins: MARGINS,
      printTitlesRow: '1:1',
    },
    headerFooter: {
      oddFooter: `&L${footerText(SUMMARY_TITLE)} · ${footerText(name)}&RPage &P of &N`,
    },
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.getRow(1);
  header.font = BOLD;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  return sheet;
}

/** Points per line of 11-pt text, and characters per unit of column width (kept low, so a
 * line estimate errs towards room to spare rather than cut text). */
const LINE_POINTS = 15;
const CHARS_PER_WIDTH = 1.1;

function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split('\n').reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const length = word.length + (used > 0 ? 1 : 0);
      if (used > 0 && used + length > perLine) {
        count += 1 + Math.floor((word.length - 1) / perLine);
        used = word.length % perLine || perLine;
      } else {
        used += length;
      }
    }
    return lines + count;
  }, 0);
}

/**
 * Row heights for wrapped text, set here because neither Excel nor LibreOffice grows a row
 * that a file gives no height: without it a long finding prints over the next row.
 */
function fitRowHeights(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell, col) => {
      cell.alignment = { ...cell.alignment, vertical: 'top' };
      if (typeof cell.value !== 'string') return;
      const width = sheet.getColumn(col).width ?? 10;
      lines = Math.max(lines, linesNeeded(cell.value, width));
    });
    if (lines > 1) row.height = lines * LINE_POINTS;
  });
}

/** The print area: every column of the sheet, down to `lastRow` (its last row by default). */
function setPrintArea(sheet: ExcelJS.Worksheet, lastRow = sheet.rowCount): void {
  fitRowHeights(sheet);
  sheet.pageSetup.printArea = `A1:${columnLetter(sheet.columnCount)}${Math.max(lastRow, 1)}`;
}

function colourStatus(cell: ExcelJS.Cell, status: ThresholdStatus | DomainStatus): void {
  const colours = STATUS_COLOURS[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
  cell.font = { ...BOLD, color: { argb: colours.font } };
}

/** Wraps the text of these columns, keeping each cell's own horizontal alignment. */
function wrap(sheet: ExcelJS.Worksheet, columnKeys: number[]): void {
  for (const key of columnKeys) {
    sheet.getColumn(key).eachCell((cell) => {
      cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
    });
  }
}

/** "2026-08-10" or an ISO time → a date cell's value (UTC, as the workbook reads it). */
function dateValue(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Writes a date (or the text as it is, when it is no date) with the date format. */
function dateCell(cell: ExcelJS.Cell, iso: string | null | undefined, format = DATE_FORMAT): void {
  const date = dateValue(iso);
  cell.value = date ?? (iso || '–');
  if (date) cell.numFmt = format;
  cell.alignment = { horizontal: 'left', vertical: 'top' };
}

type AddRow = (item: string, value: CellValue) => ExcelJS.Row;

function itemAdder(sheet: ExcelJS.Worksheet): AddRow {
  return (item, value) => sheet.addRow([item, value]);
}

function addDecisionSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addSheet(
    workbook,
    'Decision',
    [
      { header: 'Item', width: 34 },
      { header: 'Value', width: 70 },
    ],
    'portrait',
  );
  const add = itemAdder(sheet);
  const { stamp } = s;
  if (stamp) {
    add('Programme', stamp.programmeName);
    add('Trust', stamp.trust);
  }
  dateCell(add('As of', null).getCell(2), s.asOf);
  if (stamp) dateCell(add('Generated', null).getCell(2), stamp.generatedAt, DATE_TIME_FORMAT);
  add('Decision', s.provisional ? 'PROVISIONAL' : `Scenario ${s.scenario}`).getCell(2).font = BOLD;
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
      add(
        `${DECISION_DOMAIN_LABELS[d]} domain`,
        domainStatusText(s, d, DOMAIN_STATUS_WORDS),
      ).getCell(2),
      domainShownStatus(s, d),
    );
  }
  const restsOn = s.scenarioRestsOn;
  if (s.provisional && restsOn.length > 0) {
    add('Scenario rests so far on', restsOn.map((d) => DECISION_DOMAIN_LABELS[d]).join(', '));
  }
  if (s.provisional) {
    add('Thresholds at risk so far', s.atRisk.length ? s.atRisk.join(', ') : 'None so far');
  }
  s.reasons.forEach((reason, i) => add(i === 0 ? 'Why' : '', reason));
  addCompletionRows(add, s);
  add('Import issues with the Programme Lead', s.importIssueCount);
  add('Note', 'Aggregates only: no names, emails, free-text answers or wellbeing answers.');
  sheet.getColumn(2).eachCell((cell) => {
    cell.alignment = { horizontal: 'left', ...cell.alignment, wrapText: true, vertical: 'top' };
  });
  wrap(sheet, [1]);
  setPrintArea(sheet);
}

function addCompletionRows(add: AddRow, s: CommitteeSummary): void {
  const c = s.completion;
  add('Confirmed pairs', c.confirmedPairs);
  add('Evaluable pairs', c.evaluablePairs);
  add('Withdrawn beyond programme control (not counted as failures)', c.excusedWithdrawals);
  add('Withdrawn for other reasons (counted)', c.otherWithdrawals);
  add('Pairs with at least 2 structured meetings', c.pairsWithTwoOrMoreMeetings);
  add('Pairs with all 3 structured meetings', c.pairsWithAllMeetings);
  add('Escalations still open', s.escalations.open);
  add('Escalations resolved', s.escalations.resolved);
  const overall = overallChangeWithheld(s);
  add('Overall mean change (11 domains)', overall ?? s.overallMeanChange).getCell(2).numFmt =
    overall ? 'General' : CHANGE_FORMAT;
  addLevel3Rows(add, s);
}

function addLevel3Rows(add: AddRow, s: CommitteeSummary): void {
  const rows: [string, CommitteeSummary['level3']['safety']][] = [
    ['Psychological safety', s.level3.safety],
    ['Goal progress', s.level3.goals],
  ];
  for (const [label, m] of rows) {
    add(`${label}: pairs with meetings 1 and 3`, m.n);
    const figures: [string, number | null, string][] = [
      ['meeting 1 mean', m.meanMeeting1, '0.00'],
      ['meeting 3 mean', m.meanMeeting3, '0.00'],
      ['change', m.meanChange, CHANGE_FORMAT],
    ];
    for (const [what, value, format] of figures) {
      const suppressed = isSuppressed(m);
      const row = add(`${label}: ${what}`, suppressed ? suppressedText(s) : value);
      if (!suppressed) row.getCell(2).numFmt = format;
    }
  }
}

function addHowToReadSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addSheet(
    workbook,
    'How to read this',
    [
      { header: 'Topic', width: 26 },
      { header: 'In plain words', width: 86 },
    ],
    'portrait',
  );
  const e = s.explanation;
  if (!e) {
    sheet.addRow(['', 'No explanation was given with this summary.']);
    setPrintArea(sheet);
    return;
  }
  const section = (title: string, words: string): void => heading(sheet.addRow([title, words]));
  section('Scenarios', e.scenarioIntro);
  for (const line of e.scenarios) {
    const row = sheet.addRow([
      line.reached ? `Scenario ${line.scenario}: ${line.mark}` : `Scenario ${line.scenario}`,
      `${line.rule} → ${line.recommendation}`,
    ]);
    if (line.reached) {
      row.font = BOLD;
      row.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: REACHED_FILL } };
      });
    }
  }
  section('Change or chance?', e.overallFinding);
  for (const g of e.domainGroups) sheet.addRow([g.group, g.sentence]);
  for (const note of e.effectSizeNotes) sheet.addRow(['Effect size of ±1', note]);
  section('Statistics', 'What each column of the Domains sheet means.');
  for (const t of e.statistics) sheet.addRow([t.term, t.meaning]);
  section('Statuses', 'What each status of the Thresholds sheet means.');
  for (const t of e.statuses) sheet.addRow([t.term, t.meaning]);
  wrap(sheet, [1, 2]);
  setPrintArea(sheet);
}

function measureCell(
  s: CommitteeSummary,
  cell: ExcelJS.Cell,
  id: ThresholdId,
  value: number | null,
  withheld: boolean,
): void {
  const kind = THRESHOLD_MEASURE[id];
  if (value === null) {
    cell.value = withheld ? suppressedText(s) : '–';
    cell.alignment = { horizontal: 'right', wrapText: true };
    return;
  }
  if (kind === 'yesNo') {
    cell.value = value > 0 ? 'Yes' : 'No';
    cell.alignment = { horizontal: 'right' };
    return;
  }
  cell.value = value;
  cell.numFmt = NUMBER_FORMATS[kind] ?? 'General';
}

function thresholdParts(s: CommitteeSummary, t: ThresholdResult): string {
  return t.parts
    .map((p) => {
      const kind = THRESHOLD_MEASURE[t.id];
      const value =
        p.observed === null
          ? isSuppressed(p)
            ? suppressedText(s)
            : '–'
          : kind === 'share'
            ? `${Math.round(p.observed * 100)}%`
            : p.observed.toFixed(2);
      return `${p.label}: ${value} (n ${p.n})`;
    })
    .join('; ');
}

function addThresholdsSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addSheet(
    workbook,
    'Thresholds',
    [
      { header: 'ID', width: 5 },
      { header: 'Domain', width: 12 },
      { header: 'Threshold', width: 40 },
      { header: 'Status', width: 22 },
      { header: 'Observed', width: 11 },
      { header: 'Target', width: 9 },
      { header: 'n', width: 5 },
      { header: 'Decides', width: 10 },
      { header: 'Finding', width: 52 },
    ],
    'landscape',
  );
  for (const t of s.thresholds) {
    const row = sheet.addRow([
      t.id,
      DECISION_DOMAIN_LABELS[t.domain],
      t.label,
      `${THRESHOLD_STATUS_SYMBOL[t.status]} ${thresholdStatusText(t)}`,
      null,
      formatTarget(t),
      t.n,
      t.aspirational ? 'No (aspirational)' : 'Yes',
      [t.detail, thresholdParts(s, t)].filter(Boolean).join('. '),
    ]);
    colourStatus(row.getCell(4), t.status);
    measureCell(s, row.getCell(5), t.id, t.observed, isSuppressed(t));
    row.getCell(6).alignment = { horizontal: 'right', vertical: 'top' };
  }
  wrap(sheet, [2, 3, 4, 8, 9]);
  setPrintArea(sheet);
}

function addDomainsSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addSheet(
    workbook,
    'Domains',
    [
      { header: 'Domain', width: 34 },
      { header: 'Group', width: 18 },
      { header: 'Level', width: 6 },
      { header: 'n paired', width: 7 },
      { header: 'Baseline mean', width: 9, numFmt: '0.00' },
      { header: 'End mean', width: 9, numFmt: '0.00' },
      { header: 'Mean change', width: 9, numFmt: CHANGE_FORMAT },
      { header: 'SD of change', width: 9, numFmt: '0.00' },
      { header: '95% CI low', width: 9, numFmt: CHANGE_FORMAT },
      { header: '95% CI high', width: 9, numFmt: CHANGE_FORMAT },
      { header: 'Improved', width: 9, numFmt: '0%' },
      { header: 'Effect size r', width: 9, numFmt: '0.00' },
      { header: 'Wilcoxon p', width: 9, numFmt: '0.000' },
      { header: 'Holm p', width: 9, numFmt: '0.000' },
    ],
    'landscape',
  );
  for (const o of s.outcomes) {
    const held = isSuppressed(o);
    sheet.addRow(
      held
        ? [o.title, o.group, o.kirkpatrickLevel, o.n, suppressedText(s)]
        : [
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
          ],
    );
  }
  const overall = sheet.addRow([
    'Overall mean change (mean of the domain means)',
    null,
    null,
    null,
    null,
    null,
    overallChangeWithheld(s) ?? s.overallMeanChange,
  ]);
  overall.font = BOLD;
  wrap(sheet, [1, 2]);
  setPrintArea(sheet);
}

/** Base64 of bytes, with no Node API. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

/** Shown size of the chart image in the sheet, in pixels (it is drawn at twice this). */
const CHART_SHOWN_WIDTH = 600;
/** A sheet row's default height, in pixels. */
const ROW_PX = 20;

function addChartSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addSheet(workbook, 'Chart', [{ header: CHART_TITLE, width: 88 }], 'portrait');
  const description = sheet.addRow([
    chartDescription(s.outcomes, s.overallMeanChange, overallChangeWithheld(s)),
  ]);
  description.alignment = { wrapText: true, vertical: 'top' };
  const chart = domainChartPng(s.outcomes);
  const shownHeight = Math.round((chart.height * CHART_SHOWN_WIDTH) / chart.width);
  const image = workbook.addImage({ base64: base64(chart.png), extension: 'png' });
  const firstRow = 3;
  sheet.addImage(image, {
    tl: { col: 0, row: firstRow },
    ext: { width: CHART_SHOWN_WIDTH, height: shownHeight },
    editAs: 'oneCell',
  });
  sheet.addRow(['The Domains sheet gives the same figures as numbers.']);
  setPrintArea(sheet, firstRow + Math.ceil(shownHeight / ROW_PX) + 1);
}

function addReAimSheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addSheet(
    workbook,
    'RE-AIM',
    [
      { header: 'Dimension', width: 16 },
      { header: 'Measure', width: 48 },
      { header: 'Value', width: 36 },
    ],
    'portrait',
  );
  const { reach, adoption, maintenance } = s.reAim;
  const status = (id: ThresholdId): string => {
    const t = s.thresholds.find((x) => x.id === id);
    return t ? thresholdStatusText(t) : 'Not evaluated';
  };
  const withheld = isSuppressed(adoption) ? suppressedText(s) : null;
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
    ['Adoption', 'Willing to mentor again: yes', withheld ?? adoption.willingYes],
    ['Adoption', 'Willing to mentor again: maybe', withheld ?? adoption.willingMaybe],
    ['Adoption', 'Willing to mentor again: no', withheld ?? adoption.willingNo],
    ['Adoption', 'Share willing (yes)', withheld ?? adoption.willingShare],
    ...s.reAim.implementation.map((id): [string, string, CellValue] => [
      'Implementation',
      thresholdName(s, id),
      status(id),
    ]),
    ['Maintenance', 'Committee decision', maintenance.committeeDecision || 'Not yet recorded'],
    ['Maintenance', 'Committee decision date', null],
  ];
  for (const r of rows) {
    const row = sheet.addRow(r);
    if (r[1] === 'Share willing (yes)' && typeof r[2] === 'number') row.getCell(3).numFmt = '0%';
    row.getCell(3).alignment = { horizontal: 'left', wrapText: true, vertical: 'top' };
  }
  dateCell(sheet.getRow(sheet.rowCount).getCell(3), maintenance.committeeDecisionDate);
  wrap(sheet, [2]);
  setPrintArea(sheet);
}

function thresholdName(s: CommitteeSummary, id: ThresholdId): string {
  const t = s.thresholds.find((x) => x.id === id);
  return t ? `${id} ${t.label}` : id;
}

function addReproducibilitySheet(workbook: ExcelJS.Workbook, s: CommitteeSummary): void {
  const sheet = addSheet(
    workbook,
    'Reproducibility',
    [
      { header: 'Item', width: 30 },
      { header: 'Value', width: 70 },
      { header: 'Rows', width: 8 },
    ],
    'portrait',
  );
  const add = itemAdder(sheet);
  const { lock } = s;
  add(
    'Protocol locked before launch',
    lock.locked ? 'Yes' : 'No (thresholds not shown to be pre-specified)',
  );
  dateCell(add('Locked at', null).getCell(2), lock.lockedAt, DATE_TIME_FORMAT);
  add('Locked by', lock.lockedBy ?? '–');
  add('Configuration SHA-256 when locked', lock.hash ?? '–');
  const { stamp } = s;
  if (stamp) {
    add('Configuration SHA-256 in force', stamp.configHash);
    add('Dyad version', stamp.dyadVersion);
    dateCell(add('As of', null).getCell(2), stamp.asOf);
    dateCell(add('Generated', null).getCell(2), stamp.generatedAt, DATE_TIME_FORMAT);
    add('Command that makes it again', stamp.command);
    sheet.addRow([]);
    heading(sheet.addRow(['Input sheet', 'SHA-256', 'Rows']));
    for (const input of stamp.inputs) sheet.addRow([input.sheet, input.sha256, input.rows]);
  }
  sheet.addRow([]);
  heading(sheet.addRow(['Deviation: when', 'What changed', 'Who']));
  if (lock.deviations.length === 0) sheet.addRow(['None recorded']);
  for (const d of lock.deviations) {
    const row = sheet.addRow([null, d.what, d.who]);
    dateCell(row.getCell(1), d.when, DATE_TIME_FORMAT);
  }
  wrap(sheet, [2]);
  setPrintArea(sheet);
}

function heading(row: ExcelJS.Row): void {
  row.font = BOLD;
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
}

/** The workbook's own dates: the as-of date, never the time of writing, so bytes repeat. */
function workbookDate(s: CommitteeSummary): Date {
  return new Date(`${s.asOf}T00:00:00Z`);
}

export async function buildSummaryWorkbook(summary: CommitteeSummary): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Dyad';
  workbook.lastModifiedBy = 'Dyad';
  workbook.title = SUMMARY_TITLE;
  workbook.created = workbook.modified = workbookDate(summary);
  addDecisionSheet(workbook, summary);
  addHowToReadSheet(workbook, summary);
  addThresholdsSheet(workbook, summary);
  addDomainsSheet(workbook, summary);
  addChartSheet(workbook, summary);
  addReAimSheet(workbook, summary);
  addReproducibilitySheet(workbook, summary);
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
