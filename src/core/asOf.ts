/**
 * The records as they stood at the as-of date (protocol section 11): answers timestamped after
 * it, and escalations raised after it, are set aside and listed, so that a report run as of a
 * past date is the report of that date. Applications are re-ranked among those left: an
 * application superseded only by a later one becomes current again.
 */
import type { RowFate } from './accounting';
import { isoDateOf } from './answers';
import { SHEETS } from './instruments';
import type {
  FormResponse,
  ImportIssue,
  IsoDate,
  MenteeApplication,
  MentorApplication,
  ProgrammeRecords,
} from './records';
import { latestApplications } from './supersede';

export interface RecordsAsOf {
  records: ProgrammeRecords;
  /** The rows set aside, for the row accounting. */
  fates: RowFate[];
  issues: ImportIssue[];
}

const answeredAfter = (answer: FormResponse, asOf: IsoDate): boolean =>
  answer.timestamp !== null && isoDateOf(answer.timestamp) > asOf;

function split<T extends FormResponse>(
  sheet: string,
  answers: readonly T[],
  asOf: IsoDate,
  out: RecordsAsOf,
): T[] {
  const kept: T[] = [];
  for (const answer of answers) {
    if (!answeredAfter(answer, asOf)) {
      kept.push(answer);
      continue;
    }
    const on = isoDateOf(answer.timestamp as number);
    const reason = `answered on ${on}, after the as-of date ${asOf}: not counted in this report`;
    out.fates.push({ sheet, row: answer.row, fate: 'kept', reason });
    out.issues.push({ sheet, row: answer.row, problem: reason });
  }
  return kept;
}

/** Applications left at the date, each marked superseded only by another one left. */
function current<T extends MenteeApplication | MentorApplication>(
  applications: T[],
  all: readonly T[],
): T[] {
  if (applications.length === all.length) return applications;
  const latest = latestApplications(applications);
  return applications.map((app) => {
    const superseded = app.email !== '' && latest.get(app.email) !== app;
    return superseded === app.superseded ? app : { ...app, superseded };
  });
}

export function recordsAsOf(records: ProgrammeRecords, asOf: IsoDate): RecordsAsOf {
  const out: RecordsAsOf = { records, fates: [], issues: [] };
  const escalations = records.escalations.filter((e) => {
    if (e.raisedOn === null || e.raisedOn <= asOf) return true;
    const reason = `raised on ${e.raisedOn}, after the as-of date ${asOf}: not counted in this report`;
    out.fates.push({ sheet: SHEETS.escalations, row: e.row, fate: 'kept', reason });
    out.issues.push({ sheet: SHEETS.escalations, row: e.row, problem: reason });
    return false;
  });
  out.records = {
    ...records,
    menteeApplications: current(
      split(SHEETS.menteeApplication, records.menteeApplications, asOf, out),
      records.menteeApplications,
    ),
    mentorApplications: current(
      split(SHEETS.mentorApplication, records.mentorApplications, asOf, out),
      records.mentorApplications,
    ),
    checkIns: split(SHEETS.checkIn, records.checkIns, asOf, out),
    menteeFeedback: split(SHEETS.menteeFeedback, records.menteeFeedback, asOf, out),
    mentorFeedback: split(SHEETS.mentorFeedback, records.mentorFeedback, asOf, out),
    escalations,
  };
  return out;
}
