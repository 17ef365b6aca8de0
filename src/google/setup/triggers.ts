/**
 * The installable triggers: the check-in form's submit trigger and the optional weekly
 * reminders. A trigger belongs to the account that made it and ScriptApp lists only the
 * caller's own, so Dyad records whose account each runs under, and one shared setting (not the
 * trigger's existence) says whether weekly reminders are on: the trigger reads it each time.
 */
export const CHECK_IN_HANDLER = 'onCheckInSubmit';
export const WEEKLY_HANDLER = 'sendWeeklyReminders';
export const EDIT_HANDLER = 'onProgrammeEdit';
const EDIT_OWNER_PROPERTY = 'dyad.editTrigger.owner';
const WEEKLY_PROPERTY = 'dyad.weeklyReminders';
const WEEKLY_OWNER_PROPERTY = 'dyad.weeklyReminders.owner';
const CHECK_IN_OWNER_PROPERTY = 'dyad.checkInTrigger.owner';
/** Apps Script runs an hourly trigger some time within the hour it is set for. */
export const WEEKLY_HOUR = 9;
export const WEEKLY_WHEN = 'every Monday between 9:00 and 10:00';

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The caller's own triggers for that handler. */
export function myTriggers(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

export function checkInTriggerOwner(): string {
  return properties().getProperty(CHECK_IN_OWNER_PROPERTY) ?? '';
}

/**
 * Installs the check-in submit trigger unless the caller has one, or another Lead's is
 * recorded (`leads` says who still counts); true when it was installed now.
 */
export function ensureCheckInTrigger(
  form: GoogleAppsScript.Forms.Form,
  user: string,
  leads: readonly string[],
): boolean {
  if (myTriggers(CHECK_IN_HANDLER).length > 0) return false;
  const owner = checkInTriggerOwner();
  if (owner !== '' && owner !== user && leads.includes(owner)) return false;
  ScriptApp.newTrigger(CHECK_IN_HANDLER).forForm(form).onFormSubmit().create();
  properties().setProperty(CHECK_IN_OWNER_PROPERTY, user);
  return true;
}

export function editTriggerOwner(): string {
  return properties().getProperty(EDIT_OWNER_PROPERTY) ?? '';
}

/**
 * Installs the programme sheet's edit trigger (it shares Dyad's files the moment a Lead lists
 * someone new, running under the account that owns them) unless it exists; true when installed now.
 */
export function ensureEditTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  user: string,
  leads: readonly string[],
): boolean {
  if (myTriggers(EDIT_HANDLER).length > 0) return false;
  const owner = editTriggerOwner();
  if (owner !== '' && owner !== user && leads.includes(owner)) return false;
  ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
  properties().setProperty(EDIT_OWNER_PROPERTY, user);
  return true;
}

export function weeklyRemindersOn(): boolean {
  return properties().getProperty(WEEKLY_PROPERTY) === 'on';
}

/** The account the weekly trigger runs under ('' when none was ever installed). */
export function weeklyOwner(): string {
  return properties().getProperty(WEEKLY_OWNER_PROPERTY) ?? '';
}

/** Removes the caller's own weekly triggers; how many there were. */
export function removeMyWeeklyTriggers(): number {
  const mine = myTriggers(WEEKLY_HANDLER);
  mine.forEach((t) => ScriptApp.deleteTrigger(t));
  return mine.length;
}

function installWeekly(user: string): void {
  ScriptApp.newTrigger(WEEKLY_HANDLER)
    .timeBased()
    .everyWeeks(1)
    .onWeekDay(ScriptApp.WeekDay.MONDAY)
    .atHour(WEEKLY_HOUR)
    .create();
  properties().setProperty(WEEKLY_OWNER_PROPERTY, user);
}

/** Makes the caller's weekly trigger match the setting; true when one was installed or removed. */
export function ensureWeeklyTriggerState(user: string): boolean {
  const mine = myTriggers(WEEKLY_HANDLER);
  if (weeklyRemindersOn() && weeklyOwner() === user && mine.length === 0) {
    installWeekly(user);
    return true;
  }
  if ((!weeklyRemindersOn() || weeklyOwner() !== user) && mine.length > 0) {
    return removeMyWeeklyTriggers() > 0;
  }
  return false;
}

export interface WeeklyState {
  on: boolean;
  owner: string;
}

/**
 * Flips the shared setting. On: the caller's account runs the trigger from now on. Off: the
 * caller's trigger is removed; another Lead's, which Dyad cannot remove, finds the setting off
 * and sends nothing.
 */
export function toggleWeekly(user: string): WeeklyState {
  const on = !weeklyRemindersOn();
  properties().setProperty(WEEKLY_PROPERTY, on ? 'on' : 'off');
  if (on) {
    removeMyWeeklyTriggers();
    installWeekly(user);
  } else {
    removeMyWeeklyTriggers();
  }
  return { on, owner: weeklyOwner() };
}

export function describeWeekly(state: WeeklyState, user: string): string {
  if (state.on) {
    return `Weekly reminders are on: ${WEEKLY_WHEN} (Google picks the minute), overdue mentees and mentors get one reminder (never twice in 7 days). The trigger runs under ${state.owner}'s account.`;
  }
  const other =
    state.owner !== '' && state.owner !== user
      ? ` The weekly trigger was made under ${state.owner}'s account; Dyad cannot remove another person's trigger, but it now finds reminders switched off and sends nothing (it removes itself when it next runs).`
      : '';
  return `Weekly reminders are off.${other}`;
}
