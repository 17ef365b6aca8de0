/**
 * Every Lead action runs the same way: under the document lock, after checking who is asking,
 * appended to the audit log, with errors shown in plain words.
 */
import type { IsoDate } from '../../core/records';
import {
  confirmedPeople,
  recordPeople,
  requireRole,
  samePeople,
  type Caller,
  type People,
  type Role,
} from './access';
import { appendAudit } from './audit';
import { isoDate } from './dates';
import { withDocumentLock } from './documentLock';
import { plainMessage } from './errors';
import { loadProtocol, type ProtocolState } from './protocolConfig';
import { alertLead } from './ui';
import { openWorkbook, type Workbook } from './workbook';
import { protectLeadOnlyParts } from './protections';
import { shareDyadFiles, shareProgramme } from './sharing';

export interface ActionContext {
  wb: Workbook;
  user: string;
  role: Role;
  people: People;
  now: Date;
  today: IsoDate;
  /** The configuration in force and the lock, read (and any deviation recorded) on first use. */
  protocol(): ProtocolState;
}

/** What an action returns: the audit log's details and, when it has one, a result for the caller. */
export interface ActionOutcome<T> {
  audit: string | null;
  result: T;
}

function listChange(label: string, before: readonly string[], after: readonly string[]): string[] {
  const added = after.filter((e) => !before.includes(e));
  const removed = before.filter((e) => !after.includes(e));
  const parts: string[] = [];
  if (added.length > 0) parts.push(`${label} added: ${added.join(', ')}`);
  if (removed.length > 0) parts.push(`${label} removed: ${removed.join(', ')}`);
  return parts;
}

/** What changed between the people in force and the programme sheet's, in words. */
export function describePeopleChange(before: People | null, after: People): string {
  const parts = [
    ...listChange('Programme leads', before?.leads ?? [], after.leads),
    ...listChange('Committee members', before?.committeeMembers ?? [], after.committeeMembers),
  ];
  if ((before?.tutor ?? '') !== after.tutor) parts.push(`IMG tutor: ${after.tutor || 'none'}`);
  return parts.join('; ') || 'no change';
}

/**
 * A Lead already listed confirms the programme sheet's people: they come into force, Dyad's
 * files are shared to match and the Lead-only protections name the new Leads.
 */
export function confirmPeople(wb: Workbook, by: string, next: People, now: Date): void {
  const previous = confirmedPeople();
  recordPeople(next);
  const notes = shareAsPeopleSay(wb, next);
  const details = [describePeopleChange(previous, next), ...notes].join('; ');
  appendAudit(wb, by, 'People confirmed', details, now);
}

const SHARED_PROPERTY = 'dyad.sharedPeople';

function sharedPeople(): People | null {
  const text = PropertiesService.getDocumentProperties().getProperty(SHARED_PROPERTY);
  return text ? (JSON.parse(text) as People) : null;
}

/**
 * Shares the programme spreadsheet and Dyad's files and sets the protections as `people`
 * says, as far as the caller may (only an editor of a file can share it); what is fully done is remembered, so a Lead's
 * next action finishes what another's could not.
 */
export function shareAsPeopleSay(wb: Workbook, people: People): string[] {
  const notes = [
    ...shareProgramme(wb.ss, people),
    ...shareDyadFiles(people, sharedPeople()),
    ...protectLeadOnlyParts(wb, people),
  ];
  if (!notes.some((note) => note.includes('could not'))) {
    PropertiesService.getDocumentProperties().setProperty(SHARED_PROPERTY, JSON.stringify(people));
  }
  return notes;
}

function sharingDone(people: People): boolean {
  const shared = sharedPeople();
  return shared !== null && samePeople(shared, people);
}

/** Finishes the sharing and protections another account could not do for `people`. */
export function finishSharing(wb: Workbook, by: string, people: People, now: Date): void {
  if (sharingDone(people)) return;
  const notes = shareAsPeopleSay(wb, people);
  if (notes.length > 0) appendAudit(wb, by, 'Files shared', notes.join('; '), now);
}

/** The context an action runs in, for `caller` at `now`. */
export function actionContext(
  wb: Workbook,
  caller: Omit<Caller, 'changed'>,
  now: Date,
): ActionContext {
  let protocol: ProtocolState | null = null;
  return {
    wb,
    user: caller.email,
    role: caller.role,
    people: caller.people,
    now,
    today: isoDate(now, wb.timeZone),
    protocol: () => (protocol ??= loadProtocol(wb, caller.email, now)),
  };
}

function run<T>(
  action: string,
  allowed: readonly Role[],
  body: (ctx: ActionContext) => ActionOutcome<T>,
): T {
  return withDocumentLock(() => {
    const wb = openWorkbook();
    const caller = requireRole(wb, allowed);
    const now = new Date();
    if (caller.changed !== null) {
      confirmPeople(wb, caller.email, caller.changed, now);
      caller.people = caller.changed;
    } else if (caller.role === 'lead') {
      finishSharing(wb, caller.email, caller.people, now);
    }
    const ctx = actionContext(wb, caller, now);
    const outcome = body(ctx);
    if (outcome.audit !== null) appendAudit(wb, caller.email, action, outcome.audit, now);
    return outcome.result;
  });
}

/** A menu item: refusals and errors become an alert; nothing is thrown at the Lead. */
export function menuAction(
  action: string,
  allowed: readonly Role[],
  body: (ctx: ActionContext) => string | null,
): void {
  try {
    run(action, allowed, (ctx) => ({ audit: body(ctx), result: undefined }));
  } catch (error) {
    alertLead(plainMessage(error));
  }
}

/** A call from a sidebar or dialog: errors are thrown in plain words for its failure handler. */
export function serverCall<T>(
  action: string,
  allowed: readonly Role[],
  body: (ctx: ActionContext) => ActionOutcome<T>,
): T {
  try {
    return run(action, allowed, body);
  } catch (error) {
    throw new Error(plainMessage(error));
  }
}
