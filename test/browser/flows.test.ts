/**
 * What the Lead does in the screens, with the keyboard alone (Tab, typing, Enter, Space; no
 * mouse): confirm a proposal with a rationale after reading its factor breakdown, be refused
 * without one, see a server error in words; record a withdrawal, resolve an escalation and
 * answer the mid-pilot review.
 */
import type { Page } from 'playwright-core';
import { FACTOR_KEYS, FACTOR_LABELS } from '../../src/core/config';
import { SAMPLE_DIR, addDays, loadCohort, pilotDates, type Cohort } from './support/cohort';
import { FakeServer, settled, type ProgrammeServerOptions } from './support/fakeServer';
import { ScreenPages, leadMidPilot } from './support/screenPages';
import { alertText, isFocused, tabTo } from './support/screens';
import { captureScreen } from './support/screenshots';

let cohort: Cohort;
let options: ProgrammeServerOptions;
let pages: ScreenPages;

beforeAll(async () => {
  cohort = await loadCohort(SAMPLE_DIR);
  options = leadMidPilot(cohort);
  pages = await ScreenPages.launch();
});

afterAll(() => pages?.close());

async function open(
  screen: string,
  prepare?: (server: FakeServer) => void,
  role: 'lead' | 'tutor' = 'lead',
  today = options.today,
) {
  const settings = {
    ...options,
    today,
    role,
    user: role === 'lead' ? options.user : 'img.tutor@nhs.example.org',
  };
  return pages.open(screen, settings, { prepare });
}

/** The new proposals, in the order the engine gives them. */
function newProposals() {
  return cohort.matches.proposals.filter((p) => !p.confirmed);
}

function card(page: Page, index: number) {
  return page.locator('section.card, #proposals > *').nth(index);
}

describe('review matches', () => {
  it('shows each new proposal with its score and the points of all eight factors', async () => {
    const { page } = await open('review');
    const proposals = newProposals();
    expect(proposals.length).toBeGreaterThan(0);
    await expect(page.locator('section.card').count()).resolves.toBe(proposals.length);
    for (const [i, proposal] of proposals.entries()) {
      const text = await card(page, i).innerText();
      expect(text).toContain(proposal.mentee);
      expect(text).toContain(proposal.mentor);
      expect(text).toContain(String(Math.round(proposal.score * 100) / 100));
      for (const key of FACTOR_KEYS) {
        const row = card(page, i).locator('tr', { hasText: FACTOR_LABELS[key] });
        await expect(row.innerText()).resolves.toContain(
          String(Math.round(proposal.factors[key] * 100) / 100),
        );
      }
      for (const alternative of proposal.alternatives) expect(text).toContain(alternative.mentor);
    }
  });

  it('confirms a proposal with a rationale, by keyboard alone', async () => {
    const { page, server } = await open('review');
    const [first] = newProposals();
    const rationale = 'Shared specialty; the mentee asked for help with portfolio evidence.';
    await tabTo(page, card(page, 0).getByRole('textbox'));
    await page.keyboard.type(rationale);
    await page.keyboard.press('Tab');
    const button = card(page, 0).getByRole('button');
    expect(await isFocused(button)).toBe(true);
    await page.keyboard.press('Enter');
    await settled(page);
    expect(server.callsOf('confirmProposal').map((c) => c.args)).toEqual([
      [expect.stringContaining(first.mentee), rationale],
    ]);
    await expect(page.getByRole('status').innerText()).resolves.toContain(first.mentee);
    await expect(card(page, 0).innerText()).resolves.toContain(rationale);
    await expect(card(page, 0).getByRole('button').count()).resolves.toBe(0);
    expect(await alertText(page)).toBe('');
    await captureScreen(page, 'review-confirmed');
  });

  it('confirms with Space on the button too', async () => {
    const { page, server } = await open('review');
    await tabTo(page, card(page, 1).getByRole('textbox'));
    await page.keyboard.type('Good fit on pathway and availability.');
    await tabTo(page, card(page, 1).getByRole('button'));
    await page.keyboard.press('Space');
    await settled(page);
    expect(server.callsOf('confirmProposal')).toHaveLength(1);
  });

  it.each([
    ['empty', ''],
    ['blank', '   \n  '],
  ])(
    'refuses an %s rationale with a visible message and asks the server nothing',
    async (_, rationale) => {
      const { page, server } = await open('review');
      await tabTo(page, card(page, 0).getByRole('textbox'));
      if (rationale) await page.keyboard.type(rationale);
      await tabTo(page, card(page, 0).getByRole('button'));
      await page.keyboard.press('Enter');
      await settled(page);
      expect(server.callsOf('confirmProposal')).toEqual([]);
      const message = await alertText(page);
      expect(message).toMatch(/rationale/i);
      await expect(page.getByRole('alert').first().isVisible()).resolves.toBe(true);
      await captureScreen(page, 'review-no-rationale');
    },
  );

  it('shows the refusal where the Lead is, on the last proposal of a long list', async () => {
    const { page, server } = await open('review');
    const last = card(page, newProposals().length - 1);
    await tabTo(page, last.getByRole('button'));
    await page.keyboard.press('Enter');
    await settled(page);
    expect(server.callsOf('confirmProposal')).toEqual([]);
    const messages = page.getByText(/rationale/i).filter({ hasNotText: /Rationale \(required\)/ });
    const inView = await messages.evaluateAll((nodes) =>
      nodes.some((n) => {
        const box = n.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    );
    expect(inView).toBe(true);
    await expect(
      last.getByRole('textbox').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
  });

  it('says a server error in words and lets the Lead try again', async () => {
    const message =
      'Dyad could not finish: another person is editing the proposals sheet. Try again in a minute.';
    const { page, server } = await open('review', (s) => s.failWith('confirmProposal', message));
    await tabTo(page, card(page, 0).getByRole('textbox'));
    await page.keyboard.type('Same site and both prefer evenings.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await alertText(page)).toContain(message);
    await captureScreen(page, 'review-server-error');

    server.recover('confirmProposal');
    await tabTo(page, card(page, 0).getByRole('button'));
    await page.keyboard.press('Enter');
    await settled(page);
    expect(server.callsOf('confirmProposal')).toHaveLength(2);
    expect(await alertText(page)).toBe('');
  });

  it('names the IMG Tutor when the Tutor reviews', async () => {
    const { page } = await open('review', undefined, 'tutor');
    await expect(page.locator('body').innerText()).resolves.toContain('IMG Tutor');
  });
});

describe('record a withdrawal', () => {
  it('records one by keyboard alone and takes the pair off the list', async () => {
    const { page, server } = await open('withdrawal');
    const pair = page.getByLabel('Pair');
    const choices = await pair.locator('option').allTextContents();
    expect(choices.length).toBeGreaterThan(1);
    await tabTo(page, pair);
    await page.keyboard.press('ArrowDown');
    const chosen = await pair.inputValue();
    await tabTo(page, page.getByLabel('Reason'));
    await page.keyboard.type('Rotated to another trust');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: /record withdrawal/i }));
    await page.keyboard.press('Enter');
    await settled(page);
    const [call] = server.callsOf('recordPairWithdrawal');
    expect(call?.args).toEqual([
      {
        pairId: chosen,
        date: options.today,
        reason: 'Rotated to another trust',
        beyondControl: 'Yes',
      },
    ]);
    await expect(page.getByRole('status').innerText()).resolves.toContain(chosen);
    await expect(pair.locator('option').count()).resolves.toBe(choices.length - 1);
  });

  it('still confirms the withdrawal of the last active pair', async () => {
    const only = {
      pairId: 'P01',
      mentee: 'mentee@example.org',
      mentor: 'mentor@nhs.example.org',
      status: 'Active',
    };
    const server = new FakeServer({
      getWithdrawablePairs: () => [only],
      recordPairWithdrawal: (input) => ({
        message: `Pair ${input.pairId} withdrawn on ${input.date}`,
        pairs: [],
      }),
    });
    const o = await pages.open('withdrawal', options, { server });
    await tabTo(o.page, o.page.getByLabel('Reason'));
    await o.page.keyboard.type('Moved abroad');
    await o.page.keyboard.press('Tab');
    await o.page.keyboard.press('Space');
    await tabTo(o.page, o.page.getByRole('button', { name: /record withdrawal/i }));
    await o.page.keyboard.press('Enter');
    await settled(o.page);
    await expect(o.page.getByRole('status').innerText()).resolves.toContain('Pair P01 withdrawn');
  });

  it('refuses a withdrawal without a reason or an answer, in words', async () => {
    const { page, server } = await open('withdrawal');
    await tabTo(page, page.getByRole('button', { name: /record withdrawal/i }));
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await alertText(page)).toMatch(/reason/i);
    await tabTo(page, page.getByLabel('Reason'));
    await page.keyboard.type('Long-term sick leave');
    await tabTo(page, page.getByRole('button', { name: /record withdrawal/i }));
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await alertText(page)).toMatch(/control/i);
    expect(server.callsOf('recordPairWithdrawal')).toEqual([]);
  });
});

describe('resolve an escalation', () => {
  it('resolves the open escalation by keyboard alone', async () => {
    const { page, server } = await open('escalation');
    const select = page.getByLabel('Open escalation');
    const before = await select.locator('option').count();
    expect(before).toBeGreaterThan(0);
    const id = await select.inputValue();
    await tabTo(page, page.getByLabel(/trust channel/i));
    await page.keyboard.type('Guardian of Safe Working Hours');
    await tabTo(page, page.getByLabel(/action taken/i));
    await page.keyboard.type('Rota reviewed with the clinical director');
    await tabTo(page, page.getByRole('button', { name: /mark resolved/i }));
    await page.keyboard.press('Enter');
    await settled(page);
    expect(server.callsOf('resolveEscalation').map((c) => c.args)).toEqual([
      [
        {
          id,
          channel: 'Guardian of Safe Working Hours',
          action: 'Rota reviewed with the clinical director',
        },
      ],
    ]);
    await expect(page.getByRole('status').innerText()).resolves.toContain(id);
    await expect(select.locator('option').count()).resolves.toBe(before - 1);
  });

  it('refuses a resolution without the action taken, in words', async () => {
    const { page, server } = await open('escalation');
    await tabTo(page, page.getByLabel(/trust channel/i));
    await page.keyboard.type('Occupational health');
    await tabTo(page, page.getByRole('button', { name: /mark resolved/i }));
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await alertText(page)).toMatch(/action/i);
    expect(server.callsOf('resolveEscalation')).toEqual([]);
  });
});

describe('mid-pilot review', () => {
  it('records the answer by keyboard alone', async () => {
    const { page, server } = await open('midPilotReview');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: /record answer/i }));
    await page.keyboard.press('Enter');
    await settled(page);
    expect(server.callsOf('recordMidPilotReviewAnswer').map((c) => c.args)).toEqual([['Yes']]);
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/mid-pilot review/i);
  });

  it('refuses to record without an answer, and says a server error in words', async () => {
    const message = 'Dyad could not finish: the programme sheet is protected.';
    const { page, server } = await open('midPilotReview', (s) =>
      s.failWith('recordMidPilotReviewAnswer', message),
    );
    const submit = page.getByRole('button', { name: /record answer/i });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await alertText(page)).toMatch(/yes or no/i);
    expect(server.callsOf('recordMidPilotReviewAnswer')).toEqual([]);
    await page.getByLabel('No').focus();
    await page.keyboard.press('Space');
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await alertText(page)).toContain(message);
  });
});

describe('meetings and dashboard', () => {
  /** A date when a structured meeting is overdue in the sample programme. */
  function overdueDay() {
    for (let day = 0; day < 400; day += 5) {
      const today = addDays(pilotDates(cohort).start, day);
      const evaluation = cohort.evaluate(today);
      if (evaluation.completion.pairs.some((p) => p.overdue.length > 0))
        return { today, evaluation };
    }
    throw new Error('no meeting of the sample programme is ever overdue');
  }

  it('lists overdue and due meetings as the engine finds them, and sends reminders by keyboard', async () => {
    const { today, evaluation } = overdueDay();
    const { page, server } = await open('meetings', undefined, 'lead', today);
    const overdue = evaluation.completion.pairs.filter((p) => p.overdue.length > 0);
    const dueOnly = evaluation.completion.pairs.filter(
      (p) => p.due.length > 0 && p.overdue.length === 0,
    );
    const overdueList = page.locator('ul').first();
    for (const pair of overdue) {
      await expect(overdueList.innerText()).resolves.toContain(pair.pairId);
      await expect(overdueList.innerText()).resolves.toContain(pair.overdue[0].overdueSince);
    }
    const mainText = await page.locator('main').innerText();
    for (const pair of dueOnly) expect(mainText).toContain(pair.pairId);
    await tabTo(page, page.getByRole('button', { name: /send reminders/i }));
    await page.keyboard.press('Enter');
    await settled(page);
    expect(server.callsOf('sendRemindersFromSidebar')).toHaveLength(1);
    await expect(page.getByRole('status').innerText()).resolves.toContain(
      `${overdue.length * 2} reminder`,
    );
    await expect(overdueList.innerText()).resolves.toContain(`Last reminded ${today}`);
    await captureScreen(page, 'meetings-reminded');
  });

  it('shows the decision so far, overdue meetings and open escalations, and refreshes by keyboard', async () => {
    const { today, evaluation } = overdueDay();
    const { page, server } = await open('dashboard', undefined, 'lead', today);
    const text = await page.locator('main').innerText();
    expect(text).toContain(evaluation.recommendation);
    expect(/provisional/i.test(text)).toBe(evaluation.provisional);
    for (const t of evaluation.thresholds.filter((x) => !x.aspirational && x.status === 'not_met'))
      expect(text).toContain(t.id);
    for (const p of evaluation.completion.pairs.filter((x) => x.overdue.length > 0))
      expect(text).toContain(p.pairId);
    await tabTo(page, page.getByRole('button', { name: /refresh/i }));
    await page.keyboard.press('Space');
    await settled(page);
    expect(server.callsOf('getDashboardData')).toHaveLength(2);
  });

  it('lists the escalation open on the day in the dashboard', async () => {
    const { page } = await open('dashboard');
    const openOnTheDay = cohort.read.records.escalations.filter(
      (e) =>
        e.raisedOn !== null &&
        e.raisedOn <= options.today &&
        (e.resolvedOn === null || e.resolvedOn > options.today),
    );
    expect(openOnTheDay.length).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    for (const e of openOnTheDay) expect(text).toContain(e.id);
  });
});
