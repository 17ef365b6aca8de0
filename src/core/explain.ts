/**
 * The committee report in plain words (protocol section 9, "read without a statistician"):
 * what each statistic means, whether any domain's change is distinguishable from chance after
 * Holm's adjustment, the four scenarios with the one reached, and what each status means.
 * Pure: summary.html, summary.xlsx, the terminal and the Google summary spreadsheet show it.
 */
import type { ProtocolConfig, Scenario } from './config';
import type { DomainGroup, DomainKey } from './instruments';
import type { DomainOutcome, ThresholdStatus } from './results';

/** The level below which a Holm-adjusted p is read as distinguishable from chance. */
export const SIGNIFICANCE_LEVEL = 0.05;

export const DOMAIN_GROUP_ORDER: readonly DomainGroup[] = [
  'Trust connection',
  'Clinical and psychological safety',
  'Career agency',
];

export interface TermExplanation {
  /** The column or label as the reports print it. */
  term: string;
  meaning: string;
}

export interface DomainGroupFinding {
  group: DomainGroup;
  /** Some domain of the group is distinguishable from chance after Holm; null when none is shown. */
  distinguishable: boolean | null;
  sentence: string;
}

export interface ScenarioLine {
  scenario: Scenario;
  /** When the scenario applies, in words. */
  rule: string;
  recommendation: string;
  reached: boolean;
  /** "Reached", "Reached so far (provisional)" or "". */
  mark: string;
}

export interface Explanation {
  /** One plain sentence per statistic of the domain table. */
  statistics: TermExplanation[];
  /** Notes on effect sizes of exactly +1 or −1, when any domain shown has one. */
  effectSizeNotes: string[];
  /** One sentence over all domains: is any change distinguishable from chance after Holm? */
  overallFinding: string;
  /** One sentence per domain group, in the protocol's order. */
  domainGroups: DomainGroupFinding[];
  scenarioIntro: string;
  scenarios: ScenarioLine[];
  /** What each threshold status (and "so far", "aspirational") means. */
  statuses: TermExplanation[];
}

export interface ExplainInput {
  provisional: boolean;
  scenario: Scenario;
  outcomes: readonly DomainOutcome[];
}

export interface ExplainOptions {
  /** Fewest people behind a figure a committee file shows (the small-numbers rule). */
  minCount: number;
  /** How a domain is named in a sentence; its question title by default. */
  domainName?: (key: DomainKey, title: string) => string;
}

const SCENARIO_RULES: Record<Scenario, string> = {
  1: 'Completion, feasibility and impact all met',
  2: 'Completion and feasibility met, impact partly met',
  3: 'One of completion and feasibility not fully met, the other met, and impact met or partly met',
  4: 'Any other result',
};

function statistics(minCount: number): TermExplanation[] {
  return [
    {
      term: 'n',
      meaning:
        'The number of mentees in evaluable pairs who answered the question both when they applied and at the end of the pilot; only they are counted.',
    },
    {
      term: 'Baseline mean and end mean',
      meaning:
        'The average score on the 1–10 scale (1 = not at all, 10 = completely) when mentees applied and at the end of the pilot.',
    },
    {
      term: 'Mean change',
      meaning:
        "The average of each mentee's own end score minus their baseline score: +1.0 means one point higher on the 10-point scale.",
    },
    {
      term: 'SD of change',
      meaning:
        'How much mentees differed from each other in how much they changed: the larger it is, the more the changes varied.',
    },
    {
      term: '95% CI',
      meaning:
        'The range of average changes these answers are compatible with: a range wholly above zero points to a real improvement, a range that includes zero cannot rule out no change, and few mentees give a wide range.',
    },
    {
      term: 'Improved',
      meaning: 'The share of mentees whose end score was higher than their baseline score.',
    },
    {
      term: 'Effect size r (rank-biserial)',
      meaning:
        'From −1 to +1: how far the mentees who improved outweigh those who got worse, larger changes counting more; +1 means everyone who changed improved, 0 that gains and losses balanced.',
    },
    {
      term: 'Wilcoxon p',
      meaning:
        'How likely changes at least this consistent would be if the programme made no difference; the smaller it is, the less likely chance alone explains them.',
    },
    {
      term: 'Holm p',
      meaning: `The Wilcoxon p adjusted because the eleven domains are tested together, so a lucky result among many is not taken for an effect; a Holm p below ${SIGNIFICANCE_LEVEL} is read as distinguishable from chance.`,
    },
    {
      term: `Fewer than ${minCount}`,
      meaning: `A figure taken over fewer than ${minCount} people is not shown, to protect their privacy; its status and n are.`,
    },
  ];
}

const isShown = (o: DomainOutcome, minCount: number) => o.n >= minCount;

const distinguishable = (o: DomainOutcome) => o.holmP !== null && o.holmP < SIGNIFICANCE_LEVEL;

function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function effectSizeNotes(shown: readonly DomainOutcome[], name: (o: DomainOutcome) => string) {
  const notes: string[] = [];
  const allUp = shown.filter((o) => o.rankBiserial === 1);
  const allDown = shown.filter((o) => o.rankBiserial === -1);
  const which = (found: readonly DomainOutcome[]) =>
    found.length === shown.length && found.length > 1
      ? 'in every domain shown'
      : `(${nameList(found.map(name))})`;
  if (allUp.length) {
    notes.push(
      `An effect size of +1.00 ${which(allUp)} is not an error: every mentee whose score changed moved up and nobody moved down. It shows the direction was unanimous, not that the change was large; read it with the mean change.`,
    );
  }
  if (allDown.length) {
    notes.push(
      `An effect size of −1.00 ${which(allDown)} is not an error: every mentee whose score changed moved down and nobody moved up. It shows the direction was unanimous, not that the change was large; read it with the mean change.`,
    );
  }
  return notes;
}

function groupFinding(
  group: DomainGroup,
  outcomes: readonly DomainOutcome[],
  minCount: number,
  name: (o: DomainOutcome) => string,
): DomainGroupFinding {
  const own = outcomes.filter((o) => o.group === group);
  const shown = own.filter((o) => isShown(o, minCount));
  const hidden = own.length - shown.length;
  const hiddenNote =
    hidden === 0
      ? ''
      : ` ${hidden === 1 ? 'One domain is' : `${hidden} domains are`} not shown: fewer than ${minCount} mentees answered at both points.`;
  if (shown.length === 0) {
    return {
      group,
      distinguishable: null,
      sentence: `${group}: not shown, as fewer than ${minCount} mentees answered at both points.`,
    };
  }
  const found = shown.filter(distinguishable);
  if (found.length) {
    return {
      group,
      distinguishable: true,
      sentence: `${group}: the change in ${nameList(found.map(name))} is distinguishable from chance after Holm's adjustment.${hiddenNote}`,
    };
  }
  const tested = shown.some((o) => o.holmP !== null);
  return {
    group,
    distinguishable: false,
    sentence: tested
      ? `${group}: no change is distinguishable from chance after Holm's adjustment.${hiddenNote}`
      : `${group}: no mentee's score changed, so there is no change to test.${hiddenNote}`,
  };
}

function overallFinding(findings: readonly DomainGroupFinding[]): string {
  if (findings.some((f) => f.distinguishable === true)) {
    return "At least one domain's change is distinguishable from chance after Holm's adjustment (see below).";
  }
  if (findings.every((f) => f.distinguishable === null)) {
    return 'No domain has enough mentees with baseline and end answers to show.';
  }
  return "No domain's change is distinguishable from chance after Holm's adjustment: the changes seen may be real, but these numbers cannot tell them apart from chance.";
}

function scenarioLines(input: ExplainInput, config: ProtocolConfig): ScenarioLine[] {
  return ([1, 2, 3, 4] as const).map((scenario) => {
    const reached = scenario === input.scenario;
    return {
      scenario,
      rule: SCENARIO_RULES[scenario],
      recommendation: config.recommendations[scenario],
      reached,
      mark: !reached ? '' : input.provisional ? 'Reached so far (provisional)' : 'Reached',
    };
  });
}

const statusMeanings = (fewest: number): Record<ThresholdStatus, string> => ({
  met: 'The data reach the pre-specified target.',
  not_met: 'The data fall short of the pre-specified target.',
  pending:
    'Its data cannot exist yet: the pilot has not ended, or the Programme Lead has not yet recorded an input such as the mid-pilot review.',
  insufficient_data: `Fewer than ${fewest} answers behind a mean, or fewer than ${fewest} people behind a share: too few to judge, so it counts as not met in the decision.`,
});

const STATUS_TERMS: Record<ThresholdStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  pending: 'Pending',
  insufficient_data: 'Insufficient data',
};

function statuses(fewest: number): TermExplanation[] {
  const meanings = statusMeanings(fewest);
  return [
    ...(Object.keys(meanings) as ThresholdStatus[]).map((s) => ({
      term: STATUS_TERMS[s],
      meaning: meanings[s],
    })),
    {
      term: 'So far',
      meaning:
        'While the pilot runs, what the data collected up to the as-of date say; it can change before the pilot ends, and the scenario it points to is provisional.',
    },
    {
      term: 'Aspirational',
      meaning: 'Shown for information; it never decides the scenario.',
    },
  ];
}

export function explain(
  input: ExplainInput,
  config: ProtocolConfig,
  options: ExplainOptions,
): Explanation {
  const { minCount } = options;
  const name = (o: DomainOutcome) => options.domainName?.(o.key, o.title) ?? o.title;
  const shown = input.outcomes.filter((o) => isShown(o, minCount));
  const findings = DOMAIN_GROUP_ORDER.map((g) => groupFinding(g, input.outcomes, minCount, name));
  const terms = statistics(minCount);
  const statusTerms = statuses(config.minAnswersForMeasure);
  const notes = effectSizeNotes(shown, name);
  return {
    statistics: terms,
    effectSizeNotes: notes,
    overallFinding: overallFinding(findings),
    domainGroups: findings,
    scenarioIntro:
      'The decision is the first of these four pre-specified scenarios whose rule holds (a domain is met when all its deciding thresholds are met):',
    scenarios: scenarioLines(input, config),
    statuses: statusTerms,
  };
}
