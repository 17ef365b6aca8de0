import { DOMAINS } from '../../src/core/instruments';
import type { ThresholdStatus } from '../../src/core/results';
import { escapeHtml } from '../../src/local/html';
import { renderSummaryHtml } from '../../src/local/summaryHtml';
import { makeOutcome, makeSummary, makeThreshold } from './fixtures';

const HOSTILE = '<img src=x onerror=alert(1)>';

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

function sectionOrder(html: string): string[] {
  return [...html.matchAll(/<section aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
}

describe('escapeHtml', () => {
  it('escapes the five markup characters and leaves other text alone', () => {
    expect(escapeHtml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;');
    expect(escapeHtml('Plain text – 70%')).toBe('Plain text – 70%');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('renderSummaryHtml', () => {
  it('renders hostile text from every field as text, never as markup', () => {
    const summary = makeSummary({
      recommendation: HOSTILE,
      reasons: [HOSTILE],
      thresholds: [makeThreshold('C1', 'met', { label: HOSTILE, detail: HOSTILE })],
      outcomes: [makeOutcome(0, { title: HOSTILE })],
      lock: {
        locked: true,
        hash: HOSTILE,
        lockedAt: HOSTILE,
        lockedBy: 'lead@nhs.net',
        deviations: [{ when: HOSTILE, who: 'x', what: HOSTILE }],
      },
    });
    summary.reAim.maintenance.committeeDecision = HOSTILE;
    const html = renderSummaryHtml(summary);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/onerror=alert\(1\)>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('is one self-contained page: English, no script, nothing fetched', () => {
    const html = renderSummaryHtml(makeSummary());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
  });

  it('has one h1 and never skips a heading level', () => {
    const levels = headingLevels(renderSummaryHtml(makeSummary()));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - levels[i]).toBeLessThanOrEqual(1));
  });

  it('puts the decision first, then thresholds, outcomes, RE-AIM and the protocol lock', () => {
    const order = sectionOrder(renderSummaryHtml(makeSummary()));
    expect(order[0]).toBe('decision');
    expect(order.indexOf('thresholds')).toBeLessThan(order.indexOf('outcomes'));
    expect(order).toEqual(expect.arrayContaining(['re-aim', 'lock']));
  });

  it('states a final decision with its scenario, recommendation and reasons', () => {
    const summary = makeSummary({ reasons: ['Completion met: all three deciding thresholds met'] });
    const html = renderSummaryHtml(summary);
    const decision = html.slice(html.indexOf('id="decision"'), html.indexOf('id="thresholds"'));
    expect(decision).toContain(`Scenario 1: ${summary.recommendation}`);
    expect(decision).toContain('Completion met: all three deciding thresholds met');
    expect(decision).not.toContain('PROVISIONAL');
  });

  it('flags a provisional decision and names the scenario the data so far point to', () => {
    const html = renderSummaryHtml(
      makeSummary({
        provisional: true,
        scenario: 2,
        recommendation: 'Proceed with targeted improvements',
        domains: { completion: 'pending', impact: 'partial', feasibility: 'met' },
      }),
    );
    expect(html).toContain('PROVISIONAL');
    expect(html).toContain('point to scenario 2: Proceed with targeted improvements');
    expect(html).toMatch(/<td class="status status-pending">Pending<\/td>/);
    expect(html).toMatch(/<td class="status status-partial">Partially met<\/td>/);
  });

  it.each<[ThresholdStatus, string, string]>([
    ['met', 'Met', '✓'],
    ['not_met', 'Not met', '✗'],
    ['pending', 'Pending', '…'],
    ['insufficient_data', 'Insufficient data', '?'],
  ])('shows a %s threshold by colour class, symbol and words', (status, words, symbol) => {
    const html = renderSummaryHtml(makeSummary({ thresholds: [makeThreshold('I2', status)] }));
    const row = html.match(/<tr><th scope="row">I2<\/th>.*?<\/tr>/)?.[0] ?? '';
    expect(row).toContain(`class="status status-${status}"`);
    expect(row).toContain(`<span aria-hidden="true">${escapeHtml(symbol)}</span> ${words}`);
  });

  it('writes observed values and targets in the unit of each threshold', () => {
    const html = renderSummaryHtml(makeSummary());
    const row = (id: string): string =>
      html.match(new RegExp(`<tr><th scope="row">${id}</th>.*?</tr>`))?.[0] ?? '';
    expect(row('C1')).toContain('>80%<');
    expect(row('C1')).toContain('>≥ 70%<');
    expect(row('I1')).toContain('>+1.45<');
    expect(row('C4')).toContain('>≤ 0<');
    expect(row('F3')).toMatch(/>No<.*>No</);
    expect(row('C2')).toContain('aspirational');
  });

  it('draws the eleven domains as an SVG with a text alternative and gives the data as a table', () => {
    const html = renderSummaryHtml(makeSummary());
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/aria-label="Baseline versus end of pilot[^"]*Overall mean change \+1\.50/);
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
    expect(svg.match(/<rect [^>]*height="12"/g)).toHaveLength(22);
    for (const domain of DOMAINS)
      expect(html).toContain(`<th scope="row">${escapeHtml(domain.title)}</th>`);
  });

  it('says "no data" in the chart instead of drawing a bar for a domain without answers', () => {
    const outcomes = DOMAINS.map((_, i) =>
      makeOutcome(i, { n: 0, baselineMean: null, endMean: null, meanChange: null }),
    );
    const html = renderSummaryHtml(makeSummary({ outcomes, overallMeanChange: null }));
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(svg.match(/no data/g)).toHaveLength(22);
    expect(svg).toContain('no paired answers yet');
  });

  it('puts each wide table in a named, focusable region that scrolls on its own', () => {
    const html = renderSummaryHtml(makeSummary());
    const regions = [
      ...html.matchAll(
        /<div class="table-scroll" role="region" aria-label="([^"]+)" tabindex="0"><table/g,
      ),
    ];
    expect(regions.map((m) => m[1])).toEqual(
      expect.arrayContaining([
        'Completion thresholds',
        'Impact thresholds',
        'Feasibility thresholds',
        'Outcomes per domain',
        'Kirkpatrick Level 3 evidence',
        'Deviations from the pre-specified protocol',
      ]),
    );
    expect(html).toMatch(/\.table-scroll\s*{\s*overflow-x:\s*auto/);
    const print = html.slice(html.indexOf('@media print'));
    expect(print).toMatch(/\.table-scroll\s*{\s*overflow:\s*visible/);
  });

  it('prints on A4 without splitting rows', () => {
    const html = renderSummaryHtml(makeSummary());
    expect(html).toMatch(/@page\s*{\s*size:\s*A4/);
    expect(html).toMatch(/tr[^{]*{[^}]*break-inside:\s*avoid/);
  });

  it('shows the lock state, by role not account, and every deviation', () => {
    const html = renderSummaryHtml(makeSummary());
    expect(html).toContain('by the Programme Lead');
    expect(html).toContain('a'.repeat(64));
    expect(html).toContain('Target pairs 10 → 12');
    expect(html).not.toMatch(/[\w.]+@[\w.]+/);
    const unlocked = renderSummaryHtml(
      makeSummary({
        lock: { locked: false, hash: null, lockedAt: null, lockedBy: null, deviations: [] },
      }),
    );
    expect(unlocked).toContain('Not locked.');
  });

  it('holds aggregates only: no pair IDs, emails or import issue text', () => {
    const html = renderSummaryHtml(makeSummary());
    expect(html).not.toMatch(/P0[1-3]/);
    expect(html).not.toContain('stranger');
    expect(html).toContain('1 import issue is with the Programme Lead');
  });
});
