/** What the Lead reads in the terminal after `match` and `evaluate`. */
import { DEFAULT_CONFIG, FACTOR_KEYS } from '../../src/core/config';
import { explain } from '../../src/core/explain';
import type { MatchResult, Proposal } from '../../src/core/results';
import { formatEvaluationReport, formatMatchReport } from '../../src/local/terminalReport';
import { makeEvaluation, makeThreshold } from './fixtures';

const factors = Object.fromEntries(FACTOR_KEYS.map((k) => [k, 1])) as Proposal['factors'];

function proposal(mentee: string, mentor: string, score: number, confirmed = false): Proposal {
  return {
    mentee,
    mentor,
    score,
    percent: (score / 11) * 100,
    factors,
    alternatives: [],
    confirmed,
  };
}

const result: MatchResult = {
  totalScore: 33,
  proposals: [
    proposal('mentee10@x.org', 'mentor1@x.org', 8),
    proposal('mentee2@x.org', 'mentor2@x.org', 8, true),
    proposal('mentee1@x.org', 'mentor3@x.org', 9),
    proposal('mentee2b@x.org', 'mentor4@x.org', 8),
  ],
  unmatched: ['mentee20@x.org', 'mentee3@x.org'],
  ineligible: [
    { email: 'fy1@x.org', role: 'mentor', reason: 'grade Foundation (FY1–FY2) cannot mentor' },
    { email: 'uk@x.org', role: 'mentee', reason: 'no consent' },
  ],
};

const lineIndex = (lines: string[], text: string) => lines.findIndex((l) => l.includes(text));

describe('the match report', () => {
  it('lists proposals first in natural order, then the confirmed pairs apart', () => {
    const lines = formatMatchReport(result, [], 'out/matches.json').split('\n');
    expect(lines[0]).toBe('Total score: 33 points over 4 pairs (3 proposed, 1 confirmed)');
    const order = [
      'Proposals to review',
      'mentee1@',
      'mentee2b@',
      'mentee10@',
      'Confirmed pairs',
      'mentee2@',
    ];
    const at = order.map((text) => lineIndex(lines, text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('orders by name where the applications give one, and shows it beside the email', () => {
    const names = new Map([
      ['mentee10@x.org', 'Abel Zed'],
      ['mentee1@x.org', 'Zara Ace'],
      ['mentor1@x.org', 'Mo Tor'],
    ]);
    const lines = formatMatchReport(result, [], 'm.json', undefined, names).split('\n');
    // A mentee without a name sorts by email: "Abel Zed" < "mentee2b@x.org" < "Zara Ace".
    const at = ['mentee10@', 'mentee2b@', 'mentee1@'].map((t) => lineIndex(lines, t));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines[at[0]]).toMatch(
      /mentee10@x\.org\s+→\s+mentor1@x\.org\s+8\/11\s+73%\s+proposed\s+\(Abel Zed → Mo Tor\)$/,
    );
    expect(lines[at[1]]).not.toContain('(');
    expect(lines[at[2]]).toContain('(Zara Ace → ?)');
  });

  it('lists the unmatched and the ineligible with their reasons', () => {
    const text = formatMatchReport(
      result,
      [],
      'm.json',
      undefined,
      new Map([['uk@x.org', 'Una Kay']]),
    );
    expect(text).toContain('Unmatched mentees: 2\n  mentee3@x.org\n  mentee20@x.org\n');
    expect(text).toContain(
      'Ineligible applicants: 2\n  uk@x.org  (Una Kay), mentee: no consent\n  fy1@x.org, mentor: grade Foundation (FY1–FY2) cannot mentor\n',
    );
  });

  it('shows only the issues of the sheets matching reads, and counts the rest', () => {
    const issues = [
      { sheet: 'check-in', row: 4, problem: 'unknown email' },
      { sheet: 'mentee-application', row: 3, problem: 'superseded' },
      { sheet: 'mentor-feedback', row: 2, problem: 'unknown email' },
      { sheet: 'pairs', row: 5, problem: 'no rationale' },
      { sheet: 'stray.csv', row: 0, problem: 'not a sheet Dyad knows' },
    ];
    const text = formatMatchReport(result, issues, 'm.json');
    expect(text).toContain(
      'Import issues: 3 (see m.json for all)\n' +
        '  mentee-application row 3: superseded\n' +
        '  pairs row 5: no rationale\n' +
        '  stray.csv: not a sheet Dyad knows\n' +
        '  (2 issues in check-ins, feedback or escalations left for evaluate; all are in m.json)\n',
    );
    expect(text).not.toContain('check-in row 4');
  });
});

describe('the evaluation report', () => {
  const provisional = () =>
    makeEvaluation({
      provisional: true,
      scenario: 2,
      recommendation: 'Proceed with targeted improvements',
      domains: { completion: 'pending', impact: 'pending', feasibility: 'met' },
      domainsSoFar: { completion: 'met', impact: 'partial', feasibility: 'met' },
      scenarioRestsOn: ['impact'],
      atRisk: ['I3', 'F4'],
      thresholds: [
        makeThreshold('C1', 'pending', { statusSoFar: 'met' }),
        makeThreshold('I3', 'pending', { statusSoFar: 'not_met' }),
        makeThreshold('F4', 'insufficient_data'),
      ],
    });

  it('says what is at risk now and which domain the provisional scenario rests on', () => {
    const text = formatEvaluationReport(provisional(), 'o/summary.json', ['o/summary.json']);
    expect(text).toContain(
      '  PROVISIONAL: the data so far point to scenario 2: Proceed with targeted improvements\n' +
        '  The provisional scenario rests on Impact (partially met so far).\n' +
        '  At risk now: I3 not met so far, F4 insufficient data\n',
    );
    expect(text).toContain(
      'Domains: Completion: Pending (so far: met) · Impact: Pending (so far: partially met) · Feasibility: Met',
    );
    expect(text).toMatch(/^\s+I3\s+Pending \(so far: not met\)/m);
  });

  it('says "none" at risk when nothing falls short so far', () => {
    const text = formatEvaluationReport(makeEvaluation(), 'o/summary.json', []);
    expect(text).toContain('  At risk now: none\n');
    expect(text).not.toContain('rests on');
  });

  it('prints the findings and the four scenarios from the explanation, the one reached marked', () => {
    const evaluation = provisional();
    const explanation = explain(evaluation, DEFAULT_CONFIG, { minCount: 3 });
    const text = formatEvaluationReport(evaluation, 'o/summary.json', [], explanation);
    expect(text).toContain(`Outcomes: ${explanation.overallFinding}\n`);
    for (const g of explanation.domainGroups) expect(text).toContain(`  - ${g.sentence}\n`);
    expect(text).toContain(
      `  ▶ 2. Completion and feasibility met, impact partly met → ${DEFAULT_CONFIG.recommendations[2]}  [Reached so far (provisional)]\n`,
    );
    expect(text).toContain(`    4. Any other result → ${DEFAULT_CONFIG.recommendations[4]}\n`);
  });
});
