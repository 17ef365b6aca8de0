/** The run's outcome placed on the page: the decision or the proposals, and the import issues. */
import { el, table } from './dom';
import type { EvaluationView, FileNotes, IssueView, MatchView, RunView } from './view';

function status(kind: string, words: string): HTMLElement {
  return el('td', { class: `status status-${kind}` }, [words]);
}

function filesSection(notes: FileNotes): HTMLElement {
  const parts: HTMLElement[] = [el('h3', { id: 'files-read-heading' }, ['What was read'])];
  if (notes.unreadable.length > 0) {
    parts.push(
      el('div', { class: 'error', role: 'note' }, [
        el('p', {}, ['Some files could not be read at all and were left out:']),
        el(
          'ul',
          {},
          notes.unreadable.map((u) => el('li', {}, [u])),
        ),
      ]),
    );
  }
  parts.push(
    table(
      'Files read',
      ['File', 'Sheet in the file', 'Read as', 'Rows', 'Note'],
      notes.sources.map((s) => [
        s.file,
        s.worksheet ?? '–',
        s.used && s.sheet !== null ? s.sheet : 'not used',
        String(s.rows),
        s.note,
      ]),
    ),
  );
  return el('section', { 'aria-labelledby': 'files-read-heading' }, parts);
}

function issuesSection(issues: IssueView[]): HTMLElement {
  const parts: HTMLElement[] = [el('h3', { id: 'issues-heading' }, ['Import issues'])];
  if (issues.length === 0) {
    parts.push(el('p', {}, ['No import issues: every answer was readable.']));
  } else {
    parts.push(
      el('p', {}, [
        `${issues.length} problem${issues.length === 1 ? '' : 's'} found while reading. ` +
          'Every row is kept and the run went on with what is valid; fix them in the file or sheet named and run again.',
      ]),
      table(
        'Import issues',
        ['Sheet or file', 'Row', 'Problem'],
        issues.map((i) => [i.sheet, i.row === 0 ? 'whole file' : String(i.row), i.problem]),
      ),
    );
  }
  return el('section', { 'aria-labelledby': 'issues-heading' }, parts);
}

function evaluationResult(v: EvaluationView): HTMLElement[] {
  const decision = el('div', { class: `decision${v.provisional ? ' provisional' : ''}` }, [
    el('p', { class: 'headline', id: 'decision-headline' }, [v.headline]),
    v.provisional
      ? el('p', {}, [
          'Some thresholds cannot be assessed yet (before the pilot end date, or a Lead input is still empty); this is not a decision.',
        ])
      : null,
    table(
      'Decision domains',
      ['Domain', 'Status'],
      v.domains.map((d) => [d.label, status(d.status, d.words)]),
    ),
    v.reasons.length > 0
      ? el('div', {}, [
          el('h3', {}, ['Why']),
          el(
            'ul',
            {},
            v.reasons.map((r) => el('li', {}, [r])),
          ),
        ])
      : null,
  ]);
  return [
    el('h2', { id: 'result-heading', tabindex: '-1' }, [`Evaluation as of ${v.asOf}`]),
    decision,
    el('h3', {}, ['Thresholds']),
    table(
      'Thresholds',
      ['Threshold', 'Observed', 'Target', 'n', 'Status', 'Finding'],
      v.thresholds.map((t) => [
        `${t.id} ${t.label}`,
        t.observed,
        t.target,
        String(t.n),
        status(t.status, t.words),
        t.detail,
      ]),
    ),
    issuesSection(v.issues),
    filesSection(v.notes),
  ];
}

function matchResult(v: MatchView): HTMLElement[] {
  const proposed = v.proposals.filter((p) => !p.confirmed).length;
  return [
    el('h2', { id: 'result-heading', tabindex: '-1' }, ['Proposed matches']),
    el('p', { class: 'headline', id: 'match-headline' }, [
      `${proposed} new match${proposed === 1 ? '' : 'es'} proposed, ` +
        `${v.proposals.length - proposed} confirmed pair${v.proposals.length - proposed === 1 ? '' : 's'} kept, ` +
        `${v.unmatched.length} mentee${v.unmatched.length === 1 ? '' : 's'} without a mentor.`,
    ]),
    el('p', {}, [
      'Proposals only: the Programme Lead and the IMG Tutor confirm each match in the programme workbook.',
    ]),
    table(
      'Proposals',
      ['Mentee', 'Mentor', 'Score', 'Share of the maximum', 'Already confirmed'],
      v.proposals.map((p) => [
        p.mentee,
        p.mentor,
        String(Math.round(p.score * 100) / 100),
        `${Math.round(p.percent)}%`,
        p.confirmed ? 'Yes' : 'No',
      ]),
    ),
    v.unmatched.length > 0
      ? el('div', {}, [
          el('h3', {}, ['Mentees without a mentor']),
          el(
            'ul',
            {},
            v.unmatched.map((u) => el('li', {}, [u])),
          ),
        ])
      : el('p', {}, ['Every eligible mentee has a mentor.']),
    v.ineligible.length > 0
      ? table(
          'Ineligible applicants',
          ['Email', 'Role', 'Reason'],
          v.ineligible.map((i) => [i.email, i.role, i.reason]),
        )
      : el('p', {}, ['No applicant is ineligible.']),
    issuesSection(v.issues),
    filesSection(v.notes),
  ];
}

function initResult(): HTMLElement[] {
  return [
    el('h2', { id: 'result-heading', tabindex: '-1' }, ['An empty programme workbook']),
    el('p', {}, [
      'programme.xlsx holds the Lead’s own sheets: pairs, escalations and programme, with drop-downs ' +
        'and a “How to fill this” sheet. Download it, fill in the pilot dates on the programme sheet, ' +
        'record confirmed pairs, escalations and withdrawals as the pilot runs, and keep it beside ' +
        'the form exports: choose it with them here.',
    ]),
  ];
}

export function resultElements(view: RunView): HTMLElement[] {
  if (view.kind === 'init') return initResult();
  return view.kind === 'evaluate' ? evaluationResult(view) : matchResult(view);
}
