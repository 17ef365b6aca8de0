/** The sheets only the add-on uses, beside the protocol's own (src/core/instruments.ts). */
import { FACTOR_KEYS, FACTOR_LABELS } from '../../core/config';
import { PROGRAMME_INFORMATION_ROWS } from '../../core/instruments';

export const ADDON_SHEETS = {
  proposals: 'proposals',
  importIssues: 'import-issues',
  auditLog: 'audit-log',
  reminders: 'reminders',
  protocol: 'protocol',
  deviations: 'protocol-deviations',
} as const;

export const AUDIT_HEADER = ['When', 'Who', 'Action', 'Details'];

export const IMPORT_ISSUE_HEADER = ['Sheet', 'Row', 'Problem'];

export const REMINDER = {
  sentOn: 'Sent on',
  pairId: 'Pair ID',
  recipient: 'Recipient',
  role: 'Role',
  meeting: 'Meeting',
  sentBy: 'Sent by',
} as const;
export const REMINDER_HEADER = Object.values(REMINDER);

export const PROPOSAL = {
  mentee: 'Mentee email',
  menteeName: 'Mentee name',
  mentor: 'Mentor email',
  mentorName: 'Mentor name',
  score: 'Score',
  percent: 'Per cent',
  alternatives: 'Next-best alternatives',
  state: 'State',
  leadBy: 'Confirmed by lead',
  leadOn: 'Lead confirmed on',
  leadRationale: 'Lead rationale',
  tutorBy: 'Confirmed by IMG tutor',
  tutorOn: 'Tutor confirmed on',
  tutorRationale: 'Tutor rationale',
  pairId: 'Pair ID',
} as const;

export const FACTOR_COLUMNS = FACTOR_KEYS.map((key) => `${FACTOR_LABELS[key]} (points)`);

export const PROPOSAL_HEADER = [
  PROPOSAL.mentee,
  PROPOSAL.menteeName,
  PROPOSAL.mentor,
  PROPOSAL.mentorName,
  PROPOSAL.score,
  PROPOSAL.percent,
  ...FACTOR_COLUMNS,
  PROPOSAL.alternatives,
  PROPOSAL.state,
  PROPOSAL.leadBy,
  PROPOSAL.leadOn,
  PROPOSAL.leadRationale,
  PROPOSAL.tutorBy,
  PROPOSAL.tutorOn,
  PROPOSAL.tutorRationale,
  PROPOSAL.pairId,
];

export const PROPOSAL_STATES = {
  proposed: 'Proposed',
  leadConfirmed: 'Confirmed by lead; awaiting IMG tutor',
  tutorConfirmed: 'Confirmed by IMG tutor; awaiting lead',
  paired: 'Confirmed by both: in pairs',
  agreed: "Confirmed by both: added to pairs at a Programme Lead's next Dyad action",
  fixed: 'Already a confirmed pair',
  unmatched: 'Unmatched: no mentor place left',
  ineligible: 'Ineligible',
} as const;

export { PROTOCOL_SETTINGS } from '../../core/protocolConfig';

export const DEVIATION_HEADER = ['When', 'Who', 'What'];

/** The programme-sheet row that links to the committee's spreadsheet. */
export const COMMITTEE_SUMMARY_SETTING = PROGRAMME_INFORMATION_ROWS.committeeSummary;

/** Where trusts usually take an escalated concern; the Lead may type another. */
export const TRUST_CHANNELS = [
  'Educational supervisor',
  'Clinical tutor / Director of Medical Education',
  'Guardian of Safe Working Hours',
  'Freedom to Speak Up Guardian',
  'Occupational health',
  'Employee assistance programme',
  'Other',
];
