/**
 * The committee's summary: a SEPARATE spreadsheet, shared view-only with the committee members,
 * made only from the core's committeeSummary (aggregates: no email, name, free text, pulse
 * answer or per-person row). Viewers of a spreadsheet can read every sheet in it, so nothing
 * else is ever written there.
 */
import { DOMAIN_SHORT_LABELS } from '../../core/domainLabels';
import { committeeSummary, type CommitteeSummary } from '../../core/committeeSummary';
import { PROGRAMME_COLUMNS, SHEETS } from '../../core/instruments';
import type { ThresholdPart, ThresholdStatus } from '../../core/results';
import type { ActionContext } from '../platform/action';
import { COMMITTEE_SUMMARY_SETTING } from '../platform/addonSheets';
import { evaluateToday } from './evaluation';
import { openRecordedSpreadsheet, recordFile } from '../platform/files';
import { shareCommittee } from '../platform/sharing';
import { round } from '../matching/proposals';
import { columnOf, readSheet, writeTextRows, type SheetValue } from '../platform/sheetIo';
import { notShownText } from '../../core/smallNumbers';
import { explain } from '../../core/explain';
import { reproduceCommand, reproducibilityStamp } from '../../core/stamp';
import { DYAD_VERSION } from '../platform/version';
import type { EvaluatedProgramme } from './evaluation';
import { readingGrid, reproducibilityGrid } from './readingSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const COMMITTEE_SHEETS = {
  decision: 'Decision',
  thresholds: 'Thresholds',
  outcomes: 'Outcomes',
  reAim: 'RE-AIM',
  reading: 'How to read this',
  reproducibility: 'Reproducibility',
} as const;

export const STATUS_WORDS: Record<ThresholdStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  pending: 'Pending',
  insufficient_data: 'Insufficient data',
};

export const STATUS_COLOURS: Record<ThresholdStatus, string> = {
  met: '#d9ead3',
  not_met: '#f4cccc',
  pending: '#eeeeee',
  insufficient_data: '#fff2cc',
};

const DOMAIN_WORDS: Record<string, string> = {
  met: 'Met',
  partial: 'Partly met',
  not_met: 'Not met',
  pending: 'Pending',
};

type Grid = SheetValue[][];
type DecisionDomain = keyof CommitteeSummary['domains'];

function domainName(domain: DecisionDomain): string {
  return domain.charAt(0).toUpperCase() + domain.slice(1);
}

/** A domain's status, with what the data so far say while it is pending. */
function domainWords(s: CommitteeSummary, domain: DecisionDomain): string {
  const words = DOMAIN_WORDS[s.domains[domain]];
  if (s.domains[domain] !== 'pending') return words;
  return `${words} (so far ${DOMAIN_WORDS[s.domainsSoFar[domain]].toLowerCase()})`;
}

function num(value: number | null, places = 3): SheetValue {
  return value === null ? '' : round(value, places);
}

/** A figure, or the words saying it is withheld because too few people gave it. */
function shown(
  s: CommitteeSummary,
  suppressed: boolean | undefined,
  value: number | null,
  places = 3,
): SheetValue {
  return suppressed === true ? notShownText(s.minCommitteeCount) : num(value, places);
}

function decisionGrid(s: CommitteeSummary): Grid {
  const lock = s.lock;
  return [
    ['Dyad mentorship pilot: committee summary', ''],
    ['As of', s.asOf],
    [
      'Status',
      s.provisional
        ? 'PROVISIONAL: data are still coming in; this is where they point so far'
        : 'Final',
    ],
    ['Scenario', s.scenario],
    ['Recommendation', s.provisional ? `PROVISIONAL: ${s.recommendation}` : s.recommendation],
    ['', ''],
    ['Why', ''],
    ...s.reasons.map((reason) => ['', reason]),
    ['', ''],
    ['Domain', 'Status'],
    ['Completion', domainWords(s, 'completion')],
    ['Impact', domainWords(s, 'impact')],
    ['Feasibility', domainWords(s, 'feasibility')],
    ...(s.provisional
      ? [
          ['The provisional scenario rests on', s.scenarioRestsOn.map(domainName).join(', ')],
          ['Thresholds at risk so far', s.atRisk.length === 0 ? 'None' : s.atRisk.join(', ')],
        ]
      : []),
    ['', ''],
    [
      'Protocol lock',
      lock.locked ? `Locked at ${lock.lockedAt} by the ${lock.lockedBy}` : 'Not locked',
    ],
    ['SHA-256 of the locked protocol', lock.hash ?? ''],
    ['Deviations from the pre-specified protocol', lock.deviations.length],
    ...lock.deviations.map((d) => [`${d.when} (${d.who})`, d.what]),
    ['', ''],
    ['Confirmed pairs', s.completion.confirmedPairs],
    ['Evaluable pairs', s.completion.evaluablePairs],
    ['Withdrawals beyond programme control (not counted)', s.completion.excusedWithdrawals],
    ['Other withdrawals (counted)', s.completion.otherWithdrawals],
    ['Pairs with at least 2 structured meetings', s.completion.pairsWithTwoOrMoreMeetings],
    ['Pairs with all structured meetings', s.completion.pairsWithAllMeetings],
    ['Escalations open', s.escalations.open],
    ['Escalations resolved', s.escalations.resolved],
    [
      'Psychological safety, meeting 1 → 3 (mean change)',
      shown(s, s.level3.safety.suppressed, s.level3.safety.meanChange, 2),
    ],
    ['Psychological safety: people with both meetings (n)', s.level3.safety.n],
    [
      'Goal progress, meeting 1 → 3 (mean change)',
      shown(s, s.level3.goals.suppressed, s.level3.goals.meanChange, 2),
    ],
    ['Goal progress: people with both meetings (n)', s.level3.goals.n],
    ['Data problems the Lead is reviewing', s.importIssueCount],
  ];
}

const THRESHOLD_HEADER = [
  'ID',
  'Domain',
  'Threshold',
  'Status',
  'So far',
  'Observed',
  'Target',
  'n',
  'Finding',
  'Decides',
];

function partValue(s: CommitteeSummary, p: ThresholdPart): string {
  if (p.suppressed === true) return notShownText(s.minCommitteeCount);
  return p.observed === null ? 'no data' : String(round(p.observed, 3));
}

function thresholdGrid(s: CommitteeSummary): Grid {
  return [
    THRESHOLD_HEADER,
    ...s.thresholds.map((t) => [
      t.id,
      t.domain,
      t.label,
      STATUS_WORDS[t.status],
      t.status === 'pending' ? STATUS_WORDS[t.statusSoFar] : '',
      t.observed === null && t.suppressed !== true
        ? 'No data yet'
        : shown(s, t.suppressed, t.observed),
      t.target,
      t.n,
      [t.detail, ...t.parts.map((p) => `${p.label}: ${partValue(s, p)} (n = ${p.n})`)].join(' · '),
      t.aspirational ? 'No (aspirational)' : 'Yes',
    ]),
  ];
}

const OUTCOME_HEADER = [
  'Domain',
  'Baseline mean',
  'End mean',
  'Group',
  'Kirkpatrick level',
  'n',
  'Mean change',
  'SD of change',
  '95% CI low',
  '95% CI high',
  'Share improved',
  'Rank-biserial',
  'Wilcoxon p',
  'Holm p',
];

function outcomeGrid(s: CommitteeSummary): Grid {
  return [
    OUTCOME_HEADER,
    ...s.outcomes.map((o) => [
      o.title,
      shown(s, o.suppressed, o.baselineMean, 2),
      shown(s, o.suppressed, o.endMean, 2),
      o.group,
      o.kirkpatrickLevel,
      o.n,
      shown(s, o.suppressed, o.meanChange, 2),
      shown(s, o.suppressed, o.sdChange, 2),
      shown(s, o.suppressed, o.ci95 ? o.ci95[0] : null, 2),
      shown(s, o.suppressed, o.ci95 ? o.ci95[1] : null, 2),
      shown(s, o.suppressed, o.improvedShare, 3),
      shown(s, o.suppressed, o.rankBiserial, 3),
      shown(s, o.suppressed, o.wilcoxonP, 4),
      shown(s, o.suppressed, o.holmP, 4),
    ]),
    [
      'Mean of the domain changes (I1)',
      '',
      '',
      '',
      '',
      '',
      shown(s, s.overallMeanChangeSuppressed, s.overallMeanChange, 2),
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ],
  ];
}

function reAimGrid(s: CommitteeSummary): Grid {
  const r = s.reAim;
  const status = (ids: readonly string[]) =>
    ids
      .map(
        (id) =>
          `${id}: ${STATUS_WORDS[s.thresholds.find((t) => t.id === id)?.status ?? 'pending']}`,
      )
      .join('; ');
  return [
    ['RE-AIM dimension', 'Measure', 'Value'],
    ['Reach', 'Mentee applications', r.reach.menteeApplications],
    ['Reach', 'Eligible mentees (F2)', r.reach.eligibleMentees],
    ['Reach', 'Mentor applications', r.reach.mentorApplications],
    ['Reach', 'Eligible mentors (F1)', r.reach.eligibleMentors],
    ['Reach', 'Target pairs', r.reach.targetPairs],
    ['Reach', 'Confirmed pairs', r.reach.confirmedPairs],
    ['Effectiveness', 'Impact thresholds', status(r.effectiveness)],
    ['Adoption', 'Mentors answering feedback', r.adoption.mentorsResponding],
    [
      'Adoption',
      'Willing to mentor again: Yes / Maybe / No',
      r.adoption.suppressed === true
        ? notShownText(s.minCommitteeCount)
        : `${r.adoption.willingYes ?? 0} / ${r.adoption.willingMaybe ?? 0} / ${r.adoption.willingNo ?? 0}`,
    ],
    [
      'Adoption',
      'Share willing to continue',
      shown(s, r.adoption.suppressed, r.adoption.willingShare, 3),
    ],
    ['Implementation', 'Completion thresholds', status(r.implementation)],
    ['Maintenance', 'Committee decision', r.maintenance.committeeDecision || 'Not yet recorded'],
    ['Maintenance', 'Committee decision date', r.maintenance.committeeDecisionDate ?? ''],
  ];
}

/** Rewrites a sheet with one rectangular setValues. */
function writeGrid(ss: Spreadsheet, name: string, grid: Grid): Sheet {
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  sheet.clear();
  const width = Math.max(...grid.map((row) => row.length));
  const rows = grid.map((row) => [...row, ...Array<SheetValue>(width - row.length).fill('')]);
  writeTextRows(sheet, 1, width, rows);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

function colourThresholds(sheet: Sheet, s: CommitteeSummary): void {
  if (s.thresholds.length === 0) return;
  const colours = s.thresholds.map((t) => THRESHOLD_HEADER.map(() => STATUS_COLOURS[t.status]));
  sheet.getRange(2, 1, s.thresholds.length, THRESHOLD_HEADER.length).setBackgrounds(colours);
}

function addOutcomeChart(sheet: Sheet, s: CommitteeSummary): void {
  sheet.getCharts().forEach((chart) => sheet.removeChart(chart));
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(1, 1, s.outcomes.length + 1, 3))
    .setOption('title', 'Mean score per domain: baseline and end of pilot (1–10)')
    .setOption('hAxis', { minValue: 0, maxValue: 10 })
    .setPosition(s.outcomes.length + 4, 1, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/**
 * The committee's spreadsheet: the one recorded, whoever made it. One that exists but cannot be
 * opened by the caller is refused in words naming its owner; a second one is never made.
 */
function openSummarySpreadsheet(
  programmeName: string,
  user: string,
): { ss: Spreadsheet; created: boolean } {
  const found = openRecordedSpreadsheet('committee');
  if (found !== null) return { ss: found, created: false };
  const ss = SpreadsheetApp.create(`Dyad committee summary: ${programmeName}`);
  recordFile('committee', ss.getId(), user);
  return { ss, created: true };
}

function linkFromProgramme(ctx: ActionContext, url: string): void {
  const sheet = ctx.wb.sheet(SHEETS.programme);
  if (sheet === null) return;
  const { header, rows } = readSheet(sheet);
  const setting = columnOf(header, PROGRAMME_COLUMNS.setting);
  const index = rows.findIndex((row) => String(row[setting]).trim() === COMMITTEE_SUMMARY_SETTING);
  writeTextRows(sheet, index >= 0 ? index + 2 : rows.length + 2, 2, [
    [COMMITTEE_SUMMARY_SETTING, url],
  ]);
}

export interface CommitteeOutcome {
  url: string;
  created: boolean;
  sharedWith: number;
  provisional: boolean;
}

/** How the same summary is made again: from the menu, or with the command line on an export. */
function reproduceWords(asOf: string): string {
  return (
    `Dyad → Update committee summary, as of ${asOf}; or, with the sheets exported as CSV into a ` +
    `folder: ${reproduceCommand('exported-sheets', asOf, 'summary')}`
  );
}

/** The committee's view, with the plain words and the stamp the command line gives it too. */
export function summaryOf(
  ctx: ActionContext,
  { loaded, evaluation }: EvaluatedProgramme,
): CommitteeSummary {
  const { config, lock } = ctx.protocol();
  const stamp = reproducibilityStamp({
    dyadVersion: DYAD_VERSION,
    tables: loaded.tables,
    config,
    lock,
    asOf: evaluation.asOf,
    generatedAt: ctx.now,
    command: reproduceWords(evaluation.asOf),
  });
  const explanation = explain(evaluation, config, {
    minCount: config.minCommitteeCount,
    domainName: (key) => DOMAIN_SHORT_LABELS[key],
  });
  return committeeSummary(evaluation, { stamp, explanation });
}

export function updateCommittee(ctx: ActionContext): CommitteeOutcome {
  const summary = summaryOf(ctx, evaluateToday(ctx));
  const { ss, created } = openSummarySpreadsheet(ctx.wb.ss.getName(), ctx.user);
  writeGrid(ss, COMMITTEE_SHEETS.decision, decisionGrid(summary));
  colourThresholds(writeGrid(ss, COMMITTEE_SHEETS.thresholds, thresholdGrid(summary)), summary);
  addOutcomeChart(writeGrid(ss, COMMITTEE_SHEETS.outcomes, outcomeGrid(summary)), summary);
  writeGrid(ss, COMMITTEE_SHEETS.reAim, reAimGrid(summary));
  writeGrid(ss, COMMITTEE_SHEETS.reading, readingGrid(summary));
  writeGrid(ss, COMMITTEE_SHEETS.reproducibility, reproducibilityGrid(summary));
  if (created) {
    const names = Object.values(COMMITTEE_SHEETS) as string[];
    ss.getSheets()
      .filter((sheet) => !names.includes(sheet.getName()))
      .forEach((sheet) => ss.deleteSheet(sheet));
  }
  const sharedWith = shareCommittee(ss, ctx.people, null).filter((note) =>
    note.endsWith('can view'),
  ).length;
  linkFromProgramme(ctx, ss.getUrl());
  return { url: ss.getUrl(), created, sharedWith, provisional: summary.provisional };
}
