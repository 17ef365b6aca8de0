/**
 * The baseline-versus-end chart of the eleven domains as inline SVG: a pair of horizontal bars
 * per domain on the 1–10 scale, with a text alternative. Pure: no Node API, no script.
 */
import type { DomainOutcome } from '../core/results';
import { formatChange, formatNumber } from './display';
import { DOMAIN_SHORT_LABELS } from './domainLabels';
import { escapeHtml } from './html';

export const CHART_COLOURS = { baseline: '#768692', end: '#005eb8', text: '#212b32' } as const;

const LABEL_WIDTH = 170;
const PLOT_WIDTH = 420;
const VALUE_WIDTH = 50;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 11;
const TOP = 34;
const SCALE_MAX = 10;

function barWidth(value: number): number {
  return (Math.max(0, Math.min(SCALE_MAX, value)) / SCALE_MAX) * PLOT_WIDTH;
}

function bar(value: number | null, y: number, colour: string): string {
  if (value === null) {
    return `<text x="${LABEL_WIDTH + 4}" y="${y + BAR_HEIGHT - 2}" font-size="10" fill="${CHART_COLOURS.text}">no data</text>`;
  }
  const width = barWidth(value).toFixed(1);
  return (
    `<rect x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="${colour}"/>` +
    `<text x="${LABEL_WIDTH + Number(width) + 4}" y="${y + BAR_HEIGHT - 2}" font-size="10" fill="${CHART_COLOURS.text}">${escapeHtml(formatNumber(value, 1))}</text>`
  );
}

function domainRow(outcome: DomainOutcome, index: number): string {
  const y = TOP + index * ROW_HEIGHT;
  const label = DOMAIN_SHORT_LABELS[outcome.key] ?? outcome.title;
  return (
    `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT + 3}" text-anchor="end" font-size="11" fill="${CHART_COLOURS.text}">${escapeHtml(label)}</text>` +
    bar(outcome.baselineMean, y, CHART_COLOURS.baseline) +
    bar(outcome.endMean, y + BAR_HEIGHT + 1, CHART_COLOURS.end)
  );
}

function gridLines(height: number): string {
  const lines: string[] = [];
  for (let tick = 0; tick <= SCALE_MAX; tick += 2) {
    const x = (LABEL_WIDTH + (tick / SCALE_MAX) * PLOT_WIDTH).toFixed(1);
    lines.push(
      `<line x1="${x}" y1="${TOP - 6}" x2="${x}" y2="${height - 18}" stroke="#d8dde0" stroke-width="1"/>` +
        `<text x="${x}" y="${height - 4}" text-anchor="middle" font-size="10" fill="${CHART_COLOURS.text}">${tick}</text>`,
    );
  }
  return lines.join('');
}

function legend(): string {
  const item = (x: number, colour: string, text: string): string =>
    `<rect x="${x}" y="6" width="12" height="12" fill="${colour}"/>` +
    `<text x="${x + 16}" y="16" font-size="11" fill="${CHART_COLOURS.text}">${text}</text>`;
  return (
    item(LABEL_WIDTH, CHART_COLOURS.baseline, 'Baseline (application)') +
    item(LABEL_WIDTH + 180, CHART_COLOURS.end, 'End of pilot')
  );
}

/** A sentence describing the chart for people who cannot see it. */
export function chartDescription(
  outcomes: readonly DomainOutcome[],
  overallMeanChange: number | null,
): string {
  const withData = outcomes.filter((o) => o.meanChange !== null);
  const changes = withData.map(
    (o) => `${DOMAIN_SHORT_LABELS[o.key] ?? o.title} ${formatChange(o.meanChange)}`,
  );
  const overall = `Overall mean change ${formatChange(overallMeanChange)} points on the 1 to 10 scale.`;
  if (withData.length === 0)
    return `Mean baseline and end-of-pilot scores: no paired answers yet. ${overall}`;
  return `Mean baseline and end-of-pilot scores for ${outcomes.length} domains. Mean change per domain: ${changes.join('; ')}. ${overall}`;
}

export function renderDomainChart(
  outcomes: readonly DomainOutcome[],
  overallMeanChange: number | null,
): string {
  const height = TOP + outcomes.length * ROW_HEIGHT + 24;
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const title = 'Baseline versus end of pilot, mean score per domain (1 to 10)';
  const description = chartDescription(outcomes, overallMeanChange);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(`${title}. ${description}`)}">` +
    `<title>${escapeHtml(title)}</title><desc>${escapeHtml(description)}</desc>` +
    legend() +
    gridLines(height) +
    outcomes.map(domainRow).join('') +
    '</svg>'
  );
}
