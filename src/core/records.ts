/**
 * Typed records: what the programme's sheets hold once read (see `readProgramme`), and the
 * raw table shape every adapter (CSV, XLSX, Google Sheets) hands to the core.
 */
import type { DomainKey, EscalationStatus, PairStatus, SheetName } from './instruments';

/** One spreadsheet cell as an adapter reads it. */
export type Cell = string | number | boolean | Date | null;

/**
 * A sheet as read by an adapter: the header row and the data rows below it.
 * `rows[i]` is spreadsheet row `i + 2` (row 1 is the header): that is the row number
 * import issues report, so a Lead can find it.
 */
export interface RawTable {
  sheet: SheetName;
  header: string[];
  rows: Cell[][];
}

export type RawTables = Partial<Record<SheetName, RawTable>>;

/** Something in a sheet the engine could not read; the row is kept and the answer counts as missing. */
export interface ImportIssue {
  sheet: string;
  /** Spreadsheet row number (1 = header); 0 when the issue concerns the whole sheet. */
  row: number;
  problem: string;
}

/** A calendar date, `yyyy-mm-dd`. */
export type IsoDate = string;

/**
 * A moment, in milliseconds, read as wall-clock time in the programme's zone and stored as if
 * it were UTC. Used only to order answers ("the later answer counts").
 */
export type Instant = number;

export type DomainScores = Partial<Record<DomainKey, number>>;

/** What every form response carries. */
export interface FormResponse {
  /** Spreadsheet row number. */
  row: number;
  /** Lower-cased, trimmed; empty when the row has no readable email. */
  email: string;
  timestamp: Instant | null;
}

interface ApplicationCommon extends FormResponse {
  fullName: string;
  grade: string | null;
  /** Primary medical qualification obtained outside the UK. */
  img: boolean | null;
  specialty: string | null;
  site: string | null;
  format: string | null;
  availability: string[];
  supportAreas: string[];
  consent: boolean;
  /** A later application from the same email replaced this one. */
  superseded: boolean;
}

export interface MenteeApplication extends ApplicationCommon {
  pathway: string | null;
  /** true = "Yes", false = "No preference", null = not answered. */
  prefersImgMentor: boolean | null;
  goals: string[];
  baseline: DomainScores;
}

export interface MentorApplication extends ApplicationCommon {
  monthsNhs: number | null;
  pathways: string[];
  /** Mentees this mentor can take (1 when unreadable). */
  capacity: number;
}

export type MeetingNumber = 1 | 2 | 3;

export interface CheckIn extends FormResponse {
  /** 1–3 for a structured meeting, 'additional', or null when unreadable. */
  meeting: MeetingNumber | 'additional' | null;
  date: IsoDate | null;
  format: string | null;
  goalProgress: [number | null, number | null, number | null];
  safety: number | null;
  concern: boolean | null;
  /** Lead only: never leaves the Lead's spreadsheet. */
  concernText: string;
  /** Lead only: never reaches a mentor, an email body or the committee. */
  pulse: number | null;
  /** Lead only. */
  pulseText: string;
}

export interface MenteeFeedback extends FormResponse {
  domains: DomainScores;
  usefulness: number | null;
  matchSatisfaction: number | null;
  recommend: number | null;
  /** Lead only. */
  workedWell: string;
  /** Lead only. */
  improve: string;
}

export interface MentorFeedback extends FormResponse {
  matchSatisfaction: number | null;
  adminEase: number | null;
  willing: 'Yes' | 'Maybe' | 'No' | null;
  /** Lead only. */
  workedWell: string;
  /** Lead only. */
  improve: string;
}

export interface PairRecord {
  row: number;
  pairId: string;
  menteeEmail: string;
  mentorEmail: string;
  matchScore: number | null;
  confirmedByLead: boolean;
  confirmedByTutor: boolean;
  rationale: string;
  status: PairStatus | null;
  withdrawalDate: IsoDate | null;
  withdrawalReason: string;
  beyondControl: boolean | null;
}

export interface EscalationRecord {
  row: number;
  id: string;
  raisedOn: IsoDate | null;
  pairId: string;
  source: string;
  status: EscalationStatus | null;
  resolvedOn: IsoDate | null;
  channel: string;
  action: string;
}

export interface ProgrammeSettings {
  targetPairs: number;
  pilotStart: IsoDate | null;
  pilotEnd: IsoDate | null;
  /** null = not yet assessed at the mid-pilot review. */
  adminBurdenEscalated: boolean | null;
  committeeDecision: string;
  committeeDecisionDate: IsoDate | null;
  leads: string[];
  tutor: string;
  committeeMembers: string[];
}

/** How many rows each sheet held when read, and which were fully blank. */
export interface SheetRowsRead {
  rows: number;
  blankRows: number[];
}

/** One row of the programme sheet: '' when its setting is in force, else why it is not. */
export interface ProgrammeRowUse {
  row: number;
  reason: string;
  /** The setting this row names, in the protocol's spelling; absent when unknown. */
  setting?: string;
}

/** What the reading saw of the sheets themselves, for the row accounting. */
export interface ReadAccount {
  sheets: Partial<Record<SheetName, SheetRowsRead>>;
  programmeRows: ProgrammeRowUse[];
}

export interface ProgrammeRecords {
  menteeApplications: MenteeApplication[];
  mentorApplications: MentorApplication[];
  checkIns: CheckIn[];
  menteeFeedback: MenteeFeedback[];
  mentorFeedback: MentorFeedback[];
  pairs: PairRecord[];
  escalations: EscalationRecord[];
  programme: ProgrammeSettings;
  /** Present when the records were read from sheets (absent in records built by hand). */
  read?: ReadAccount;
}

export interface ReadResult {
  records: ProgrammeRecords;
  issues: ImportIssue[];
}
