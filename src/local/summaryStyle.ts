/**
 * The style sheet of summary.html: read on a laptop, on a phone (threshold tables become
 * cards, wide tables scroll in their own region and say so, the chart switches to a layout
 * whose text stays at least 11 px) and on A4 paper (no forced page breaks, numbers on one line).
 */
export const SUMMARY_STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #212b32; background: #ffffff; margin: 0; line-height: 1.45; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; border-bottom: 2px solid #005eb8; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
.programme { margin: 0; font-weight: 600; }
.as-of { margin: 0; color: #3d4a52; }
.decision { border: 3px solid #005eb8; border-radius: 6px; padding: 0.75rem 1rem; background: #f0f4f5; }
.decision.provisional { border-color: #8a5300; background: #fff8e6; }
.headline { font-size: 1.2rem; font-weight: 700; margin: 0 0 0.5rem; }
.provisional-flag { display: inline-block; font-weight: 700; color: #ffffff; background: #8a5300; padding: 0 0.4rem; border-radius: 3px; margin-right: 0.4rem; }
.at-risk { margin: 0.25rem 0 0.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
caption { text-align: left; padding-bottom: 0.2rem; }
table.domains { width: auto; max-width: 100%; }
th, td { border: 1px solid #aeb7bd; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #e8edee; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.suppressed { font-style: italic; color: #3d4a52; }
.status { font-weight: 700; }
.status-met { background: #d5ecd9; color: #0b4a1c; }
.status-not_met { background: #f9d9d9; color: #7a1010; }
.status-pending { background: #e3e6e8; color: #2e3a42; }
.status-insufficient_data { background: #ffe8b3; color: #5c3b00; }
.status-partial { background: #ffe8b3; color: #5c3b00; }
.note { color: #3d4a52; font-size: 0.9rem; }
ol.scenarios { padding-left: 1.5rem; margin: 0.25rem 0 1rem; }
ol.scenarios li { padding: 0.2rem 0.4rem; margin: 0.15rem 0; }
ol.scenarios li.reached { background: #d6e6f5; border-left: 4px solid #005eb8; }
.rule { font-weight: 600; }
dl.terms { margin: 0.25rem 0 1rem; display: grid; grid-template-columns: 1fr; column-gap: 1.5rem; }
dl.terms div { margin: 0 0 0.45rem; }
dl.terms dt { font-weight: 700; }
dl.terms dd { margin: 0; }
dl.stamp div { display: grid; grid-template-columns: 14rem 1fr; gap: 0.5rem; margin: 0.15rem 0; }
dl.stamp dt { font-weight: 600; }
dl.stamp dd { margin: 0; }
.finding { margin: 0.25rem 0; }
ul.groups { margin: 0.25rem 0 0.75rem; }
figure { margin: 0.5rem 0 1rem; }
figcaption { font-size: 0.9rem; color: #3d4a52; }
svg.chart { display: block; }
svg.chart-wide { max-width: 46rem; }
svg.chart-narrow { display: none; }
.table-scroll { overflow-x: auto; max-width: 100%;
  background: linear-gradient(to right, #ffffff 30%, rgba(255,255,255,0)), linear-gradient(to left, #ffffff 30%, rgba(255,255,255,0)) 100% 0,
    radial-gradient(farthest-side at 0 50%, rgba(0,0,0,0.25), rgba(0,0,0,0)), radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,0.25), rgba(0,0,0,0)) 100% 0;
  background-repeat: no-repeat; background-size: 2.5rem 100%, 2.5rem 100%, 0.9rem 100%, 0.9rem 100%; background-attachment: local, local, scroll, scroll; }
.table-scroll table { background: transparent; }
.table-scroll:focus-visible { outline: 3px solid #005eb8; outline-offset: 2px; }
.scroll-hint { display: none; margin: 0.25rem 0 0; font-size: 0.85rem; color: #3d4a52; }
code { overflow-wrap: anywhere; font-size: 0.85em; }
@media screen and (min-width: 48rem) {
  table.outcomes th[scope="row"] { min-width: 10rem; }
  dl.terms { grid-template-columns: 1fr 1fr; }
}
@media screen and (max-width: 60rem) { .scroll-hint { display: block; } }
@media screen and (max-width: 40rem) {
  header, main, footer { padding: 0 0.75rem; }
  svg.chart-wide { display: none; }
  svg.chart-narrow { display: block; }
  dl.stamp div { grid-template-columns: 1fr; gap: 0; }
  table.thresholds thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.thresholds, table.thresholds tbody, table.thresholds tr, table.thresholds th, table.thresholds td { display: block; }
  table.thresholds tr { border: 1px solid #aeb7bd; border-radius: 4px; margin: 0 0 0.75rem; }
  table.thresholds th, table.thresholds td { border: none; border-top: 1px solid #e8edee; text-align: left; white-space: normal; }
  table.thresholds th { border-top: none; background: #e8edee; }
  table.thresholds td[data-label]::before { content: attr(data-label) ": "; font-weight: 700; color: #212b32; }
}
footer { margin-top: 2rem; padding-bottom: 2rem; font-size: 0.85rem; color: #3d4a52; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 9.5pt; line-height: 1.35; }
  header, main, footer { max-width: none; padding: 0; }
  header { padding-top: 0; }
  h1 { font-size: 15pt; }
  h2 { font-size: 12pt; margin: 10pt 0 4pt; }
  h3 { font-size: 10pt; margin: 7pt 0 3pt; }
  table { font-size: 8pt; margin: 3pt 0 6pt; }
  .note, figcaption, caption { font-size: 8.5pt; }
  td.status { min-width: 5.5em; }
  .headline { font-size: 12pt; }
  th, td { padding: 1.5pt 3pt; }
  td.num { white-space: nowrap; }
  .scroll-hint { display: none; }
  .decision { padding: 5pt 8pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, figure, svg, li, dl.terms div, dl.stamp div, .headline { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-scroll { overflow: visible; background: none; }
  svg.chart-narrow { display: none; }
  svg.chart-wide { display: block; max-width: 15cm; margin: 0 auto; }
  dl.terms { grid-template-columns: 1fr 1fr; font-size: 8.5pt; }
  footer { margin-top: 8pt; padding-bottom: 0; }
  .status, .decision, .provisional-flag, ol.scenarios li.reached, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
