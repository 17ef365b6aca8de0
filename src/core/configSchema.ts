/**
 * The protocol configuration's schema: every setting's type, range and list, checked at load so
 * that a mistyped configuration is refused in words (every problem at once) instead of
 * crashing a run or silently changing a decision. Weights are bounded so that the exact
 * matching solver's integer arithmetic stays exact (see docs/data-checks.md).
 */
import type { ThresholdId } from './config';

/** The largest factor weight accepted; with at most three decimals it keeps the solver exact. */
export const MAX_FACTOR_WEIGHT = 100;
const WEIGHT_DECIMALS = 3;

const THRESHOLD_IDS: readonly ThresholdId[] = [
  'C1',
  'C2',
  'C3',
  'C4',
  'I1',
  'I2',
  'I3',
  'I4',
  'F1',
  'F2',
  'F3',
  'F4',
];

type Problems = string[];
type Value = unknown;

const shown = (value: Value): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

const isObject = (value: Value): value is Record<string, Value> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function numberIn(
  problems: Problems,
  path: string,
  value: Value,
  min: number,
  max: number,
  whole = false,
): boolean {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!whole || Number.isInteger(value));
  if (!ok)
    problems.push(
      `"${path}" must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max} (it is ${shown(value)})`,
    );
  return ok;
}

function text(problems: Problems, path: string, value: Value): boolean {
  const ok = typeof value === 'string' && value.trim() !== '';
  if (!ok) problems.push(`"${path}" must be a non-empty text (it is ${shown(value)})`);
  return ok;
}

/** A list of distinct texts; `allowEmpty` for lists that may hold nothing. */
function textList(problems: Problems, path: string, value: Value, allowEmpty = false): string[] {
  if (!Array.isArray(value) || (!allowEmpty && value.length === 0)) {
    problems.push(
      `"${path}" must be a ${allowEmpty ? '' : 'non-empty '}list of texts (it is ${shown(value)})`,
    );
    return [];
  }
  const texts: string[] = [];
  value.forEach((item, i) => {
    if (!text(problems, `${path}[${i}]`, item)) return;
    const option = item as string;
    if (texts.includes(option)) problems.push(`"${path}" lists "${option}" twice`);
    if (/, |;/.test(option))
      problems.push(
        `"${path}[${i}]" must not contain ", " or ";" (checkbox answers are joined by them)`,
      );
    texts.push(option);
  });
  return texts;
}

function oneOf(problems: Problems, path: string, value: Value, options: readonly string[]): void {
  if (typeof value !== 'string' || !options.includes(value))
    problems.push(
      `"${path}" must be one of ${options.map((o) => `"${o}"`).join(', ')} (it is ${shown(value)})`,
    );
}

function subsetOf(
  problems: Problems,
  path: string,
  value: Value,
  options: readonly string[],
): void {
  for (const item of textList(problems, path, value, true))
    if (!options.includes(item))
      problems.push(`"${path}" names "${item}", which is not one of the grades`);
}

function gradeLabels(problems: Problems, value: Value): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push(`"grades" must be a non-empty list of {"label", "rank"} (it is ${shown(value)})`);
    return [];
  }
  const labels: string[] = [];
  value.forEach((grade, i) => {
    if (!isObject(grade)) {
      problems.push(
        `"grades[${i}]" must be {"label": text, "rank": number} (it is ${shown(grade)})`,
      );
      return;
    }
    unknownKeys(problems, `grades[${i}]`, grade, ['label', 'rank']);
    if (text(problems, `grades[${i}].label`, grade.label)) labels.push(grade.label as string);
    numberIn(problems, `grades[${i}].rank`, grade.rank, 0, 100);
  });
  return labels;
}

function unknownKeys(
  problems: Problems,
  path: string,
  value: Record<string, Value>,
  known: readonly string[],
): void {
  for (const key of Object.keys(value))
    if (!known.includes(key))
      problems.push(
        `"${path ? `${path}.` : ''}${key}" is not a setting of the protocol configuration`,
      );
}

function nested(
  problems: Problems,
  path: string,
  value: Value,
  check: (object: Record<string, Value>) => void,
): void {
  if (!isObject(value)) problems.push(`"${path}" must be an object (it is ${shown(value)})`);
  else check(value);
}

function weights(problems: Problems, value: Record<string, Value>, keys: readonly string[]): void {
  let total = 0;
  for (const key of keys) {
    const weight = value[key];
    const path = `factorWeights.${key}`;
    if (!numberIn(problems, path, weight, 0, MAX_FACTOR_WEIGHT)) continue;
    const scaled = (weight as number) * 10 ** WEIGHT_DECIMALS;
    if (Math.abs(scaled - Math.round(scaled)) > 1e-6)
      problems.push(
        `"${path}" may have at most ${WEIGHT_DECIMALS} decimals (it is ${shown(weight)})`,
      );
    total += weight as number;
  }
  if (total <= 0) problems.push('"factorWeights" must give at least one factor a weight above 0');
}

function thresholds(problems: Problems, t: Record<string, Value>): void {
  const share = (key: string) => numberIn(problems, `thresholds.${key}`, t[key], 0, 1);
  const scale = (key: string) => numberIn(problems, `thresholds.${key}`, t[key], 1, 10);
  ['c1Share', 'c2Share', 'c3Share', 'i4Share'].forEach(share);
  ['i2Usefulness', 'i3MatchSatisfaction', 'f4AdminEase'].forEach(scale);
  numberIn(problems, 'thresholds.c1MinMeetings', t.c1MinMeetings, 1, 3, true);
  numberIn(problems, 'thresholds.c4MaxUnresolved', t.c4MaxUnresolved, 0, 10_000, true);
  numberIn(problems, 'thresholds.i1MeanChange', t.i1MeanChange, -9, 9);
  numberIn(problems, 'thresholds.i4MinRating', t.i4MinRating, 1, 10, true);
  numberIn(problems, 'thresholds.f1MentorsPerTargetPair', t.f1MentorsPerTargetPair, 0, 100);
  numberIn(problems, 'thresholds.f2MenteesPerTargetPair', t.f2MenteesPerTargetPair, 0, 100);
}

/**
 * Every problem of a configuration (merged over the defaults), in words; empty when it can be
 * used. `defaults` gives the known keys of each nested setting.
 */
export function configProblems(
  config: Record<string, Value>,
  defaults: Record<string, Value>,
): string[] {
  const problems: Problems = [];
  unknownKeys(problems, '', config, Object.keys(defaults));
  const grades = gradeLabels(problems, config.grades);
  const specialties = textList(problems, 'specialties', config.specialties);
  nested(problems, 'specialtyGroups', config.specialtyGroups, (groups) => {
    for (const [specialty, group] of Object.entries(groups)) {
      if (!specialties.includes(specialty))
        problems.push(
          `"specialtyGroups" names "${specialty}", which is not one of the specialties`,
        );
      text(problems, `specialtyGroups.${specialty}`, group);
    }
  });
  textList(problems, 'sites', config.sites);
  const pathways = textList(problems, 'pathways', config.pathways);
  oneOf(problems, 'undecidedPathway', config.undecidedPathway, pathways);
  textList(problems, 'supportAreas', config.supportAreas);
  const formats = textList(problems, 'formats', config.formats);
  oneOf(problems, 'inPersonFormat', config.inPersonFormat, formats);
  oneOf(problems, 'eitherFormat', config.eitherFormat, formats);
  textList(problems, 'availability', config.availability);
  nested(problems, 'mentorEligibility', config.mentorEligibility, (rule) => {
    unknownKeys(
      problems,
      'mentorEligibility',
      rule,
      Object.keys(defaults.mentorEligibility as object),
    );
    subsetOf(problems, 'mentorEligibility.grades', rule.grades, grades);
    oneOf(problems, 'mentorEligibility.experiencedGrade', rule.experiencedGrade, grades);
    numberIn(problems, 'mentorEligibility.minMonthsNhs', rule.minMonthsNhs, 0, 600, true);
  });
  subsetOf(problems, 'menteeEligibleGrades', config.menteeEligibleGrades, grades);
  const capacities = config.mentorCapacityOptions;
  if (!Array.isArray(capacities) || capacities.length === 0)
    problems.push(
      `"mentorCapacityOptions" must be a non-empty list of whole numbers (it is ${shown(capacities)})`,
    );
  else
    capacities.forEach((c, i) => numberIn(problems, `mentorCapacityOptions[${i}]`, c, 1, 50, true));
  nested(problems, 'factorWeights', config.factorWeights, (w) => {
    const keys = Object.keys(defaults.factorWeights as object);
    unknownKeys(problems, 'factorWeights', w, keys);
    weights(problems, w, keys);
  });
  numberIn(problems, 'alternativesShown', config.alternativesShown, 0, 20, true);
  nested(problems, 'meetings', config.meetings, (m) => {
    unknownKeys(problems, 'meetings', m, Object.keys(defaults.meetings as object));
    const months = m.dueMonths;
    if (!Array.isArray(months) || months.length !== 3)
      problems.push(
        `"meetings.dueMonths" must list the months of the 3 structured meetings (it is ${shown(months)})`,
      );
    else {
      months.forEach((month, i) =>
        numberIn(problems, `meetings.dueMonths[${i}]`, month, 0, 120, true),
      );
      if (!months.every((month, i) => i === 0 || (month as number) > (months[i - 1] as number)))
        problems.push('"meetings.dueMonths" must be in increasing order');
    }
    numberIn(problems, 'meetings.overdueAfterDays', m.overdueAfterDays, 0, 365, true);
  });
  numberIn(problems, 'defaultTargetPairs', config.defaultTargetPairs, 1, 10_000, true);
  numberIn(problems, 'minAnswersForMeasure', config.minAnswersForMeasure, 1, 1000, true);
  numberIn(problems, 'minCommitteeCount', config.minCommitteeCount, 3, 1000, true);
  nested(problems, 'thresholds', config.thresholds, (t) => {
    unknownKeys(problems, 'thresholds', t, Object.keys(defaults.thresholds as object));
    thresholds(problems, t);
  });
  const aspirational = config.aspirationalThresholds;
  if (!Array.isArray(aspirational))
    problems.push(
      `"aspirationalThresholds" must be a list of threshold IDs (it is ${shown(aspirational)})`,
    );
  else
    aspirational.forEach((id, i) =>
      oneOf(problems, `aspirationalThresholds[${i}]`, id, THRESHOLD_IDS),
    );
  nested(problems, 'recommendations', config.recommendations, (r) => {
    unknownKeys(problems, 'recommendations', r, ['1', '2', '3', '4']);
    for (const scenario of ['1', '2', '3', '4'])
      text(problems, `recommendations.${scenario}`, r[scenario]);
  });
  return problems;
}
