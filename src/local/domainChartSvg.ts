/**
 * The baseline-versus-end chart as inline SVG, drawn from the shapes the chart image is drawn
 * from too, with a text alternative. Pure: no Node API, no script.
 */
import type { DomainOutcome } from '../core/results';
import { formatChange } from './display';
import { CHART_TITLE, domainChart, type ChartLayout, type Shape } from './domainChart';
import { DOMAIN_SHORT_LABELS } from '../core/domainLabels';
import { escapeHtml } from './html';

export { CHART_COLOURS } from './domainChart';

/** The font the chart image's glyphs come from first, so both draw text the same width. */
const FONT_FAMILY = '&quot;Liberation Sans&quot;, Arial, Helvetica, sans-serif';

function svgShape(shape: Shape): string {
  if (shape.kind === 'rect') {
    return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" fill="${shape.fill}"/>`;
  }
  const anchor = shape.anchor === 'start' ? '' : ` text-anchor="${shape.anchor}"`;
  return `<text x="${shape.x}" y="${shape.y}"${anchor} fill="${shape.fill}">${escapeHtml(shape.text)}</text>`;
}

/** A sentence describing the chart for people who cannot see it. */
export function chartDescription(
  outcomes: readonly DomainOutcome[],
  overallMeanChange: number | null,
  overallWithheld: string | null = null,
): string {
  const withData = outcomes.filter((o) => o.meanChange !== null);
  const changes = withData.map(
    (o) => `${DOMAIN_SHORT_LABELS[o.key] ?? o.title} ${formatChange(o.meanChange)}`,
  );
  const overall = overallWithheld
    ? `Overall mean change: ${overallWithheld}.`
    : `Overall mean change ${formatChange(overallMeanChange)} points on the 1 to 10 scale.`;
  if (withData.length === 0)
    return `Mean baseline and end-of-pilot scores: no paired answers yet. ${overall}`;
  return `Mean baseline and end-of-pilot scores for ${outcomes.length} domains. Mean change per domain: ${changes.join('; ')}. ${overall}`;
}

export function renderDomainChart(
  outcomes: readonly DomainOutcome[],
  overallMeanChange: number | null,
  layout: ChartLayout = 'wide',
  overallWithheld: string | null = null,
): string {
  const chart = domainChart(outcomes, layout);
  const description = chartDescription(outcomes, overallMeanChange, overallWithheld);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${layout}" viewBox="0 0 ${chart.width} ${chart.height}" width="100%" role="img" aria-label="${escapeHtml(`${CHART_TITLE}. ${description}`)}" font-family="${FONT_FAMILY}" font-size="${chart.fontSize}">` +
    `<title>${escapeHtml(CHART_TITLE)}</title><desc>${escapeHtml(description)}</desc>` +
    chart.shapes.map(svgShape).join('') +
    '</svg>'
  );
}
