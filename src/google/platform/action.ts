/**
 * Every Lead action runs the same way: under the document lock, after checking who is asking,
 * appended to the audit log, with errors shown in plain words.
 */
import type { IsoDate } from '../../core/records';
import { requireRole, type People, type Role } from './access';
import { appendAudit } from './audit';
import { isoDate } from './dates';
import { withDocumentLock } from './documentLock';
import { plainMessage } from './errors';
import { loadProtocol, type ProtocolState } from './protocolConfig';
import { alertLead } from './ui';
import { openWorkbook, type Workbook } from './workbook';

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

function run<T>(
  action: string,
  allowed: readonly Role[],
  body: (ctx: ActionContext) => ActionOutcome<T>,
): T {
  return withDocumentLock(() => {
    const wb = openWorkbook();
    const { email, role, people } = requireRole(wb, allowed);
    const now = new Date();
    let protocol: ProtocolState | null = null;
    const ctx: ActionContext = {
      wb,
      user: email,
      role,
      people,
      now,
      today: isoDate(now, wb.timeZone),
      protocol: () => (protocol ??= loadProtocol(wb, email, now)),
    };
    const outcome = body(ctx);
    if (outcome.audit !== null) appendAudit(wb, email, action, outcome.audit, now);
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
