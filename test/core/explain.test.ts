import { DEFAULT_CONFIG, type ProtocolConfig } from '../../src/core/config';
import { explain } from '../../src/core/explain';
import { DOMAINS, type DomainKey } from '../../src/core/instruments';
import type { DomainOutcome } from '../../src/core/results';

/** Every domain over 8 mentees, nothing distinguishable (Holm p 0.40), r 0.5; overridden per key. */
function outcomes(over: Partial<Record<DomainKey, Partial<DomainOutcome>>> = {}): DomainOutcome[] {
  return DOMAINS.map((d) => ({
    key: d.key,
    title: d.title,
    group: d.group,
    kirkpatrickLevel: d.kirkpatrickLevel,
    n: 8,
    baselineMean: 4,
    endMean: 5,
    meanChange: 1,
    sdChange: 1,
    ci95: [0.2, 1.8],
    improvedShare: 0.75,
    rankBiserial: 0.5,
    wilcoxonP: 0.1,
    holmP: 0.4,
    ...over[d.key],
  }));
}

const options = { minCount: 3 };
const short = (key: DomainKey) => key;

describe('how to read the statistics', () => {
  it('explains each statistic of the domain table in one sentence, in table order', () => {
    const e = explain(
      { provisional: false, scenario: 1, outcomes: outcomes() },
      DEFAULT_CONFIG,
      options,
    );
    expect(e.statistics.map((s) => s.term)).toEqual([
      'n',
      'Baseline mean and end mean',
      'Mean change',
      'SD of change',
      '95% CI',
      'Improved',
      'Effect size r (rank-biserial)',
      'Wilcoxon p',
      'Holm p',
      'Fewer than 3',
    ]);
    for (const s of e.statistics) {
      expect(s.meaning).toMatch(/\.$/);
      expect(s.meaning).not.toMatch(/\.\s+[A-Z]/);
    }
    expect(e.statistics[4].meaning).toMatch(/zero/);
    expect(e.statistics[8].meaning).toMatch(/below 0\.05/);
  });

  it('notes an effect size of +1 or −1 in a shown domain, never in a hidden one', () => {
    const e = explain(
      {
        provisional: false,
        scenario: 1,
        outcomes: outcomes({
          supported: { rankBiserial: 1 },
          portfolio: { rankBiserial: 1 },
          wellbeing: { rankBiserial: -1 },
          belonging: { rankBiserial: 1, n: 2 },
        }),
      },
      DEFAULT_CONFIG,
      { minCount: 3, domainName: short },
    );
    expect(e.effectSizeNotes).toEqual([
      'An effect size of +1.00 (supported and portfolio) is not an error: every mentee whose score changed moved up and nobody moved down. It shows the direction was unanimous, not that the change was large; read it with the mean change.',
      'An effect size of −1.00 (wellbeing) is not an error: every mentee whose score changed moved down and nobody moved up. It shows the direction was unanimous, not that the change was large; read it with the mean change.',
    ]);
  });

  it('says "every domain shown" when each shown domain has an effect size of +1', () => {
    const up = Object.fromEntries(DOMAINS.map((d) => [d.key, { rankBiserial: 1 }]));
    const e = explain(
      { provisional: false, scenario: 1, outcomes: outcomes({ ...up, portfolio: { n: 2 } }) },
      DEFAULT_CONFIG,
      options,
    );
    expect(e.effectSizeNotes).toHaveLength(1);
    expect(e.effectSizeNotes[0]).toMatch(
      /^An effect size of \+1\.00 in every domain shown is not an error/,
    );
  });

  it('has no effect-size note when no effect size is ±1', () => {
    const e = explain(
      { provisional: false, scenario: 1, outcomes: outcomes() },
      DEFAULT_CONFIG,
      options,
    );
    expect(e.effectSizeNotes).toEqual([]);
  });
});

describe('whether a change is distinguishable from chance', () => {
  it('says so per group after Holm, at the 0.05 edge, and that small groups are not shown', () => {
    const e = explain(
      {
        provisional: false,
        scenario: 1,
        outcomes: outcomes({
          belonging: { holmP: 0.049 },
          // Exactly 0.05 is not below 0.05.
          wellbeing: { holmP: 0.05 },
          // A hidden domain's small p is never named.
          asking_questions: { holmP: 0.001, n: 2 },
          career_pathways: { n: 2 },
          portfolio: { n: 0, holmP: null },
          work_life_balance: { n: 1 },
        }),
      },
      DEFAULT_CONFIG,
      { minCount: 3, domainName: short },
    );
    expect(e.domainGroups).toEqual([
      {
        group: 'Trust connection',
        distinguishable: true,
        sentence:
          "Trust connection: the change in belonging is distinguishable from chance after Holm's adjustment.",
      },
      {
        group: 'Clinical and psychological safety',
        distinguishable: false,
        sentence:
          "Clinical and psychological safety: no change is distinguishable from chance after Holm's adjustment. One domain is not shown: fewer than 3 mentees answered at both points.",
      },
      {
        group: 'Career agency',
        distinguishable: null,
        sentence: 'Career agency: not shown, as fewer than 3 mentees answered at both points.',
      },
    ]);
    expect(e.overallFinding).toMatch(/^At least one domain/);
  });

  it('says plainly when no domain is distinguishable', () => {
    const e = explain(
      { provisional: false, scenario: 4, outcomes: outcomes() },
      DEFAULT_CONFIG,
      options,
    );
    expect(e.domainGroups.map((g) => g.distinguishable)).toEqual([false, false, false]);
    expect(e.overallFinding).toBe(
      "No domain's change is distinguishable from chance after Holm's adjustment: the changes seen may be real, but these numbers cannot tell them apart from chance.",
    );
  });

  it('says there is nothing to test when nobody changed', () => {
    const still = Object.fromEntries(
      DOMAINS.map((d) => [d.key, { holmP: null, wilcoxonP: null, rankBiserial: null }]),
    );
    const e = explain(
      { provisional: false, scenario: 4, outcomes: outcomes(still) },
      DEFAULT_CONFIG,
      options,
    );
    expect(e.domainGroups[0].sentence).toBe(
      "Trust connection: no mentee's score changed, so there is no change to test.",
    );
  });
});

describe('the four scenarios', () => {
  const config: ProtocolConfig = {
    ...DEFAULT_CONFIG,
    recommendations: { 1: 'Go', 2: 'Go, improve matching', 3: 'Run Cohort 1b', 4: 'Stop' },
  };

  it('lists the four in the configuration’s words, the one reached marked', () => {
    const e = explain({ provisional: false, scenario: 3, outcomes: outcomes() }, config, options);
    expect(e.scenarios.map((s) => [s.scenario, s.recommendation, s.mark])).toEqual([
      [1, 'Go', ''],
      [2, 'Go, improve matching', ''],
      [3, 'Run Cohort 1b', 'Reached'],
      [4, 'Stop', ''],
    ]);
    expect(e.scenarios.filter((s) => s.reached).map((s) => s.scenario)).toEqual([3]);
  });

  it('marks the scenario the data so far point to as provisional', () => {
    const e = explain({ provisional: true, scenario: 2, outcomes: outcomes() }, config, options);
    expect(e.scenarios[1].mark).toBe('Reached so far (provisional)');
  });
});

describe('what the statuses mean', () => {
  it('explains each status, "so far" and "aspirational", with the configured minimum', () => {
    const config = { ...DEFAULT_CONFIG, minAnswersForMeasure: 5 };
    const e = explain({ provisional: false, scenario: 1, outcomes: outcomes() }, config, options);
    expect(e.statuses.map((s) => s.term)).toEqual([
      'Met',
      'Not met',
      'Pending',
      'Insufficient data',
      'So far',
      'Aspirational',
    ]);
    expect(e.statuses[3].meaning).toMatch(/^Fewer than 5 answers .* counts as not met/);
  });
});
