import { committeeSummary, leadSummary } from '../../src/core/committeeSummary';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { evaluateProgramme } from '../../src/core/evaluate';
import { summaryJson } from '../../src/local/writeSummaryJson';
import { checkIn, menteeFeedback, mentorFeedback, successfulPilot } from './builders';

const AFTER_END = '2026-08-01';

/** Two pairs: mentee usefulness 9 and 6, admin ease 8 and 5, safety 4→7 and 5→9. */
function twoPairs() {
  const records = successfulPilot(2);
  records.menteeFeedback = [
    menteeFeedback('mentee1@nhs.example', { usefulness: 9 }),
    menteeFeedback('mentee2@nhs.example', { usefulness: 6 }),
  ];
  records.mentorFeedback = [
    mentorFeedback('mentor1@nhs.example', { adminEase: 8, willing: 'Yes' }),
    mentorFeedback('mentor2@nhs.example', { adminEase: 5, willing: 'No' }),
  ];
  records.checkIns = [1, 2].flatMap((i) => [
    checkIn(`mentee${i}@nhs.example`, 1, { safety: 3 + i }),
    checkIn(`mentee${i}@nhs.example`, 2),
    checkIn(`mentee${i}@nhs.example`, 3, { safety: 5 + 2 * i }),
  ]);
  return records;
}

describe('the committee never sees a figure over fewer than 3 people', () => {
  const evaluation = evaluateProgramme(twoPairs(), { asOf: AFTER_END });
  const summary = committeeSummary(evaluation);
  const threshold = (id: string) => summary.thresholds.find((t) => t.id === id);

  it('withholds the means and shares of thresholds, keeping status and n', () => {
    expect(threshold('I2')).toMatchObject({
      status: 'insufficient_data',
      observed: null,
      n: 2,
      suppressed: true,
      detail: 'fewer than 3 — not shown (n = 2)',
    });
    expect(threshold('F4')).toMatchObject({ observed: null, n: 2, suppressed: true });
    expect(threshold('C1')).toMatchObject({ observed: null, n: 2, suppressed: true });
    expect(threshold('C3')?.parts).toEqual([
      { label: 'Mentees', observed: null, n: 2, suppressed: true },
      { label: 'Mentors', observed: null, n: 2, suppressed: true },
    ]);
    expect(threshold('I3')?.parts).toEqual([
      { label: 'Mentees', observed: null, n: 2, suppressed: true },
      { label: 'Mentors', observed: null, n: 2, suppressed: true },
    ]);
    // Counts are not figures about anyone's answers.
    expect(threshold('F1')).toMatchObject({ observed: 2, n: 2 });
    expect(threshold('F1')?.suppressed).toBeUndefined();
  });

  it('withholds every outcome statistic, the SD and the CI, and the overall change', () => {
    for (const outcome of summary.outcomes) {
      expect(outcome).toMatchObject({
        n: 2,
        baselineMean: null,
        endMean: null,
        meanChange: null,
        sdChange: null,
        ci95: null,
        improvedShare: null,
        rankBiserial: null,
        wilcoxonP: null,
        holmP: null,
        suppressed: true,
      });
    }
    expect(summary.overallMeanChange).toBeNull();
  });

  it('withholds adoption and Level 3 means', () => {
    expect(summary.reAim.adoption).toEqual({
      mentorsResponding: 2,
      willingYes: null,
      willingMaybe: null,
      willingNo: null,
      willingShare: null,
      suppressed: true,
    });
    expect(summary.level3.safety).toEqual({
      n: 2,
      meanMeeting1: null,
      meanMeeting3: null,
      meanChange: null,
      suppressed: true,
    });
  });

  it('leaves no trace of a withheld value in the reasons or anywhere in the summary', () => {
    const text = JSON.stringify(summary);
    expect(text).not.toMatch(/7\.5|6\.5|"observed":(0\.5|1)\b/);
    expect(summary.reasons.join(' ')).not.toMatch(/mean \d/);
  });

  it('keeps every value in the Lead’s own summary.json', () => {
    const lead = summaryJson(evaluation);
    expect(lead.thresholds.find((t) => t.id === 'I2')?.observed).toBe(7.5);
    expect(lead.thresholds.find((t) => t.id === 'F4')?.observed).toBe(6.5);
    expect(lead.reAim.adoption.willingShare).toBe(0.5);
    expect(lead.level3.safety.meanChange).toBe(3.5);
    expect(lead.outcomes[0].meanChange).toBe(2);
    expect(leadSummary(evaluation).minCommitteeCount).toBe(0);
  });
});

describe('at the edge', () => {
  it('shows figures over exactly 3 people', () => {
    const summary = committeeSummary(evaluateProgramme(successfulPilot(3), { asOf: AFTER_END }));
    expect(summary.thresholds.find((t) => t.id === 'I2')).toMatchObject({ observed: 8, n: 3 });
    expect(summary.outcomes[0]).toMatchObject({ n: 3, meanChange: 2, sdChange: 0 });
    expect(summary.reAim.adoption.willingShare).toBe(1);
    expect(summary.minCommitteeCount).toBe(3);
  });

  it('follows the configured minimum', () => {
    const config = { ...DEFAULT_CONFIG, minCommitteeCount: 4 };
    const summary = committeeSummary(
      evaluateProgramme(successfulPilot(3), { asOf: AFTER_END, config }),
    );
    expect(summary.thresholds.find((t) => t.id === 'I2')).toMatchObject({
      observed: null,
      n: 3,
      detail: 'fewer than 4 — not shown (n = 3)',
    });
    expect(summary.outcomes[0].meanChange).toBeNull();
  });
});
