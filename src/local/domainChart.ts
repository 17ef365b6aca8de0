/**
 * The baseline-versus-end chart of the eleven domains as shapes in chart units: bars, grid
 * lines and text. summary.html draws these shapes as SVG and summary.xlsx as a PNG image, so
 * both show the same chart. Two layouts: wide (labels left of the bars) for screens, print and
 * the workbook; narrow (labels above the bars) for a phone, where the text stays readable.
 */
import type { DomainOutcome } from '../core/results';
import { formatNumber } from './display';
import { DOMAIN_SHORT_LABELS } from '../core/domainLabels';

export const CHART_COLOURS = {
  baseline: '#768692',
  end: '#005eb8',
  text: '#212b32',
  grid: '#d8dde0',
  background: '#ffffff',
} as const;

/** The wide chart's text size in chart units: 13 px when drawn at its own size. */
export const CHART_FONT_SIZE = 13;

export type Anchor = 'start' | 'middle' | 'end';

export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { kind: 'text'; x: number; y: number; text: string; anchor: Anchor; fill: string };

export interface Chart {
  width: number;
  height: number;
  /** Size of every text, in chart units. */
  fontSize: number;
  shapes: Shape[];
}

export type ChartLayout = 'wide' | 'narrow';

interface Geometry {
  width: number;
  plotLeft: number;
  plotWidth: number;
  /** Height of one domain's row; the label sits above the bars when `labelAbove`. */
  rowHeight: number;
  labelAbove: boolean;
  fontSize: number;
}

const GEOMETRY: Readonly<Record<ChartLayout, Geometry>> = {
  wide: {
    width: 640,
    plotLeft: 160,
    plotWidth: 430,
    rowHeight: 32,
    labelAbove: false,
    fontSize: CHART_FONT_SIZE,
  },
  // A phone: 320 units across about 300 px of screen keeps 14-unit text above 11 px.
  narrow: {
    width: 320,
    plotLeft: 6,
    plotWidth: 268,
    rowHeight: 52,
    labelAbove: true,
    fontSize: 14,
  },
};

const BAR_HEIGHT = 12;
const LEGEND_HEIGHT = 30;
const AXIS_HEIGHT = 24;
const SCALE_MAX = 10;

function text(x: number, y: number, value: string, anchor: Anchor = 'start'): Shape {
  return { kind: 'text', x, y, text: value, anchor, fill: CHART_COLOURS.text };
}

function scaled(g: Geometry, value: number): number {
  return (Math.max(0, Math.min(SCALE_MAX, value)) / SCALE_MAX) * g.plotWidth;
}

function bar(g: Geometry, value: number | null, y: number, fill: string): Shape[] {
  const baseline = y + BAR_HEIGHT - 2;
  if (value === null) return [text(g.plotLeft + 4, baseline, 'no data')];
  const width = Math.round(scaled(g, value) * 10) / 10;
  return [
    { kind: 'rect', x: g.plotLeft, y, width, height: BAR_HEIGHT, fill },
    text(g.plotLeft + width + 4, baseline, formatNumber(value, 1)),
  ];
}

function domainRow(g: Geometry, outcome: DomainOutcome, index: number): Shape[] {
  const top = LEGEND_HEIGHT + index * g.rowHeight;
  const label = DOMAIN_SHORT_LABELS[outcome.key] ?? outcome.title;
  const barsTop = g.labelAbove ? top + 18 : top + 3;
  const labelShape = g.labelAbove
    ? text(g.plotLeft, top + 14, label)
    : text(g.plotLeft - 8, barsTop + BAR_HEIGHT + 4, label, 'end');
  return [
    labelShape,
    ...bar(g, outcome.baselineMean, barsTop, CHART_COLOURS.baseline),
    ...bar(g, outcome.endMean, barsTop + BAR_HEIGHT + 1, CHART_COLOURS.end),
  ];
}

function grid(g: Geometry, height: number): Shape[] {
  const shapes: Shape[] = [];
  for (let tick = 0; tick <= SCALE_MAX; tick += 2) {
    const x = g.plotLeft + scaled(g, tick);
    shapes.push(
      {
        kind: 'rect',
        x: x - 0.5,
        y: LEGEND_HEIGHT - 4,
        width: 1,
        height: height - AXIS_HEIGHT - LEGEND_HEIGHT + 8,
        fill: CHART_COLOURS.grid,
      },
      text(x, height - 6, String(tick), 'middle'),
    );
  }
  return shapes;
}

function legend(g: Geometry): Shape[] {
  const item = (x: number, fill: string, words: string): Shape[] => [
    { kind: 'rect', x, y: 7, width: 11, height: 11, fill },
    text(x + 17, 17, words),
  ];
  return [
    ...item(g.plotLeft, CHART_COLOURS.baseline, 'Baseline (application)'),
    ...item(g.plotLeft + (g.labelAbove ? 180 : 175), CHART_COLOURS.end, 'End of pilot'),
  ];
}

/** The chart's shapes: grid first, so bars and text are drawn over it. */
export function domainChart(outcomes: readonly DomainOutcome[], layout: ChartLayout): Chart {
  const g = GEOMETRY[layout];
  const height = LEGEND_HEIGHT + outcomes.length * g.rowHeight + AXIS_HEIGHT;
  return {
    width: g.width,
    height,
    fontSize: g.fontSize,
    shapes: [...grid(g, height), ...legend(g), ...outcomes.flatMap((o, i) => domainRow(g, o, i))],
  };
}

export const CHART_TITLE = 'Baseline versus end of pilot, mean score per domain (1 to 10)';
