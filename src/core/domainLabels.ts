/** Short names of the eleven domains, for chart axes and narrow columns. */
import type { DomainKey } from './instruments';

export const DOMAIN_SHORT_LABELS: Readonly<Record<DomainKey, string>> = {
  supported: 'Feeling supported',
  belonging: 'Belonging in team',
  nhs_processes: 'NHS processes',
  workplace_culture: 'Workplace culture',
  escalating_concerns: 'Escalating concerns',
  asking_questions: 'Asking questions',
  wellbeing: 'Wellbeing at work',
  seeking_help: 'Where to seek help',
  career_pathways: 'Career pathways',
  portfolio: 'Portfolio',
  work_life_balance: 'Work-life balance',
};
