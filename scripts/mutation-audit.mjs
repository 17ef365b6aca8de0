#!/usr/bin/env node
/**
 * Mutation audit: a maintainer's tool, not part of `npm test`.
 *
 * Applies, one at a time, single-line bugs of the kind a developer really writes (each a string
 * replacement in one `src/core` file that still type-checks) to a temporary copy of the
 * project, runs the rule and engine tests there, and reports which bugs the tests catch. A
 * bug is caught when a test that passes on the unchanged code fails with it (tests already
 * failing on the unchanged code are left out of the judgement).
 *
 *   node scripts/mutation-audit.mjs                    # every mutation, against this tree's tests
 *   node scripts/mutation-audit.mjs --tests-from main  # the same bugs against another commit's tests
 *   node scripts/mutation-audit.mjs --only S3,T10      # some mutations
 *   node scripts/mutation-audit.mjs --list             # the mutations, without running anything
 *   node scripts/mutation-audit.mjs --json out.json    # also write the results as JSON
 *   node scripts/mutation-audit.mjs --tests rules      # only test/rules (or `core`: test/core)
 *
 * Each mutation is first type-checked (the TypeScript compiler over `src/`); one that does not
 * type-check, or whose text is not found (the code moved on), is reported and skipped, never
 * counted. Exit code: 0 when every applicable mutation is caught, 1 otherwise, 2 on a usage
 * error. Takes 10 to 40 s per mutation, depending on the machine's load.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The tests run for a mutation of each file: the rule tests (`test/rules`) and the engine's
 * unit tests (`test/core`) that can see it. `--tests rules` or `--tests core` runs one kind only.
 */
const MATCHING = {
  rules: ['test/rules/(eligibility|matching|sample)'],
  core: ['test/core/(eligibility|scoring|matching|pipeline)'],
};
const ELIGIBILITY = {
  rules: ['test/rules/(eligibility|matching|thresholds|sample)'],
  core: ['test/core/(eligibility|scoring|pipeline|evaluate)'],
};
const EVALUATION = {
  rules: ['test/rules/(completion|thresholds|decision|statistics|sample)'],
  core: ['test/core/(evaluate|pipeline|decision|thresholds)'],
};
const TESTS_BY_FILE = {
  'eligibility.ts': ELIGIBILITY,
  'config.ts': ELIGIBILITY,
  'scoring.ts': MATCHING,
  'matching.ts': MATCHING,
  'pairs.ts': EVALUATION,
  'responses.ts': EVALUATION,
  'completion.ts': EVALUATION,
  'thresholds.ts': EVALUATION,
  'escalationState.ts': EVALUATION,
  'decision.ts': EVALUATION,
  'outcomes.ts': EVALUATION,
  'evaluate.ts': EVALUATION,
  'level3.ts': EVALUATION,
  'reAim.ts': EVALUATION,
};

/**
 * [id, file under src/core, text to find, replacement, nth occurrence (1 when omitted)].
 * Ids: E eligibility, K configuration, S scoring, M matching and assignment totals, P pairs,
 * R responses, C completion, T thresholds, D decision, O outcomes, V evaluation, L level 3,
 * A RE-AIM.
 */
const MUTATIONS = [
  ['E1', 'eligibility.ts', "if (!app.consent) reasons.push('no consent');", '', 1],
  ['E2', 'eligibility.ts', "if (!app.consent) reasons.push('no consent');", '', 2],
  [
    'E3',
    'eligibility.ts',
    'if (app.img !== true && !ledGrade) {',
    'if (app.img === false && !ledGrade) {',
  ],
  [
    'E4',
    'eligibility.ts',
    '} else if (app.monthsNhs < rule.minMonthsNhs) {',
    '} else if (app.monthsNhs <= rule.minMonthsNhs) {',
  ],
  [
    'E5',
    'eligibility.ts',
    '} else if (!rule.grades.includes(app.grade)) {',
    '} else if (rule.grades.includes(app.grade)) {',
  ],
  [
    'E6',
    'eligibility.ts',
    'const currentMentors = records.mentorApplications.filter((a) => !a.superseded).sort(byEmail);',
    'const currentMentors = [...records.mentorApplications].sort(byEmail);',
  ],
  [
    'E7',
    'eligibility.ts',
    'const currentMentees = records.menteeApplications.filter((a) => !a.superseded).sort(byEmail);',
    'const currentMentees = [...records.menteeApplications].sort(byEmail);',
  ],
  [
    'E8',
    'eligibility.ts',
    'const ledGrade = app.grade !== null && config.menteeEligibleGrades.includes(app.grade);',
    'const ledGrade = app.grade !== null && config.menteeEligibleGrades.length > 0;',
  ],
  [
    'E9',
    'eligibility.ts',
    '} else if (app.grade === rule.experiencedGrade) {',
    '} else if (app.grade === rule.experiencedGrade && app.monthsNhs !== null) {',
  ],
  [
    'K1',
    'config.ts',
    "{ label: 'Locally employed doctor (LED)', rank: 2 },",
    "{ label: 'Locally employed doctor (LED)', rank: 3 },",
  ],
  [
    'K2',
    'config.ts',
    "{ label: 'Core trainee (CT1–CT3 / ST1–ST2)', rank: 2 },",
    "{ label: 'Core trainee (CT1–CT3 / ST1–ST2)', rank: 1 },",
  ],
  ['K3', 'config.ts', 'Anaesthetics: MEDICAL,', 'Anaesthetics: SURGICAL,'],
  ['K4', 'config.ts', 'minMonthsNhs: 12,', 'minMonthsNhs: 11,'],
  [
    'K5',
    'config.ts',
    "mentorEligibility: {\n    grades: ['SAS doctor', 'Locally employed doctor (LED)', 'Consultant'],",
    "mentorEligibility: {\n    grades: ['SAS doctor', 'Consultant'],",
  ],
  [
    'S1',
    'scoring.ts',
    'return mentee.group !== 0 && mentee.group === mentor.group ? 0.5 : 0;',
    'return mentee.group !== 0 && mentee.group === mentor.group ? 1 : 0;',
  ],
  ['S2', 'scoring.ts', 'if (mentee.specialty === 0) return 0;', ''],
  [
    'S3',
    'scoring.ts',
    'if ((mentee.pathway & mentor.pathways) !== 0) return 1;',
    'if (mentee.pathway === mentor.pathways) return 1;',
  ],
  ['S4', 'scoring.ts', 'return mentee.undecided ? 0.5 : 0;', 'return mentee.undecided ? 1 : 0;'],
  [
    'S5',
    'scoring.ts',
    'return bitCount(mentee.supportBits & mentor.supportBits) / mentee.supportCount;',
    'return bitCount(mentee.supportBits & mentor.supportBits) / mentor.supportCount;',
  ],
  [
    'S6',
    'scoring.ts',
    'if (mentee.site !== 0 && mentee.site === mentor.site) return 1;',
    'if (mentee.site === mentor.site) return 1;',
  ],
  [
    'S7',
    'scoring.ts',
    'return mentee.inPerson || mentor.inPerson ? 0 : 0.5;',
    'return mentee.inPerson && mentor.inPerson ? 0 : 0.5;',
  ],
  [
    'S8',
    'scoring.ts',
    'if (mentee.either || mentor.either) return 1;',
    'if (mentee.either) return 1;',
  ],
  [
    'S9',
    'scoring.ts',
    'return mentee.format !== 0 && mentee.format === mentor.format ? 1 : 0;',
    'return mentee.format === mentor.format ? 1 : 0;',
  ],
  [
    'S10',
    'scoring.ts',
    'return bitCount(mentee.availabilityBits & mentor.availabilityBits) / mentee.availabilityCount;',
    'return bitCount(mentee.availabilityBits & mentor.availabilityBits) / mentor.availabilityCount;',
  ],
  [
    'S11',
    'scoring.ts',
    'if (mentee.prefersImgMentor === false) return 1;',
    'if (mentee.prefersImgMentor !== true) return 1;',
  ],
  [
    'S12',
    'scoring.ts',
    'return mentee.prefersImgMentor === true && mentor.img === true ? 1 : 0;',
    'return mentee.prefersImgMentor === true && mentor.img !== false ? 1 : 0;',
  ],
  [
    'S13',
    'scoring.ts',
    'return mentor.rank > mentee.rank ? 1 : mentor.rank === mentee.rank ? 0.5 : 0;',
    'return mentor.rank >= mentee.rank ? 1 : 0;',
  ],
  ['S14', 'scoring.ts', 'w.site * site(mentee, mentor) +', 'w.format * site(mentee, mentor) +'],
  ['S15', 'scoring.ts', 'w.needs * needs(mentee, mentor) +', 'w.pathway * needs(mentee, mentor) +'],
  [
    'S16',
    'scoring.ts',
    'w.seniority * seniority(mentee, mentor)',
    'w.img_preference * seniority(mentee, mentor)',
  ],
  [
    'S17',
    'scoring.ts',
    'w.availability * availability(mentee, mentor) +',
    'w.availability * format(mentee, mentor) +',
  ],
  [
    'S18',
    'scoring.ts',
    'w.specialty * specialty(mentee, mentor) +',
    'w.pathway * specialty(mentee, mentor) +',
  ],
  [
    'S19',
    'scoring.ts',
    'w.img_preference * imgPreference(mentee, mentor) +',
    'w.seniority * imgPreference(mentee, mentor) +',
  ],
  [
    'S20',
    'scoring.ts',
    'return { factors, score, percent: this.maximum > 0 ? (100 * score) / this.maximum : 0 };',
    'return { factors, score, percent: this.maximum > 0 ? (100 * score) / 11 : 0 };',
  ],
  [
    'S21',
    'scoring.ts',
    'inPerson: app.format === this.config.inPersonFormat,',
    'inPerson: app.format !== this.config.eitherFormat,',
  ],
  [
    'S22',
    'scoring.ts',
    'either: app.format === this.config.eitherFormat,',
    'either: app.format === this.config.eitherFormat || app.format === null,',
  ],
  [
    'M1',
    'matching.ts',
    '(j) => capacities[j] > 0 && mentors[j].email !== chosen,',
    '(j) => mentors[j].email !== chosen,',
  ],
  [
    'M2',
    'matching.ts',
    'const fixed = book.confirmed.filter((p) => !isWithdrawn(p));',
    'const fixed = book.confirmed.filter((p) => !isWithdrawn(p) || p.beyondControl === true);',
  ],
  [
    'M3',
    'matching.ts',
    'const placed = new Set(records.pairs.filter(isConfirmed).map((p) => p.menteeEmail));',
    'const placed = new Set(records.pairs.filter(isConfirmed).filter((p) => !isWithdrawn(p)).map((p) => p.menteeEmail));',
  ],
  [
    'M4',
    'matching.ts',
    '(book.excluded.size === 0 || !book.excluded.has(pairKey(mentee.email, mentor.email)));',
    '(book.excluded.size >= 0 || !book.excluded.has(pairKey(mentee.email, mentor.email)));',
  ],
  [
    'M5',
    'matching.ts',
    'totalScore: proposals.reduce((sum, p) => sum + p.score, 0),',
    'totalScore: proposals.filter((p) => !p.confirmed).reduce((sum, p) => sum + p.score, 0),',
  ],
  [
    'M6',
    'matching.ts',
    'while (at > 0 && (row[best[at - 1]] as number) < score) at--;',
    'while (at > 0 && (row[best[at - 1]] as number) <= score) at--;',
  ],
  [
    'M7',
    'matching.ts',
    'const capacities = mentors.map((m) => Math.max(0, m.capacity - (fixedLoad.get(m.email) ?? 0)));',
    'const capacities = mentors.map((m) => m.capacity);',
  ],
  [
    'M8',
    'matching.ts',
    'scores.map((row) => row.map((s) => (s === null ? null : Math.round(s * SCORE_SCALE)))),',
    'scores.map((row) => row.map((s) => (s === null ? null : Math.round((s * SCORE_SCALE) / SCORE_SCALE)))),',
  ],
  ['P1', 'pairs.ts', "pair.rationale.trim() !== '' &&", "pair.rationale !== '' &&"],
  ['P2', 'pairs.ts', 'pair.confirmedByTutor &&', ''],
  [
    'P3',
    'pairs.ts',
    'return isWithdrawn(pair) && pair.beyondControl === true;',
    'return isWithdrawn(pair) && pair.beyondControl !== false;',
  ],
  [
    'P4',
    'pairs.ts',
    'return isWithdrawn(pair) && pair.beyondControl === true;',
    'return pair.beyondControl === true;',
  ],
  ['P5', 'pairs.ts', "pair.status !== 'Excluded' &&", ''],
  [
    'P6',
    'pairs.ts',
    'evaluable: confirmed.filter((p) => !isExcusedWithdrawal(p)),',
    'evaluable: confirmed.filter((p) => !isWithdrawn(p)),',
  ],
  [
    'R1',
    'responses.ts',
    'isWithdrawn(known) === isWithdrawn(pair)',
    'isWithdrawn(known) !== isWithdrawn(pair)',
  ],
  [
    'R2',
    'responses.ts',
    'return ta !== tb ? ta > tb : a.row > b.row;',
    'return ta !== tb ? ta < tb : a.row > b.row;',
  ],
  [
    'R3',
    'responses.ts',
    'if (rules.counted.has(email)) {',
    "if (rules.counted.has(email) || email !== '') {",
  ],
  [
    'R4',
    'responses.ts',
    'counted: new Set(book.evaluable.map((p) => p.menteeEmail)),',
    'counted: new Set(book.confirmed.map((p) => p.menteeEmail)),',
  ],
  [
    'R5',
    'responses.ts',
    'counted: new Set(book.evaluable.map((p) => p.mentorEmail)),',
    'counted: new Set(book.confirmed.map((p) => p.mentorEmail)),',
  ],
  [
    'R6',
    'responses.ts',
    'const byMentee = pairsByMentee(book.confirmed);',
    'const byMentee = pairsByMentee(book.evaluable);',
  ],
  [
    'R7',
    'responses.ts',
    '(isWithdrawn(known) && !isWithdrawn(pair)) ||',
    '(!isWithdrawn(known) && isWithdrawn(pair)) ||',
  ],
  [
    'C1',
    'completion.ts',
    'if (settings.pilotStart && !isWithdrawn(pair)) {',
    'if (settings.pilotStart) {',
  ],
  ['C2', 'completion.ts', 'if (asOf < dueOn) continue;', 'if (asOf <= dueOn) continue;'],
  [
    'C3',
    'completion.ts',
    'if (asOf >= overdueSince) overdue.push({ meeting, dueOn, overdueSince });',
    'if (asOf > overdueSince) overdue.push({ meeting, dueOn, overdueSince });',
  ],
  [
    'C4',
    'completion.ts',
    '(p) => p.meetingsHeld.length >= config.thresholds.c1MinMeetings,',
    '(p) => p.meetingsHeld.length > config.thresholds.c1MinMeetings,',
  ],
  [
    'C5',
    'completion.ts',
    'pairsWithAllMeetings: pairs.filter((p) => p.meetingsHeld.length === all.length).length,',
    'pairsWithAllMeetings: pairs.filter((p) => p.meetingsHeld.length >= 2).length,',
  ],
  [
    'C6',
    'completion.ts',
    'otherWithdrawals: book.evaluable.filter(isWithdrawn).map(withdrawal),',
    'otherWithdrawals: book.confirmed.filter(isWithdrawn).map(withdrawal),',
  ],
  [
    'C7',
    'completion.ts',
    'const pairs = book.evaluable.map((pair) => {',
    'const pairs = book.confirmed.map((pair) => {',
  ],
  [
    'C8',
    'completion.ts',
    'return addMonths(pilotStart, config.meetings.dueMonths[meeting - 1]);',
    'return addMonths(pilotStart, config.meetings.dueMonths[0] * meeting);',
  ],
  [
    'C9',
    'completion.ts',
    'evaluablePairs: book.evaluable.length,',
    'evaluablePairs: book.confirmed.length,',
  ],
  [
    'C10',
    'completion.ts',
    'const overdueSince = addDays(dueOn, config.meetings.overdueAfterDays);',
    'const overdueSince = addDays(dueOn, 14);',
  ],
  [
    'T1',
    'escalationState.ts',
    "if (escalation.status !== 'Resolved') return false;",
    "if (escalation.status === 'Open') return false;",
  ],
  ['T2', 'thresholds.ts', 'meets: atLeast(t.c1Share),', 'meets: atLeast(t.c3Share),'],
  [
    'T3',
    'thresholds.ts',
    'const atLeast = (target: number) => (observed: number) => observed >= target - TOLERANCE;',
    'const atLeast = (target: number) => (observed: number) => observed > target + TOLERANCE;',
  ],
  [
    'T4',
    'thresholds.ts',
    'observed: shareOf(recommending, recommend.length),',
    'observed: shareOf(recommending, mentee.length),',
  ],
  [
    'T5',
    'thresholds.ts',
    'const recommending = recommend.filter((r) => r >= t.i4MinRating).length;',
    'const recommending = recommend.filter((r) => r > t.i4MinRating).length;',
  ],
  [
    'T6',
    'thresholds.ts',
    'const pooled = [...menteeSatisfaction, ...mentorSatisfaction];',
    'const pooled = [...menteeSatisfaction];',
  ],
  [
    'T7',
    'thresholds.ts',
    'observed: input.pool.mentors.length,',
    'observed: input.pool.mentorByEmail.size,',
  ],
  [
    'T8',
    'thresholds.ts',
    'const mentorsNeeded = t.f1MentorsPerTargetPair * targetPairs;',
    'const mentorsNeeded = t.f1MentorsPerTargetPair * 10;',
  ],
  [
    'T9',
    'thresholds.ts',
    "if (needsAnswers && measure.n < config.minAnswersForMeasure) return 'insufficient_data';",
    "if (needsAnswers && measure.n <= config.minAnswersForMeasure) return 'insufficient_data';",
  ],
  [
    'T10',
    'thresholds.ts',
    'return measure.afterPilotEnd && (end === null || input.asOf < end);',
    'return measure.afterPilotEnd && (end === null || input.asOf <= end);',
  ],
  [
    'T11',
    'thresholds.ts',
    "if (measure.kind === 'input' && measure.observed === null) return true;",
    '',
  ],
  ['T12', 'thresholds.ts', 'meets: atLeast(t.f4AdminEase),', 'meets: atLeast(t.i2Usefulness),'],
  [
    'T13',
    'thresholds.ts',
    'meets: atLeast(t.i2Usefulness),',
    'meets: atLeast(t.i3MatchSatisfaction),',
  ],
  ['T14', 'thresholds.ts', 'n: input.menteesWithPairedAnswers,', 'n: input.evaluableMentees,'],
  [
    'T15',
    'thresholds.ts',
    'menteeShare === null || mentorShare === null ? null : Math.min(menteeShare, mentorShare),',
    'menteeShare === null || mentorShare === null ? null : Math.max(menteeShare, mentorShare),',
  ],
  [
    'T16',
    'thresholds.ts',
    "const needsAnswers = measure.kind === 'share' || measure.kind === 'mean';",
    "const needsAnswers = measure.kind === 'mean';",
  ],
  ['T17', 'thresholds.ts', 'meets: atMost(0),', 'meets: atLeast(0),'],
  [
    'T18',
    'thresholds.ts',
    'const menteesNeeded = t.f2MenteesPerTargetPair * targetPairs;',
    'const menteesNeeded = t.f1MentorsPerTargetPair * targetPairs;',
  ],
  ['T19', 'thresholds.ts', 'meets: atMost(t.c4MaxUnresolved),', 'meets: atMost(0),'],
  [
    'T20',
    'thresholds.ts',
    'const usefulness = answered(mentee.map((f) => f.usefulness));',
    'const usefulness = mentee.map((f) => f.usefulness ?? 0);',
  ],
  ['T21', 'thresholds.ts', 'meets: atLeast(t.c2Share),', 'meets: atLeast(t.c1Share),'],
  [
    'D1',
    'decision.ts',
    'const deciding = thresholds.filter((t) => !t.aspirational);',
    'const deciding = thresholds.filter((t) => t.id !== undefined);',
  ],
  [
    'D2',
    'decision.ts',
    "if (oneShort && (impact === 'met' || impact === 'partial')) return 3;",
    "if (oneShort && impact === 'met') return 3;",
  ],
  [
    'D3',
    'decision.ts',
    "(completion === 'met' || feasibility === 'met');",
    "(completion === 'partial' || feasibility === 'partial');",
  ],
  [
    'D4',
    'decision.ts',
    "if (met === statuses.length) return 'met';",
    "if (met > 0 && statuses.length > 0 && met >= statuses.length - 1) return 'met';",
  ],
  [
    'D5',
    'decision.ts',
    "return met === 0 ? 'not_met' : 'partial';",
    "return met === 0 && statuses.includes('not_met') ? 'not_met' : 'partial';",
  ],
  ['D6', 'decision.ts', "if (statuses.includes('pending')) return 'pending';", ''],
  [
    'D7',
    'decision.ts',
    "const provisional = DECISION_DOMAINS.some((d) => domains[d] === 'pending');",
    "const provisional = DECISION_DOMAINS.every((d) => domains[d] === 'pending');",
  ],
  [
    'D8',
    'decision.ts',
    "if (impact === 'partial') return 2;",
    "if (impact === 'partial' || impact === 'not_met') return 2;",
  ],
  [
    'D9',
    'decision.ts',
    'const scenario = scenarioFor(domainsSoFar);',
    'const scenario = scenarioFor(domains);',
  ],
  [
    'O1',
    'outcomes.ts',
    'return mean(outcomes.flatMap((o) => (o.meanChange === null ? [] : [o.meanChange])));',
    'return mean(outcomes.flatMap((o) => (o.meanChange === null ? [0] : [o.meanChange])));',
  ],
  [
    'O2',
    'outcomes.ts',
    'const adjusted = holmAdjust(outcomes.map((o) => o.wilcoxonP));',
    'const adjusted = holmAdjust(outcomes.map((o) => o.wilcoxonP ?? 1));',
  ],
  ['O3', 'outcomes.ts', 'DOMAINS.some(', 'DOMAINS.every('],
  [
    'O4',
    'outcomes.ts',
    'if (baseline !== undefined && end !== undefined) pairs.push({ baseline, end });',
    'if (end !== undefined) pairs.push({ baseline: baseline ?? end, end });',
  ],
  [
    'O5',
    'outcomes.ts',
    'const end = feedback.get(email)?.domains[domain.key];',
    'const end = feedback.get(email)?.domains[domain.key] ?? baseline;',
  ],
  [
    'V1',
    'evaluate.ts',
    'const outcomes = domainOutcomes(book.evaluable, pool, responses.menteeFeedback);',
    'const outcomes = domainOutcomes(book.confirmed, pool, responses.menteeFeedback);',
  ],
  [
    'V2',
    'evaluate.ts',
    'evaluableMentees: new Set(book.evaluable.map((p) => p.menteeEmail)).size,',
    'evaluableMentees: book.evaluable.length + book.excused.length,',
  ],
  [
    'V3',
    'evaluate.ts',
    'evaluableMentors: new Set(book.evaluable.map((p) => p.mentorEmail)).size,',
    'evaluableMentors: book.evaluable.length,',
  ],
  [
    'L1',
    'level3.ts',
    'const last = checkIns?.structured.get(3);',
    'const last = checkIns?.structured.get(2);',
  ],
  [
    'L2',
    'level3.ts',
    'return mean(checkIn.goalProgress.filter((g): g is number => g !== null));',
    'return checkIn.goalProgress[0];',
  ],
  [
    'L3',
    'level3.ts',
    "const both = pairs.filter((p) => typeof p[from] === 'number' && typeof p[to] === 'number');",
    "const both = pairs.filter((p) => typeof p[from] === 'number');",
  ],
  [
    'L4',
    'level3.ts',
    'from === null || to === null ? null : to - from;',
    'from === null || to === null ? null : from - to;',
  ],
  [
    'L5',
    'level3.ts',
    'meanChange: mean(both.map((p) => (p[to] as number) - (p[from] as number))),',
    'meanChange: mean(both.map((p) => (p[to] as number) - (p[from] as number))) ?? 0,',
  ],
  [
    'A1',
    'reAim.ts',
    "willingShare: answered > 0 ? count('Yes') / answered : null,",
    "willingShare: answered > 0 ? count('Yes') / willing.length : null,",
  ],
  [
    'A2',
    'reAim.ts',
    'menteeApplications: pool.menteeByEmail.size,',
    'menteeApplications: pool.mentees.length,',
  ],
  ['A3', 'reAim.ts', "willingMaybe: count('Maybe'),", "willingMaybe: count('No'),"],
  [
    'A4',
    'reAim.ts',
    'mentorApplications: pool.mentorByEmail.size,',
    'mentorApplications: pool.mentors.length,',
  ],
];

/**
 * Run first, so that a partial run already answers for them: the bugs a first audit found
 * uncaught (consent, the IMG question, the LED rank, a re-application, several pathways, an
 * unanswered IMG preference, the fast total's weights, alternatives, re-paired check-ins, a
 * blank "Beyond programme control", withdrawn pairs overdue, the pilot end date, I4's
 * denominator, a blank escalation status, scenario 3 and the aspirational C2), then one of each
 * other kind.
 */
const FIRST = [
  'E2',
  'E3',
  'K1',
  'E6',
  'S3',
  'S11',
  'S14',
  'S15',
  'M1',
  'R1',
  'P3',
  'C1',
  'T10',
  'T4',
  'T1',
  'D3',
  'D1',
  'D2',
  'S13',
  'M5',
  'C4',
  'T9',
  'O2',
  'L2',
  'A1',
  'V3',
  'T15',
  'D9',
  'R4',
  'C2',
];

function parseArgs(argv) {
  const options = { testsFrom: null, only: null, list: false, json: null, tests: 'all' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--tests-from') options.testsFrom = argv[++i];
    else if (arg === '--only') options.only = new Set(argv[++i].split(','));
    else if (arg === '--list') options.list = true;
    else if (arg === '--json') options.json = argv[++i];
    else if (arg === '--tests' && ['rules', 'core', 'all'].includes(argv[i + 1]))
      options.tests = argv[++i];
    else {
      console.error(`Unknown argument ${arg}. See the header of scripts/mutation-audit.mjs.`);
      process.exit(2);
    }
  }
  return options;
}

/** A copy of the sources and tests that jest can run, node_modules shared by a link. */
function makeCopy(testsFrom) {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-mutation-'));
  for (const part of ['src', 'test', 'examples', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (testsFrom) {
    rmSync(join(dir, 'test'), { recursive: true, force: true });
    const archive = execFileSync('git', ['archive', testsFrom, 'test'], {
      cwd: ROOT,
      maxBuffer: 1 << 28,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  // Type checking is done once per mutation below; jest only transpiles, which is faster and
  // keeps a type error from passing for a caught bug.
  writeFileSync(
    join(dir, 'jest.audit.config.cjs'),
    `module.exports = ${JSON.stringify({
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
      testTimeout: 120000,
      transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false, isolatedModules: true }] },
    })};\n`,
  );
  return dir;
}

/** Runs the tests; returns the set of passing test names and the set of failing ones. */
/** Escapes text for a regular expression. */
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs the tests; returns the names of those that passed and failed. With `stopAtFirst`, jest
 * stops after the first failing file, and the tests in `skip` (failing on the unchanged code)
 * are not run, so that they cannot stop it.
 */
function runTests(dir, patterns, stopAtFirst = false, skip = []) {
  const options = [];
  if (stopAtFirst) options.push('--bail=1');
  if (skip.length) {
    const names = skip.map((name) => literally(name.slice(name.indexOf(': ') + 2)));
    options.push('--testNamePattern', `^(?!(?:${names.join('|')})$)`);
  }
  const out = join(dir, 'jest-result.json');
  rmSync(out, { force: true });
  spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/jest/bin/jest.js'),
      '--config',
      'jest.audit.config.cjs',
      '--json',
      '--outputFile',
      out,
      '--silent',
      '--runInBand',
      ...options,
      ...patterns,
    ],
    { cwd: dir, stdio: 'ignore' },
  );
  const passed = new Set();
  const failed = new Set();
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return { passed, failed, crashed: true };
  }
  for (const suite of report.testResults) {
    const file = suite.name.slice(dir.length + 1);
    if (suite.assertionResults.length === 0 && suite.status === 'failed')
      failed.add(`${file}: (suite)`);
    for (const test of suite.assertionResults) {
      (test.status === 'passed' ? passed : failed).add(`${file}: ${test.fullName}`);
    }
  }
  return { passed, failed, crashed: false };
}

/** Type-checks `src/` of the copy, reusing the previous program so that each check is quick. */
function typeChecker(dir) {
  let previous;
  const options = { ...readTsOptions(dir), noEmit: true };
  const files = ts.sys.readDirectory(join(dir, 'src'), ['.ts']);
  // A single-line change can only break the file it is in: only that file is checked.
  return (changed) => {
    const program = ts.createProgram({ rootNames: files, options, oldProgram: previous });
    previous = program;
    const file = program.getSourceFile(changed);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ];
    return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  };
}

function readTsOptions(dir) {
  const configPath = join(dir, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, dir).options;
}

function nthIndex(text, find, nth) {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(find, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const rank = (id) => (FIRST.includes(id) ? FIRST.indexOf(id) : FIRST.length);
  const chosen = MUTATIONS.filter(([id]) => !options.only || options.only.has(id)).sort(
    (a, b) => rank(a[0]) - rank(b[0]),
  );
  if (options.list) {
    for (const [id, file, find, replace] of chosen)
      console.log(`${id}\t${file}\t${JSON.stringify(find)} → ${JSON.stringify(replace)}`);
    return 0;
  }
  const dir = makeCopy(options.testsFrom);
  try {
    const typeErrors = typeChecker(dir);
    const baselines = new Map();
    const baselineFor = (patterns) => {
      if (!baselines.has(patterns.join(' '))) {
        const run = runTests(dir, patterns);
        if (run.crashed) throw new Error('the tests did not run on the unchanged code');
        console.log(
          `Tests${options.testsFrom ? ` from ${options.testsFrom}` : ''} (${patterns.join(' ')}): ` +
            `${run.passed.size} pass on the unchanged code` +
            (run.failed.size ? `, ${run.failed.size} fail already (left out)` : ''),
        );
        for (const name of run.failed) console.log(`  already failing: ${name}`);
        baselines.set(patterns.join(' '), run);
      }
      return baselines.get(patterns.join(' '));
    };
    const results = [];
    for (const [id, file, find, replace, nth = 1] of chosen) {
      const path = join(dir, 'src/core', file);
      const original = readFileSync(path, 'utf8');
      const at = nthIndex(original, find, nth);
      if (at < 0) {
        results.push({ id, file, outcome: 'not applicable', detail: 'text not found' });
        console.log(`${id.padEnd(4)} not applicable (text not found in ${file})`);
        continue;
      }
      const kinds = TESTS_BY_FILE[file];
      const patterns =
        options.tests === 'all' ? [...kinds.rules, ...kinds.core] : kinds[options.tests];
      const baseline = baselineFor(patterns);
      writeFileSync(path, original.slice(0, at) + replace + original.slice(at + find.length));
      try {
        const errors = typeErrors(path);
        if (errors.length) {
          results.push({ id, file, outcome: 'not applicable', detail: errors[0] });
          console.log(`${id.padEnd(4)} not applicable (does not type-check: ${errors[0]})`);
          continue;
        }
        const run = runTests(dir, patterns, true, [...baseline.failed]);
        const newlyFailing = [...run.failed].filter(
          (name) => baseline.passed.has(name) || name.endsWith(': (suite)'),
        );
        const caught = run.crashed || newlyFailing.length > 0;
        results.push({
          id,
          file,
          find,
          replace,
          outcome: caught ? 'caught' : 'uncaught',
          by: newlyFailing.slice(0, 3),
        });
        console.log(
          `${id.padEnd(4)} ${caught ? 'caught  ' : 'UNCAUGHT'} ${file}: ${find.trim().slice(0, 70)}` +
            (caught ? ` (${newlyFailing.length} tests)` : ''),
        );
      } finally {
        writeFileSync(path, original);
      }
    }
    const applicable = results.filter((r) => r.outcome !== 'not applicable');
    const caught = applicable.filter((r) => r.outcome === 'caught');
    const share = applicable.length ? Math.round((100 * caught.length) / applicable.length) : 0;
    console.log(`\nCaught ${caught.length} of ${applicable.length} mutations (${share}%).`);
    const uncaught = applicable.filter((r) => r.outcome === 'uncaught').map((r) => r.id);
    if (uncaught.length) console.log(`Uncaught: ${uncaught.join(', ')}`);
    if (options.json)
      writeFileSync(
        options.json,
        JSON.stringify({ caught: caught.length, applicable: applicable.length, results }, null, 2),
      );
    return uncaught.length ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
