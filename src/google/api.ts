/**
 * The functions the menu, the triggers and the sidebars call: each is a global of the bundle
 * (see main.ts). Logic lives in the modules; these only route to them through the action runner.
 */
import {
  actionContext,
  confirmPeople,
  finishSharing,
  menuAction,
  serverCall,
  type ActionContext,
} from './platform/action';
import { TRUST_CHANNELS } from './platform/addonSheets';
import { updateCommittee } from './committee/committee';
import { dashboardData, type DashboardData } from './committee/dashboard';
import { momentText } from './platform/dates';
import {
  handleCheckInSubmit,
  listOpenEscalations,
  resolve,
  type OpenEscalation,
  type Resolution,
} from './escalations/escalations';
import { showDialog, showSidebar } from './platform/html';
import { describeImport, importAll } from './import/importResponses';
import {
  recordMidPilotReview,
  recordWithdrawal,
  withdrawablePairs,
  type PairChoice,
  type WithdrawalInput,
} from './import/leadInputs';
import {
  describeReminders,
  meetingsData,
  sendDueReminders,
  type MeetingsData,
} from './meetings/meetings';
import { writeProposals } from './matching/proposals';
import { lockProtocol } from './platform/protocolConfig';
import { addAgreedPairs, confirm, reviewData, type ReviewData } from './matching/review';
import {
  describeWeekly,
  removeMyWeeklyTriggers,
  toggleWeekly,
  weeklyOwner,
  weeklyRemindersOn,
} from './setup/triggers';
import { programmeSpreadsheet } from './platform/files';
import { toast } from './platform/ui';
import { appendAudit } from './platform/audit';
import { withDocumentLock } from './platform/documentLock';
import { openWorkbook } from './platform/workbook';
import { confirmedPeople, peopleInForce, samePeople } from './platform/access';
import { SHEETS } from '../core/instruments';

export { setUpProgramme } from './setup/setup';
import {
  checkInstallation,
  describeChecks,
  type InstallationCheck,
} from './setup/installationCheck';
export { onOpen } from './setup/menu';

const ROLE_WORDS = { lead: 'Programme Lead', tutor: 'IMG Tutor' } as const;

/** The audit text of several steps of one action, or null when none has any. */
function auditOf(...parts: (string | null)[]): string | null {
  const present = parts.filter((part): part is string => part !== null && part !== '');
  return present.length === 0 ? null : present.join('. ');
}

function who(ctx: ActionContext): Record<string, string> {
  return { user: ctx.user, role: ROLE_WORDS[ctx.role] };
}

export function importResponses(): void {
  menuAction('Import responses', ['lead'], (ctx) => {
    const agreed = addAgreedPairs(ctx);
    const message = describeImport(importAll(ctx));
    toast(ctx.wb.ss, message);
    return auditOf(agreed, message);
  });
}

export function proposeMatchesForReview(): void {
  menuAction('Propose matches', ['lead'], (ctx) => {
    const agreed = addAgreedPairs(ctx);
    const c = writeProposals(ctx);
    const message = `${c.proposed} proposals written to the proposals sheet (${c.fixed} confirmed pairs kept, ${c.unmatched} mentees unmatched, ${c.ineligible} applicants ineligible). Open Dyad → Review matches to confirm them.`;
    toast(ctx.wb.ss, message);
    return auditOf(agreed, message);
  });
}

export function showReviewSidebar(): void {
  menuAction('Review matches', ['lead', 'tutor'], (ctx) => {
    showSidebar('review', 'Dyad: review matches', who(ctx));
    return null;
  });
}

export function getReviewData(): ReviewData {
  return serverCall('Review matches', ['lead', 'tutor'], (ctx) => {
    const audit = addAgreedPairs(ctx);
    return { audit, result: reviewData(ctx, audit === null ? '' : `${audit}.`) };
  });
}

export function confirmProposal(key: string, rationale: string): ReviewData {
  return serverCall('Confirm match', ['lead', 'tutor'], (ctx) => {
    const audit = confirm(ctx, key, rationale);
    return { audit, result: reviewData(ctx, `${audit}.`) };
  });
}

export function showMeetingsSidebar(): void {
  menuAction('Meetings', ['lead'], (ctx) => {
    showSidebar('meetings', 'Dyad: meetings', who(ctx));
    return null;
  });
}

export function getMeetingsData(): MeetingsData {
  return serverCall('Meetings', ['lead'], (ctx) => {
    const audit = addAgreedPairs(ctx);
    return { audit, result: meetingsData(ctx) };
  });
}

export function sendReminders(): void {
  menuAction('Send reminders', ['lead'], (ctx) => {
    const message = describeReminders(sendDueReminders(ctx));
    toast(ctx.wb.ss, message);
    return message;
  });
}

export function sendRemindersFromSidebar(): { message: string; data: MeetingsData } {
  return serverCall('Send reminders', ['lead'], (ctx) => {
    const message = describeReminders(sendDueReminders(ctx));
    return { audit: message, result: { message, data: meetingsData(ctx) } };
  });
}

export function toggleWeeklyReminders(): void {
  menuAction('Weekly reminders', ['lead'], (ctx) => {
    const message = describeWeekly(toggleWeekly(ctx.user), ctx.user);
    toast(ctx.wb.ss, message);
    return message;
  });
}

/**
 * Time-driven trigger: runs under the account that switched weekly reminders on; no one is
 * there to see an alert. It reads the shared setting first: switched off, or switched on since
 * under another Lead's account, it sends nothing and removes itself.
 */
export function sendWeeklyReminders(): void {
  withDocumentLock(() => {
    const wb = openWorkbook(programmeSpreadsheet());
    const owner = Session.getEffectiveUser().getEmail().trim().toLowerCase();
    const now = new Date();
    const { people } = peopleInForce(wb);
    const stillLead = people.leads.includes(owner);
    if (!weeklyRemindersOn() || weeklyOwner() !== owner || !stillLead) {
      const removed = removeMyWeeklyTriggers();
      const why = !weeklyRemindersOn()
        ? 'weekly reminders are switched off'
        : !stillLead
          ? `${owner} is no longer a Programme Lead; another Lead can switch them on again`
          : `they now run under ${weeklyOwner()}'s account`;
      appendAudit(
        wb,
        owner,
        'Weekly reminders (automatic)',
        `Nothing sent: ${why}${removed > 0 ? `; the weekly trigger of ${owner} removed` : ''}.`,
        now,
      );
      return;
    }
    const ctx = actionContext(wb, { email: owner, role: 'lead', people }, now);
    const message = describeReminders(sendDueReminders(ctx));
    appendAudit(
      wb,
      owner,
      'Weekly reminders (automatic)',
      `${message} (${momentText(now, wb.timeZone)})`,
      now,
    );
  });
}

export function onCheckInSubmit(event: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  handleCheckInSubmit(event);
}

export function showEscalationDialog(): void {
  menuAction('Resolve an escalation', ['lead'], (ctx) => {
    showDialog('escalation', 'Resolve an escalation', who(ctx));
    return null;
  });
}

export function getOpenEscalations(): { escalations: OpenEscalation[]; channels: string[] } {
  return serverCall('Resolve an escalation', ['lead'], (ctx) => ({
    audit: null,
    result: { escalations: listOpenEscalations(ctx.wb), channels: TRUST_CHANNELS },
  }));
}

export function resolveEscalation(resolution: Resolution): {
  message: string;
  escalations: OpenEscalation[];
} {
  return serverCall('Resolve an escalation', ['lead'], (ctx) => {
    resolve(ctx.wb, resolution, ctx.today);
    const message = `Escalation ${resolution.id} resolved through ${resolution.channel.trim()}`;
    return { audit: message, result: { message, escalations: listOpenEscalations(ctx.wb) } };
  });
}

export function showWithdrawalDialog(): void {
  menuAction('Record a withdrawal', ['lead'], (ctx) => {
    showDialog('withdrawal', 'Record a withdrawal', { ...who(ctx), today: ctx.today });
    return null;
  });
}

export function getWithdrawablePairs(): PairChoice[] {
  return serverCall('Record a withdrawal', ['lead'], (ctx) => ({
    audit: null,
    result: withdrawablePairs(ctx),
  }));
}

export function recordPairWithdrawal(input: WithdrawalInput): {
  message: string;
  pairs: PairChoice[];
} {
  return serverCall('Record a withdrawal', ['lead'], (ctx) => {
    const message = recordWithdrawal(ctx, input);
    return { audit: message, result: { message, pairs: withdrawablePairs(ctx) } };
  });
}

export function showMidPilotReviewDialog(): void {
  menuAction('Record the mid-pilot review', ['lead'], (ctx) => {
    showDialog('midPilotReview', 'Mid-pilot review', who(ctx), 320);
    return null;
  });
}

export function recordMidPilotReviewAnswer(escalated: string): { message: string } {
  return serverCall('Record the mid-pilot review', ['lead'], (ctx) => {
    const message = recordMidPilotReview(ctx, escalated);
    return { audit: message, result: { message } };
  });
}

export function lockProtocolConfiguration(): void {
  menuAction('Lock protocol', ['lead'], (ctx) => {
    const state = lockProtocol(ctx.wb, ctx.user, ctx.now);
    const message = `Protocol locked. SHA-256 ${state.hash}. From now on, any change to the configuration is recorded as a deviation.`;
    toast(ctx.wb.ss, message);
    return message;
  });
}

export function updateCommitteeSummary(): void {
  menuAction('Update committee summary', ['lead'], (ctx) => {
    const agreed = addAgreedPairs(ctx);
    const outcome = updateCommittee(ctx);
    const message = `Committee summary ${outcome.created ? 'created' : 'updated'}${outcome.provisional ? ' (provisional)' : ''}: ${outcome.url}${outcome.sharedWith > 0 ? `; shared view-only with ${outcome.sharedWith} committee members` : ''}.`;
    toast(ctx.wb.ss, message);
    return auditOf(agreed, message);
  });
}

export function showDashboard(): void {
  menuAction('Dashboard', ['lead'], (ctx) => {
    showSidebar('dashboard', 'Dyad: dashboard', who(ctx));
    return null;
  });
}

export function getDashboardData(): DashboardData {
  return serverCall('Dashboard', ['lead'], (ctx) => {
    const audit = addAgreedPairs(ctx);
    return { audit, result: dashboardData(ctx) };
  });
}

export function showInstallationCheck(): void {
  menuAction('Check installation', ['lead'], (ctx) => {
    showDialog('installation', 'Dyad: check installation', who(ctx), 560);
    return null;
  });
}

/** The installation's checks, item by item (the dialog lists them; the audit log keeps the summary). */
export function getInstallationChecks(): InstallationCheck[] {
  return serverCall('Check installation', ['lead'], (ctx) => {
    const checks = checkInstallation(ctx);
    return { audit: describeChecks(checks), result: checks };
  });
}

/**
 * Installable edit trigger of the programme spreadsheet, running under the account of the Lead
 * who ran Set up (who owns Dyad's files): when the people rows change while the sheet's
 * protection lets only Leads change them, the change is confirmed and the files shared at once.
 */
export function onProgrammeEdit(event: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (event.range.getSheet().getName() !== SHEETS.programme) return;
  withDocumentLock(() => {
    const wb = openWorkbook(programmeSpreadsheet());
    const { people, sheet } = peopleInForce(wb);
    if (!samePeople(people, sheet) || sheet.leads.length === 0) return;
    const editor = event.user?.getEmail?.() ?? '';
    const by = editor === '' ? 'A Lead, typing in the programme sheet' : editor;
    const confirmed = confirmedPeople();
    if (confirmed === null || !samePeople(confirmed, sheet))
      confirmPeople(wb, by, sheet, new Date());
    else finishSharing(wb, by, sheet, new Date());
  });
}
