/**
 * summary.html: the committee's decision summary as one self-contained, printable page.
 * Made from the CommitteeSummary only (aggregates), every text escaped, no script, no network.
 * Pure: no Node API, so the add-on can render the same page.
 */
import type { ThresholdId } from '../core/config';
import type { CommitteeSummary } from '../core/committeeSummary';
import type { ThresholdResult, ThresholdStatus } from '../core/results';
import {
  DECISION_DOMAIN_LABELS,
  DECISION_DOMAINS,
  DOMAIN_STATUS_WORDS,
  THRESHOLD_MEASURE,
  THRESHOLD_STATUS_SYMBOL,
  THRESHOLD_STATUS_WORDS,
  formatChange,
  formatInterval,
  formatLongDate,
  formatMeasure,
  formatNumber,
  formatObserved,
  formatPValue,
  formatPercent,
  formatTarget,
  thresholdStatusText,
} from './display';
import { renderDomainChart } from './domainChartSvg';
import { escapeHtml as esc, tableHead, tableRow } from './html';

const PAGE_TITLE = 'Mentorship pilot: committee decision summary';

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #212b32; background: #ffffff; margin: 0; line-height: 1.45; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; border-bottom: 2px solid #005eb8; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
.as-of { margin: 0; color: #3d4a52; }
.decision { border: 3px solid #005eb8; border-radius: 6px; padding: 0.75rem 1rem; background: #f0f4f5; }
.decision.provisional { border-color: #8a5300; background: #fff8e6; }
.headline { font-size: 1.2rem; font-weight: 700; margin: 0 0 0.5rem; }
.provisional-flag { display: inline-block; font-weight: 700; color: #ffffff; background: #8a5300; padding: 0 0.4rem; border-radius: 3px; margin-right: 0.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #aeb7bd; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #e8edee; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.status { font-weight: 700; white-space: nowrap; }
.status-met { background: #d5ecd9; color: #0b4a1c; }
.status-not_met { background: #f9d9d9; color: #7a1010; }
.status-pending { background: #e3e6e8; color: #2e3a42; }
.status-insufficient_data { background: #ffe8b3; color: #5c3b00; }
.status-partial { background: #ffe8b3; color: #5c3b00; }
.note { color: #3d4a52; font-size: 0.9rem; }
figure { margin: 0.5rem 0 1rem; }
figcaption { font-size: 0.9rem; color: #3d4a52; }
.table-scroll { overflow-x: auto; max-width: 100%; }
.table-scroll:focus-visible { outline: 3px solid #005eb8; outline-offset: 2px; }
code { overflow-wrap: anywhere; }
@media screen and (min-width: 48rem) { table.outcomes th[scope="row"] { min-width: 10rem; } }
footer { margin-top: 2rem; padding-bottom: 2rem; font-size: 0.85rem; color: #3d4a52; }
@page { size: A4; margin: 15mm; }
@media print {
  body { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  table { font-size: 8.5pt; }
  th, td { padding: 0.2rem 0.3rem; }
  td.num, .status { white-space: normal; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, figure, .decision, svg { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; }
  .status, .decision, .provisional-flag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function statusCell(t: ThresholdResult): string {
  const { status } = t;
  const words = thresholdStatusText(t);
  return `<td class="status status-${status}"><span aria-hidden="true">${esc(THRESHOLD_STATUS_SYMBOL[status])}</span> ${esc(words)}</td>`;
}

/**
 * A wide table in a region that scrolls sideways on a narrow screen, so the page itself does
 * not; focusable, so a keyboard can scroll it.
 */
function scrollable(label: string, table: string): string {
  return `<div class="table-scroll" role="region" aria-label="${esc(label)}" tabindex="0">${table}</div>`;
}

function section(id: string, heading: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(heading)}</h2>${body}</section>`;
}

function decisionSection(s: CommitteeSummary): string {
  const headline = s.provisional
    ? `<p class="headline"><span class="provisional-flag">PROVISIONAL</span> The data so far point to scenario ${esc(s.scenario)}: ${esc(s.recommendation)}</p>` +
      '<p>Some thresholds cannot be assessed yet (before the pilot end date, or a Lead input is still empty); this is not a decision.</p>'
    : `<p class="headline">Scenario ${esc(s.scenario)}: ${esc(s.recommendation)}</p>`;
  const domainRows = DECISION_DOMAINS.map((d) => {
    const status = s.domains[d];
    return `<tr><th scope="row">${esc(DECISION_DOMAIN_LABELS[d])}</th><td class="status status-${esc(status)}">${esc(DOMAIN_STATUS_WORDS[status])}</td></tr>`;
  }).join('');
  const reasons = s.reasons.length
    ? `<h3>Why</h3><ul>${s.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`
    : '';
  const body =
    `<div class="decision${s.provisional ? ' provisional' : ''}">${headline}` +
    `<table><caption class="note">Decision domains</caption>${tableHead(['Domain', 'Status'])}<tbody>${domainRows}</tbody></table>` +
    `${reasons}</div>`;
  return section('decision', 'Decision', body);
}

function partsText(t: ThresholdResult): string {
  const kind = THRESHOLD_MEASURE[t.id];
  return t.parts.map((p) => `${p.label}: ${formatMeasure(kind, p.observed)} (n ${p.n})`).join('; ');
}

function thresholdRow(t: ThresholdResult): string {
  const label = t.aspirational ? `${t.label} (aspirational: shown, never decides)` : t.label;
  const finding = [t.detail, partsText(t)].filter(Boolean).join('. ');
  return (
    `<tr><th scope="row">${esc(t.id)}</th><td>${esc(label)}</td>${statusCell(t)}` +
    `<td class="num">${esc(formatObserved(t))}</td><td class="num">${esc(formatTarget(t))}</td>` +
    `<td class="num">${esc(t.n)}</td><td>${esc(finding)}</td></tr>`
  );
}

function thresholdsSection(s: CommitteeSummary): string {
  const head = tableHead(['ID', 'Threshold', 'Status', 'Observed', 'Target', 'n', 'Finding']);
  const groups = DECISION_DOMAINS.map((d) => {
    const rows = s.thresholds
      .filter((t) => t.domain === d)
      .map(thresholdRow)
      .join('');
    return rows
      ? `<h3>${esc(DECISION_DOMAIN_LABELS[d])}</h3>${scrollable(`${DECISION_DOMAIN_LABELS[d]} thresholds`, `<table>${head}<tbody>${rows}</tbody></table>`)}`
      : '';
  }).join('');
  const key = `<p class="note">Status key: ${(
    Object.keys(THRESHOLD_STATUS_WORDS) as ThresholdStatus[]
  )
    .map((st) => `${esc(THRESHOLD_STATUS_SYMBOL[st])} ${esc(THRESHOLD_STATUS_WORDS[st])}`)
    .join(' · ')}. Insufficient data: fewer than 3 answers; it counts as not met.</p>`;
  return section('thresholds', 'Pre-specified thresholds', key + groups);
}

function outcomesSection(s: CommitteeSummary): string {
  const head = tableHead([
    'Domain',
    'Level',
    'n',
    'Baseline mean',
    'End mean',
    'Mean change',
    '95% CI',
    'Improved',
    'Effect size r',
    'Wilcoxon p',
    'Holm p',
  ]);
  const rows = s.outcomes
    .map((o) =>
      tableRow(
        [
          esc(o.title),
          esc(o.kirkpatrickLevel),
          esc(o.n),
          esc(formatNumber(o.baselineMean)),
          esc(formatNumber(o.endMean)),
          esc(formatChange(o.meanChange)),
          esc(formatInterval(o.ci95)),
          esc(formatPercent(o.improvedShare)),
          esc(formatNumber(o.rankBiserial)),
          esc(formatPValue(o.wilcoxonP)),
          esc(formatPValue(o.holmP)),
        ],
        { header: true, numeric: true },
      ),
    )
    .join('');
  const body =
    `<figure>${renderDomainChart(s.outcomes, s.overallMeanChange)}` +
    `<figcaption>Mean score at baseline (application) and at the end of the pilot, paired answers only. Overall mean change: ${esc(formatChange(s.overallMeanChange))}. The table below gives the same data.</figcaption></figure>` +
    scrollable(
      'Outcomes per domain',
      `<table class="outcomes"><caption class="note">Outcomes per domain (paired baseline and end-of-pilot answers). Level: Kirkpatrick level, 3 = behaviour, 2 = learning.</caption>${head}<tbody>${rows}</tbody></table>`,
    ) +
    level3Table(s);
  return section('outcomes', 'Outcomes: baseline versus end of pilot', body);
}

function level3Table(s: CommitteeSummary): string {
  const row = (label: string, m: CommitteeSummary['level3']['safety']): string =>
    tableRow(
      [
        esc(label),
        esc(m.n),
        esc(formatNumber(m.meanMeeting1)),
        esc(formatNumber(m.meanMeeting3)),
        esc(formatChange(m.meanChange)),
      ],
      { header: true, numeric: true },
    );
  const table =
    `<table>${tableHead(['Measure', 'Pairs', 'Meeting 1 mean', 'Meeting 3 mean', 'Change'])}<tbody>` +
    row('Psychological safety with the mentor', s.level3.safety) +
    row('Progress towards personal goals', s.level3.goals) +
    '</tbody></table>';
  return (
    '<h3>Kirkpatrick Level 3: meeting 1 to meeting 3</h3>' +
    scrollable('Kirkpatrick Level 3 evidence', table)
  );
}

function completionSection(s: CommitteeSummary): string {
  const c = s.completion;
  const rows: [string, number][] = [
    ['Confirmed pairs', c.confirmedPairs],
    ['Evaluable pairs', c.evaluablePairs],
    ['Withdrawn beyond programme control (not counted as failures)', c.excusedWithdrawals],
    ['Withdrawn for other reasons (counted)', c.otherWithdrawals],
    ['Pairs with at least 2 structured meetings', c.pairsWithTwoOrMoreMeetings],
    ['Pairs with all 3 structured meetings', c.pairsWithAllMeetings],
    ['Escalations still open', s.escalations.open],
    ['Escalations resolved', s.escalations.resolved],
  ];
  const body = `<table>${tableHead(['Measure', 'Count'])}<tbody>${rows
    .map(
      ([label, n]) => `<tr><th scope="row">${esc(label)}</th><td class="num">${esc(n)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  return section('completion', 'Completion and escalations', body);
}

function statusList(s: CommitteeSummary, ids: readonly ThresholdId[]): string {
  return ids
    .map((id) => {
      const t = s.thresholds.find((x) => x.id === id);
      return t ? `${id} ${THRESHOLD_STATUS_WORDS[t.status].toLowerCase()}` : `${id} not evaluated`;
    })
    .join(', ');
}

function reAimSection(s: CommitteeSummary): string {
  const { reach, adoption, maintenance } = s.reAim;
  const willing =
    adoption.mentorsResponding > 0
      ? `${adoption.willingYes} of ${adoption.mentorsResponding} responding mentors willing to mentor again (${formatPercent(adoption.willingShare)}); ${adoption.willingMaybe} maybe, ${adoption.willingNo} no`
      : 'No mentor feedback yet';
  const decision = maintenance.committeeDecision
    ? `${maintenance.committeeDecision}${maintenance.committeeDecisionDate ? ` (${formatLongDate(maintenance.committeeDecisionDate)})` : ''}`
    : 'Not yet recorded';
  const rows: [string, string][] = [
    [
      'Reach',
      `${reach.eligibleMentees} eligible of ${reach.menteeApplications} mentee applications; ${reach.eligibleMentors} eligible of ${reach.mentorApplications} mentor applications; ${reach.confirmedPairs} confirmed pairs for a target of ${reach.targetPairs} (${statusList(s, ['F1', 'F2'])})`,
    ],
    ['Effectiveness', statusList(s, s.reAim.effectiveness)],
    ['Adoption', willing],
    ['Implementation', statusList(s, s.reAim.implementation)],
    ['Maintenance', `Committee decision: ${decision}`],
  ];
  const body = `<table>${tableHead(['Dimension', 'Finding'])}<tbody>${rows
    .map(([d, text]) => tableRow([esc(d), esc(text)], { header: true }))
    .join('')}</tbody></table>`;
  return section('re-aim', 'RE-AIM', body);
}

function lockSection(s: CommitteeSummary): string {
  const { lock } = s;
  const state = lock.locked
    ? `<p>Locked before launch${lock.lockedAt ? ` on ${esc(lock.lockedAt)}` : ''}${lock.lockedBy ? ` by the ${esc(lock.lockedBy)}` : ''}. SHA-256 of the configuration: <code>${esc(lock.hash ?? '–')}</code>.</p>`
    : '<p><strong>Not locked.</strong> The protocol configuration was not locked before launch, so the thresholds cannot be shown to be pre-specified.</p>';
  const rows = lock.deviations.map((d) => tableRow([esc(d.when), esc(d.who), esc(d.what)]));
  const deviations = lock.deviations.length
    ? '<h3>Deviations from the pre-specified protocol</h3>' +
      scrollable(
        'Deviations from the pre-specified protocol',
        `<table>${tableHead(['When', 'Who', 'What changed'])}<tbody>${rows.join('')}</tbody></table>`,
      )
    : '<p>No deviations from the pre-specified protocol are recorded.</p>';
  return section('lock', 'Protocol lock', state + deviations);
}

export function renderSummaryHtml(summary: CommitteeSummary): string {
  const issues =
    summary.importIssueCount > 0
      ? `<p>${esc(summary.importIssueCount)} import ${summary.importIssueCount === 1 ? 'issue is' : 'issues are'} with the Programme Lead for review; the answers concerned count as missing.</p>`
      : '';
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(PAGE_TITLE)}</title><style>${STYLE}</style></head><body>` +
    `<header><h1>${esc(PAGE_TITLE)}</h1><p class="as-of">As of ${esc(formatLongDate(summary.asOf))}</p></header>` +
    '<main>' +
    decisionSection(summary) +
    thresholdsSection(summary) +
    outcomesSection(summary) +
    completionSection(summary) +
    reAimSection(summary) +
    lockSection(summary) +
    '</main>' +
    `<footer>${issues}<p>Aggregates only: this summary holds no names, emails, free-text answers or wellbeing answers.</p></footer>` +
    '</body></html>\n'
  );
}
