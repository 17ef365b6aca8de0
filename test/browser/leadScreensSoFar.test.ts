/**
 * The Lead's dashboard and review sidebar as they read mid-pilot: thresholds at risk from the
 * data so far, the domain a provisional scenario rests on, and where each alternative mentor is.
 */
import { proposeMatchesInContext } from '../../src/core/alternatives';
import { evaluateProgramme } from '../../src/core/evaluate';
import { dashboardFrom } from '../../src/google/committee/dashboard';
import { namesByEmail } from '../../src/google/matching/proposals';
import {
  alternativeLines,
  alternativesText,
  totalNote,
} from '../../src/google/matching/reviewAlternatives';
import { successfulPilot } from '../core/builders';
import { SAMPLE_DIR, loadCohort, type Cohort } from './support/cohort';
import { FakeServer } from './support/fakeServer';
import { ScreenPages, leadMidPilot } from './support/screenPages';
import { captureScreen } from './support/screenshots';
import { reviewProposal } from './support/serverData';

let cohort: Cohort;
let pages: ScreenPages;

beforeAll(async () => {
  cohort = await loadCohort(SAMPLE_DIR);
  pages = await ScreenPages.launch();
});

afterAll(() => pages?.close());

describe('the dashboard mid-pilot', () => {
  it('lists a pending threshold failing so far, and the domain the scenario rests on', async () => {
    const pilot = successfulPilot();
    pilot.menteeFeedback = pilot.menteeFeedback.map((f) => ({ ...f, matchSatisfaction: 5 }));
    pilot.mentorFeedback = pilot.mentorFeedback.map((f) => ({ ...f, matchSatisfaction: 5 }));
    const evaluation = evaluateProgramme(pilot, { asOf: '2026-07-01' });
    const server = new FakeServer({ getDashboardData: () => dashboardFrom(evaluation, []) });
    const { page } = await pages.open('dashboard', leadMidPilot(cohort), { server });
    const text = await page.locator('main').innerText();
    expect(text).toContain('PROVISIONAL');
    expect(text).toContain('Impact: pending (so far partially met)');
    expect(text).toContain('The provisional scenario rests on Impact (partially met so far).');
    expect(text).toContain('Thresholds at risk so far');
    expect(text).toMatch(/I3 .*: Not met so far\./);
    expect(text).not.toContain('None at risk');
    await captureScreen(page, 'dashboard-so-far');
  });
});

describe('the review sidebar', () => {
  it('says whom a better-scoring alternative is proposed for, and why the proposal stands', async () => {
    const { records } = cohort.read;
    const names = namesByEmail(records);
    const matches = proposeMatchesInContext(records);
    const proposals = matches.proposals
      .filter((p) => !p.confirmed)
      .map((p) => ({
        ...reviewProposal(p, records),
        alternativeLines: alternativeLines(alternativesText(p, names)),
      }));
    const note = totalNote(matches.totalScore, matches.proposals.length);
    const server = new FakeServer({
      getReviewData: () => ({
        user: 'lead',
        role: 'lead',
        proposals,
        totalNote: note,
        message: '',
      }),
    });
    const { page } = await pages.open('review', leadMidPilot(cohort), { server });
    await expect(page.locator('main').innerText()).resolves.toContain(note);
    // Yara's proposal (Kemi, 6.5) beside Ada (7), who is proposed for Xavi at 11.
    const yara = page.locator('section.card', { hasText: 'yara.dolorsit@example.org' });
    const items = await yara.locator('ul.alternatives li').allInnerTexts();
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(
      /^ada\.samplewood@nhs\.example\.org \(7\): Dr Ada Samplewood \(7 here\) scores more than this proposal \(6\.5\)/,
    );
    expect(items[0]).toContain('proposed for Dr Xavi Ipsum (11)');
    expect(items[0]).toContain('would not raise the total score');
    await captureScreen(page, 'review-alternatives');
  });
});
