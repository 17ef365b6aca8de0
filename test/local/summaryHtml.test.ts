import { DOMAINS } from '../../src/core/instruments';
import type { ThresholdStatus } from '../../src/core/results';
import { escapeHtml } from '../../src/local/html';
import { renderSummaryHtml } from '../../src/local/summaryHtml';
import { makeExplainedSummary } from './committeeFixtures';
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
        domains: { completion: 'pending', impact: 'pending', feasibility: 'met' },
        domainsSoFar: { completion: 'met', impact: 'pending', feasibility: 'met' },
      }),
    );
    expect(html).toContain('PROVISIONAL');
    expect(html).toContain('point to scenario 2: Proceed with targeted improvements');
    // A pending domain is coloured and worded by what the data so far say.
    expect(html).toMatch(/<td class="status status-met">Pending \(so far: met\)<\/td>/);
    expect(html).toMatch(/<td class="status status-pending">Pending<\/td>/);
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

describe('renderSummaryHtml, read without a statistician', () => {
  const between = (html: string, from: string, to: string): string =>
    html.slice(html.indexOf(from), to ? html.indexOf(to, html.indexOf(from)) : undefined);

  it('names the programme and the trust, with the as-of and generation dates', () => {
    const header = between(renderSummaryHtml(makeExplainedSummary()), '<header>', '</header>');
    expect(header).toContain('Hull IMG mentorship · Hull University Teaching Hospitals');
    expect(header).toContain('As of 10 August 2026 · Generated 11 August 2026, 07:05 UTC');
  });

  it('lists the four scenarios and marks the one reached, "so far" while provisional', () => {
    const final = renderSummaryHtml(makeExplainedSummary({ scenario: 2 }));
    const items = [...final.matchAll(/<li( class="reached" aria-current="true")?>(.*?)<\/li>/g)]
      .filter((m) => m[2].includes('→'))
      .map((m) => [Boolean(m[1]), m[2].replace(/<[^>]+>/g, '')]);
    expect(items).toHaveLength(4);
    expect(items.map((i) => i[0])).toEqual([false, true, false, false]);
    expect(items[1][1]).toMatch(/^Reached: Completion and feasibility met, impact partly met →/);
    const provisional = renderSummaryHtml(makeExplainedSummary({ scenario: 4, provisional: true }));
    expect(provisional).toMatch(/aria-current="true"><strong[^>]*>Reached so far \(provisional\):/);
  });

  it('explains each statistic, the statuses and Holm in a "How to read this" section', () => {
    const html = renderSummaryHtml(makeExplainedSummary());
    const section = between(html, 'id="how-to-read"', '</section>');
    for (const term of ['n', 'Mean change', '95% CI', 'Effect size r', 'Wilcoxon p', 'Holm p'])
      expect(section).toContain(`<dt>${term}`);
    for (const status of ['Met', 'Not met', 'Pending', 'Insufficient data', 'So far'])
      expect(section).toContain(`<dt>${status}</dt>`);
  });

  it('says per domain group whether any change is distinguishable from chance', () => {
    // Fixture Holm p: 0.1353 for the first domain, falling to 0.0233 for the last, so only
    // the last domains (Career agency) are below 0.05.
    const html = renderSummaryHtml(makeExplainedSummary());
    const outcomes = between(html, 'id="outcomes"', '<figure>');
    expect(outcomes).toContain(
      'Trust connection: no change is distinguishable from chance after Holm&#39;s adjustment.',
    );
    expect(outcomes).toMatch(/Career agency: the change in [^<]* is distinguishable from chance/);
  });

  it('shows the stamp in a Reproducibility section: version, hashes, lock, command', () => {
    const section = between(
      renderSummaryHtml(makeExplainedSummary()),
      'id="reproducibility"',
      '</section>',
    );
    expect(section).toContain('9.8.7');
    expect(section).toContain('c'.repeat(64));
    expect(section).toContain('1'.repeat(64));
    expect(section).toContain('2'.repeat(64));
    expect(section).toContain('npm run dyad -- evaluate exports --as-of 2026-08-10 --out out');
    expect(section).toMatch(/Configuration locked<\/dt><dd><code>Yes/);
  });

  it('shows a figure taken over fewer than 3 as "fewer than 3 — not shown", with status and n', () => {
    const html = renderSummaryHtml(
      makeExplainedSummary({
        thresholds: [
          makeThreshold('C3', 'insufficient_data', {
            observed: 0.5,
            n: 2,
            parts: [
              { label: 'Mentees', observed: 0.8, n: 4 },
              { label: 'Mentors', observed: 0.5, n: 2 },
            ],
          }),
        ],
        outcomes: DOMAINS.map((_, i) => makeOutcome(i, i === 0 ? { n: 2 } : {})),
      }),
    );
    const c3 = html.match(/<tr><th scope="row">C3<\/th>.*?<\/tr>/)?.[0] ?? '';
    expect(c3).toContain('Insufficient data');
    expect(c3).toContain('data-label="Observed">fewer than 3 — not shown<');
    expect(c3).toContain('data-label="n">2<');
    expect(c3).toContain('Mentors: fewer than 3 — not shown (n 2)');
    expect(c3).toContain('Mentees: 80% (n 4)');
    const first = html.match(/<tr><th scope="row">How supported[^<]*<\/th>.*?<\/tr>/)?.[0] ?? '';
    expect(first).toContain('<td class="num">2</td>');
    expect(first).toContain('fewer than 3 — not shown');
  });

  it('words what is at risk "so far" while provisional', () => {
    const html = renderSummaryHtml(
      makeExplainedSummary({
        provisional: true,
        atRisk: ['I3'],
        scenarioRestsOn: ['impact'],
        thresholds: [makeThreshold('I3', 'pending', { statusSoFar: 'not_met' })],
      }),
    );
    const decision = between(html, 'id="decision"', 'id="how-to-read"');
    expect(decision).toContain('Thresholds at risk so far: I3 (not met so far).');
    expect(decision).toContain('The scenario so far rests on: Impact.');
    expect(html).toMatch(/I3<\/th>.*Pending \(so far: not met\)/);
  });

  it('keeps every number and 95% CI on one line, on screen and printed', () => {
    const html = renderSummaryHtml(makeExplainedSummary());
    const print = html.slice(html.indexOf('@media print'));
    expect(html).toMatch(/td\.num\s*{[^}]*white-space:\s*nowrap/);
    expect(print).not.toMatch(/td\.num[^{]*{[^}]*white-space:\s*normal/);
  });

  it('forces no page break in print', () => {
    expect(renderSummaryHtml(makeExplainedSummary())).not.toMatch(
      /break-(before|after):\s*(page|always)/,
    );
  });
});
