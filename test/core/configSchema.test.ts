import { maxExactRows } from '../../src/core/assignment';
import { configFromJson, configJsonProblems } from '../../src/core/protocolConfig';
import { proposeMatches } from '../../src/core/matching';
import { mentee, mentor, records } from './builders';

describe('the protocol configuration is checked against its schema', () => {
  it.each([
    [
      '{"thresholds":{"c1Share":"abc"}}',
      'the protocol setting "thresholds.c1Share" must be a number from 0 to 1 (it is "abc")',
    ],
    [
      '{"thresholds":{"c1Share":1.01}}',
      'the protocol setting "thresholds.c1Share" must be a number from 0 to 1 (it is 1.01)',
    ],
    [
      '{"grades":[1,2]}',
      'the protocol setting "grades[0]" must be {"label": text, "rank": number} (it is 1)',
    ],
    [
      '{"factorWeights":{"site":1e300}}',
      'the protocol setting "factorWeights.site" must be a number from 0 to 100 (it is 1e+300)',
    ],
    [
      '{"factorWeights":{"site":-1}}',
      'the protocol setting "factorWeights.site" must be a number from 0 to 100 (it is -1)',
    ],
    [
      '{"factorWeights":{"site":0.0001}}',
      'the protocol setting "factorWeights.site" may have at most 3 decimals (it is 0.0001)',
    ],
    [
      '{"factorWeights":{"specialty":0,"pathway":0,"needs":0,"site":0,"format":0,"availability":0,"img_preference":0,"seniority":0}}',
      'the protocol setting "factorWeights" must give at least one factor a weight above 0',
    ],
    [
      '{"thresholds":{"c1shar":0.6}}',
      'the protocol setting "thresholds.c1shar" is not a setting of the protocol configuration',
    ],
    ['{"sites":[]}', 'the protocol setting "sites" must be a non-empty list of texts (it is [])'],
    [
      '{"availability":["Weekends","Weekends"]}',
      'the protocol setting "availability" lists "Weekends" twice',
    ],
    [
      '{"supportAreas":["Exams; assessments"]}',
      'the protocol setting "supportAreas[0]" must not contain ", " or ";" (checkbox answers are joined by them)',
    ],
    [
      '{"undecidedPathway":"Unsure"}',
      'the protocol setting "undecidedPathway" must be one of "Specialty training (national recruitment)", "Portfolio Pathway (specialist registration)", "SAS career progression", "General practice training", "Undecided / exploring options" (it is "Unsure")',
    ],
    [
      '{"minCommitteeCount":2}',
      'the protocol setting "minCommitteeCount" must be a whole number from 3 to 1000 (it is 2)',
    ],
    [
      '{"meetings":{"dueMonths":[1,6]}}',
      'the protocol setting "meetings.dueMonths" must list the months of the 3 structured meetings (it is [1,6])',
    ],
    [
      '{"mentorCapacityOptions":[1,2.5]}',
      'the protocol setting "mentorCapacityOptions[1]" must be a whole number from 1 to 50 (it is 2.5)',
    ],
    [
      '{"aspirationalThresholds":["C9"]}',
      expect.stringMatching(
        /^the protocol setting "aspirationalThresholds\[0\]" must be one of "C1"/,
      ),
    ],
  ])('refuses %s in words', (json, problem) => {
    expect(configJsonProblems(json)).toContainEqual(problem);
    expect(() => configFromJson(json)).toThrow();
  });

  it('gives every problem at once', () => {
    const problems = configJsonProblems(
      '{"alternativesShown":-1,"defaultTargetPairs":0,"colour":"blue","thresholds":{"i4MinRating":11}}',
    );
    expect(problems).toEqual([
      'the protocol configuration has an unknown setting "colour"',
      'the protocol setting "alternativesShown" must be a whole number from 0 to 20 (it is -1)',
      'the protocol setting "defaultTargetPairs" must be a whole number from 1 to 10000 (it is 0)',
      'the protocol setting "thresholds.i4MinRating" must be a whole number from 1 to 10 (it is 11)',
    ]);
  });

  it('accepts the defaults and the edges of each range', () => {
    expect(configJsonProblems('{}')).toEqual([]);
    expect(
      configJsonProblems(
        '{"factorWeights":{"site":100,"format":0.125,"seniority":0},"minCommitteeCount":3,"thresholds":{"c1Share":1,"c2Share":0}}',
      ),
    ).toEqual([]);
  });
});

describe('the exact solver works at any size the product accepts', () => {
  it('leaves room for far more mentees than a trust has, with any accepted weights', () => {
    // Default weights: scores are multiples of 1/840 point, so the solver's gains reduce to at most 11 × 840.
    expect(maxExactRows(11 * 840)).toBeGreaterThan(600_000);
    // The worst accepted weights (three decimals, 100 each): 8 × 100 000 × 840 per pair at most.
    expect(maxExactRows(8 * 100_000 * 840)).toBeGreaterThan(2_500);
  });

  it('matches 22,000 waiting mentees with the default weights', () => {
    const mentees = Array.from({ length: 22_000 }, (_, i) => mentee(`m${i}@nhs.example`));
    const result = proposeMatches(
      records({ menteeApplications: mentees, mentorApplications: [mentor('a@nhs.example')] }),
    );
    expect(result.proposals).toHaveLength(1);
    expect(result.unmatched).toHaveLength(21_999);
  });
});
