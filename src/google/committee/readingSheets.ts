/**
 * The committee spreadsheet's "How to read this" and "Reproducibility" sheets: the report in
 * plain words (the core's explanation) and which Dyad, inputs, configuration and date made it.
 * Aggregates and fixed wording only: no name, email or free text.
 */
import type { CommitteeSummary } from '../../core/committeeSummary';
import type { SheetValue } from '../platform/sheetIo';

type Grid = SheetValue[][];

export function readingGrid(s: CommitteeSummary): Grid {
  const e = s.explanation;
  if (e === undefined)
    return [
      ['How to read this', ''],
      ['', 'No explanation was made.'],
    ];
  return [
    ['How to read this', ''],
    ['', ''],
    ['What the domain table’s figures mean', ''],
    ...e.statistics.map((t) => [t.term, t.meaning]),
    ...e.effectSizeNotes.map((note) => ['Note', note]),
    ['', ''],
    ['What the domain changes show', ''],
    ['All domains', e.overallFinding],
    ...e.domainGroups.map((g) => [g.group, g.sentence]),
    ['', ''],
    [s.provisional ? 'The four scenarios (provisional: so far)' : 'The four scenarios', ''],
    ['', e.scenarioIntro],
    ...e.scenarios.map((line) => [
      `Scenario ${line.scenario}${line.mark === '' ? '' : `: ${line.mark}`}`,
      `${line.rule} → ${line.recommendation}`,
    ]),
    ['', ''],
    ['What each status means', ''],
    ...e.statuses.map((t) => [t.term, t.meaning]),
  ];
}

export function reproducibilityGrid(s: CommitteeSummary): Grid {
  const stamp = s.stamp;
  if (stamp === undefined)
    return [
      ['Reproducibility', ''],
      ['', 'No stamp was made.'],
    ];
  return [
    ['Reproducibility', '', ''],
    ['Dyad version', stamp.dyadVersion, ''],
    ['Programme', stamp.programmeName, ''],
    ['Trust', stamp.trust, ''],
    ['As of', stamp.asOf, ''],
    ['Generated at (UTC)', stamp.generatedAt, ''],
    ['How to make it again', stamp.command, ''],
    ['Configuration SHA-256', stamp.configHash, ''],
    [
      'Configuration lock',
      stamp.configLocked ? `Locked (SHA-256 ${stamp.configLockHash ?? ''})` : 'Not locked',
      '',
    ],
    ['', '', ''],
    ['Input sheet', 'Rows', 'SHA-256'],
    ...stamp.inputs.map((i) => [i.sheet, i.rows, i.sha256]),
  ];
}
