/**
 * summary.html: the committee's decision summary as one self-contained, printable page.
 * Made from the CommitteeSummary only (aggregates), every text escaped, no script, no network.
 * Pure: no Node API, so the add-on and the web page render the same page.
 */
import type { ThresholdId } from '../core/config';
import type { CommitteeSummary } from '../core/committeeSummary';
import type { DomainOutcome, ThresholdResult } from '../core/results';
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
import {
  domainShownStatus,
  domainStatusText,
  isSuppressed,
  overallChangeWithheld,
  suppressedText,
} from './committeeReading';
import { renderDomainChart } from './domainChartSvg';
import { escapeHtml as esc, tableHead, tableRow } from './html';
import { SUMMARY_STYLE } from './summaryStyle';

const PAGE_TITLE = 'Mentorship pilot: committee decision summary';

/** "2026-11-02T09:30:00.000Z" → "2 November 2026, 09:30 UTC". */
export function formatGeneratedAt(iso: string): string {
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  return time ? `${formatLongDate(iso)}, ${time} UTC` : formatLongDate(iso);
}

function statusCell(t: ThresholdResult): string {
  const { status } = t;
  return `<td class="status status-${status}" data-label="Status"><span aria-hidden="true">${esc(THRESHOLD_STATUS_SYMBOL[status])}</span> ${esc(thresholdStatusText(t))}</td>`;
}

/**
 * A wide table in a region that scrolls sideways on a narrow screen, so the page itself does
 * not; focusable, so a keyboard can scroll it, and saying so where it may not fit.
 */
function scrollable(label: string, table: string): string {
  return (
    `<p class="scroll-hint" aria-hidden="true">Wide table: scroll sideways for every column →</p>` +
    `<div class="table-scroll" role="region" aria-label="${esc(label)}" tabindex="0">${table}</div>`
  );
}

function section(id: string, heading: string, body: string): string {
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(heading)}</h2>${body}</section>`;
}

function thresholdName(s: CommitteeSummary, id: ThresholdId): string {
  const t = s.thresholds.find((x) => x.id === id);
  return t ? `${id} (${THRESHOLD_STATUS_WORDS[t.statusSoFar].toLowerCase()} so far)` : id;
}

function provisionalNotes(s: CommitteeSummary): string {
  if (!s.provisional) return '';
  const restsOn = s.scenarioRestsOn.map((d) => DECISION_DOMAIN_LABELS[d]).join(', ');
  const atRisk = s.atRisk.length
    ? `Thresholds at risk so far: ${s.atRisk.map((id) => thresholdName(s, id)).join(', ')}.`
    : 'No deciding threshold is at risk so far.';
  return (
    `<p class="at-risk"><strong>${esc(atRisk)}</strong>${restsOn ? ` The scenario so far rests on: ${esc(restsOn)}.` : ''}` +
    ' Some thresholds cannot be assessed yet (before the pilot end date, or a Lead input is still empty): this is not a decision.</p>'
  );
}

function scenarioList(s: CommitteeSummary): string {
  const e = s.explanation;
  if (!e) return '';
  const items = e.scenarios
    .map((line) => {
      const mark = line.reached ? `<strong class="reached-mark">${esc(line.mark)}:</strong> ` : '';
      return (
        `<li${line.reached ? ' class="reached" aria-current="true"' : ''}>${mark}` +
        `<span class="rule">${esc(line.rule)}</span> → ${esc(line.recommendation)}</li>`
      );
    })
    .join('');
  return `<h3>The four pre-specified scenarios</h3><p class="note">${esc(e.scenarioIntro)}</p><ol class="scenarios">${items}</ol>`;
}

function decisionSection(s: CommitteeSummary): string {
  const headline = s.provisional
    ? `<p class="headline"><span class="provisional-flag">PROVISIONAL</span> The data so far point to scenario ${esc(s.scenario)}: ${esc(s.recommendation)}</p>`
    : `<p class="headline">Scenario ${esc(s.scenario)}: ${esc(s.recommendation)}</p>`;
  const domainRows = DECISION_DOMAINS.map((d) => {
    const shown = domainShownStatus(s, d);
    return `<tr><th scope="row">${esc(DECISION_DOMAIN_LABELS[d])}</th><td class="status status-${esc(shown)}">${esc(domainStatusText(s, d, DOMAIN_STATUS_WORDS))}</td></tr>`;
  }).join('');
  const reasons = s.reasons.length
    ? `<h3>Why</h3><ul>${s.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>`
    : '';
  const body =
    `<div class="decision${s.provisional ? ' provisional' : ''}">${headline}${provisionalNotes(s)}${reasons}` +
    `<table class="domains"><caption class="note">Decision domains</caption>${tableHead(['Domain', 'Status'])}<tbody>${domainRows}</tbody></table></div>` +
    scenarioList(s);
  return section('decision', 'Decision', body);
}

function howToReadSection(s: CommitteeSummary): string {
  const e = s.explanation;
  if (!e) return '';
  const terms = (items: { term: string; meaning: string }[]): string =>
    `<dl class="terms">${items.map((t) => `<div><dt>${esc(t.term)}</dt><dd>${esc(t.meaning)}</dd></div>`).join('')}</dl>`;
  const body =
    '<h3>The statistics of the outcomes table</h3>' +
    terms(e.statistics) +
    '<h3>The statuses</h3>' +
    terms(e.statuses);
  return section('how-to-read', 'How to read this', body);
}

function partsText(s: CommitteeSummary, t: ThresholdResult): string {
  const kind = THRESHOLD_MEASURE[t.id];
  return t.parts
    .map((p) => {
      const value = isSuppressed(p) ? suppressedText(s) : formatMeasure(kind, p.observed);
      return `${p.label}: ${value} (n ${p.n})`;
    })
    .join('; ');
}

function observedText(s: CommitteeSummary, t: ThresholdResult): string {
  return isSuppressed(t) ? suppressedText(s) : formatObserved(t);
}

function thresholdRow(s: CommitteeSummary, t: ThresholdResult): string {
  const label = t.aspirational ? `${t.label} (aspirational: shown, never decides)` : t.label;
  const finding = [t.detail, partsText(s, t)].filter(Boolean).join('. ');
  const cell = (name: string, text: string | number, numeric = false): string =>
    `<td${numeric ? ' class="num"' : ''} data-label="${name}">${esc(text)}</td>`;
  return (
    `<tr><th scope="row">${esc(t.id)}</th>${cell('Threshold', label)}${statusCell(t)}` +
    cell('Observed', observedText(s, t), true) +
    cell('Target', formatTarget(t), true) +
    cell('n', t.n, true) +
    cell('Finding', finding) +
    '</tr>'
  );
}

function thresholdsSection(s: CommitteeSummary): string {
  const head = tableHead(['ID', 'Threshold', 'Status', 'Observed', 'Target', 'n', 'Finding']);
  const groups = DECISION_DOMAINS.map((d) => {
    const rows = s.thresholds
      .filter((t) => t.domain === d)
      .map((t) => thresholdRow(s, t))
      .join('');
    return rows
      ? `<h3>${esc(DECISION_DOMAIN_LABELS[d])}</h3><div class="table-cards" role="region" aria-label="${esc(`${DECISION_DOMAIN_LABELS[d]} thresholds`)}"><table class="thresholds">${head}<tbody>${rows}</tbody></table></div>`
      : '';
  }).join('');
  const fewest = s.explanation?.statuses.find((t) => t.term === 'Insufficient data');
  const key = `<p class="note">Status key: ${(
    Object.keys(THRESHOLD_STATUS_WORDS) as (keyof typeof THRESHOLD_STATUS_WORDS)[]
  )
    .map((st) => `${esc(THRESHOLD_STATUS_SYMBOL[st])} ${esc(THRESHOLD_STATUS_WORDS[st])}`)
    .join(
      ' · ',
    )}. ${esc(fewest?.meaning ?? 'Insufficient data: too few answers to judge; it counts as not met.')} “So far”: what the data up to the as-of date say while the pilot runs.</p>`;
  return section('thresholds', 'Pre-specified thresholds', key + groups);
}

function findings(s: CommitteeSummary): string {
  const e = s.explanation;
  if (!e) return '';
  return (
    `<p class="finding"><strong>${esc(e.overallFinding)}</strong></p>` +
    `<ul class="groups">${e.domainGroups.map((g) => `<li>${esc(g.sentence)}</li>`).join('')}</ul>` +
    e.effectSizeNotes.map((n) => `<p class="note">${esc(n)}</p>`).join('')
  );
}

function outcomeRow(s: CommitteeSummary, o: DomainOutcome): string {
  if (isSuppressed(o)) {
    return (
      `<tr><th scope="row">${esc(o.title)}</th><td class="num">${esc(o.kirkpatrickLevel)}</td>` +
      `<td class="num">${esc(o.n)}</td><td class="suppressed" colspan="8">${esc(suppressedText(s))}</td></tr>`
    );
  }
  return tableRow(
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
  );
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
  const rows = s.outcomes.map((o) => outcomeRow(s, o)).join('');
  const body =
    findings(s) +
    `<figure>${renderDomainChart(s.outcomes, s.overallMeanChange, 'wide', overallChangeWithheld(s))}${renderDomainChart(s.outcomes, s.overallMeanChange, 'narrow', overallChangeWithheld(s))}` +
    `<figcaption>Mean score at baseline (application) and at the end of the pilot, paired answers only. Overall mean change: ${esc(overallChangeWithheld(s) ?? formatChange(s.overallMeanChange))}. The table below gives the same data.</figcaption></figure>` +
    '<p class="note">Paired baseline and end-of-pilot answers. Level: Kirkpatrick level, 3 = behaviour, 2 = learning. “How to read this” explains each column.</p>' +
    scrollable(
      'Outcomes per domain',
      `<table class="outcomes"><caption class="note">Outcomes per domain</caption>${head}<tbody>${rows}</tbody></table>`,
    ) +
    level3Table(s);
  return section('outcomes', 'Outcomes: baseline versus end of pilot', body);
}

function level3Table(s: CommitteeSummary): string {
  const row = (label: string, m: CommitteeSummary['level3']['safety']): string =>
    isSuppressed(m)
      ? `<tr><th scope="row">${esc(label)}</th><td class="num">${esc(m.n)}</td><td class="suppressed" colspan="3">${esc(suppressedText(s))}</td></tr>`
      : tableRow(
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
      return t ? `${id} ${thresholdStatusText(t).toLowerCase()}` : `${id} not evaluated`;
    })
    .join(', ');
}

function reAimSection(s: CommitteeSummary): string {
  const { reach, adoption, maintenance } = s.reAim;
  const willing =
    adoption.mentorsResponding === 0
      ? 'No mentor feedback yet'
      : isSuppressed(adoption)
        ? `${adoption.mentorsResponding} responding mentors: willingness to mentor again ${suppressedText(s)}`
        : `${adoption.willingYes} of ${adoption.mentorsResponding} responding mentors willing to mentor again (${formatPercent(adoption.willingShare)}); ${adoption.willingMaybe} maybe, ${adoption.willingNo} no`;
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
    ? `<p>Locked before launch${lock.lockedAt ? ` on ${esc(formatGeneratedAt(lock.lockedAt))}` : ''}${lock.lockedBy ? ` by the ${esc(lock.lockedBy)}` : ''}. SHA-256 of the configuration: <code>${esc(lock.hash ?? '–')}</code>.</p>`
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

function reproducibilitySection(s: CommitteeSummary): string {
  const { stamp } = s;
  if (!stamp) return '';
  const items: [string, string][] = [
    ['Dyad version', stamp.dyadVersion],
    ['As of', formatLongDate(stamp.asOf)],
    ['Generated', formatGeneratedAt(stamp.generatedAt)],
    ['Configuration SHA-256', stamp.configHash],
    ['Configuration locked', stamp.configLocked ? 'Yes' : 'No'],
    ['Command that makes it again', stamp.command],
  ];
  const facts = `<dl class="stamp">${items.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd><code>${esc(v)}</code></dd></div>`).join('')}</dl>`;
  const inputs = stamp.inputs
    .map(
      (i) =>
        `<tr><th scope="row">${esc(i.sheet)}</th><td class="num">${esc(i.rows)}</td><td><code>${esc(i.sha256)}</code></td></tr>`,
    )
    .join('');
  const body =
    '<p class="note">The same inputs, configuration and as-of date give the same decision and figures.</p>' +
    facts +
    scrollable(
      'SHA-256 of each input sheet',
      `<table class="hashes"><caption class="note">SHA-256 of each input sheet read</caption>${tableHead(['Sheet', 'Rows', 'SHA-256'])}<tbody>${inputs}</tbody></table>`,
    );
  return section('reproducibility', 'Reproducibility', body);
}

function pageHeader(s: CommitteeSummary): string {
  const { stamp } = s;
  const programme = stamp
    ? `<p class="programme">${esc(stamp.programmeName)} · ${esc(stamp.trust)}</p>`
    : '';
  const generated = stamp ? ` · Generated ${esc(formatGeneratedAt(stamp.generatedAt))}` : '';
  return `<header><h1>${esc(PAGE_TITLE)}</h1>${programme}<p class="as-of">As of ${esc(formatLongDate(s.asOf))}${generated}</p></header>`;
}

export function renderSummaryHtml(summary: CommitteeSummary): string {
  const issues =
    summary.importIssueCount > 0
      ? `<p>${esc(summary.importIssueCount)} import ${summary.importIssueCount === 1 ? 'issue is' : 'issues are'} with the Programme Lead for review; the answers concerned count as missing.</p>`
      : '';
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(PAGE_TITLE)}</title><style>${SUMMARY_STYLE}</style></head><body>` +
    pageHeader(summary) +
    '<main>' +
    decisionSection(summary) +
    howToReadSection(summary) +
    thresholdsSection(summary) +
    outcomesSection(summary) +
    completionSection(summary) +
    reAimSection(summary) +
    lockSection(summary) +
    reproducibilitySection(summary) +
    '</main>' +
    `<footer>${issues}<p>Aggregates only: this summary holds no names, emails, free-text answers or wellbeing answers.</p></footer>` +
    '</body></html>\n'
  );
}
