/** The run's outcome placed on the page: the decision or the proposals, and the import issues. */
import { el, table } from './dom';
import type { EvaluationView, IssueView, MatchView, RunView } from './view';

function status(kind: string, words: string): HTMLElement {
  return el('td', { class: `status status-${kind}` }, [words]);
}

function issuesSection(issues: IssueView[], unused: string[]): HTMLElement {
  const parts: (HTMLElement | null)[] = [el('h3', { id: 'issues-heading' }, ['Import issues'])];
  if (issues.length === 0) {
    parts.push(el('p', {}, ['No import issues: every answer was readable.']));
  } else {
    parts.push(
      el('p', {}, [
        `${issues.length} answer${issues.length === 1 ? '' : 's'} could not be used as written. ` +
          'Each row is kept and the run went on; fix them in the sheet named and run again.',
      ]),
      table(
        'Import issues',
        ['Sheet', 'Row', 'Problem'],
        issues.map((i) => [i.sheet, i.row === 0 ? 'whole file' : String(i.row), i.problem]),
      ),
    );
  }
  if (unused.length > 0) {
    parts.push(
      el('h3', {}, ['Files not used']),
      el(
        'ul',
        {},
        unused.map((u) => el('li', {}, [u])),
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
    issuesSection(v.issues, v.unused),
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
    issuesSection(v.issues, v.unused),
  ];
}

export function resultElements(view: RunView): HTMLElement[] {
  return view.kind === 'evaluate' ? evaluationResult(view) : matchResult(view);
}
