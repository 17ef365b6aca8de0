/** The installable triggers: the check-in form's submit trigger and the optional weekly reminders. */
export const CHECK_IN_HANDLER = 'onCheckInSubmit';
export const WEEKLY_HANDLER = 'sendWeeklyReminders';
const WEEKLY_PROPERTY = 'dyad.weeklyReminders';

function triggersFor(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/** Installs the check-in submit trigger unless it exists; true when it was installed now. */
export function ensureCheckInTrigger(form: GoogleAppsScript.Forms.Form): boolean {
  if (triggersFor(CHECK_IN_HANDLER).length > 0) return false;
  ScriptApp.newTrigger(CHECK_IN_HANDLER).forForm(form).onFormSubmit().create();
  return true;
}

export function weeklyRemindersOn(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(WEEKLY_PROPERTY) === 'on';
}

function installWeekly(): void {
  ScriptApp.newTrigger(WEEKLY_HANDLER)
    .timeBased()
    .everyWeeks(1)
    .onWeekDay(ScriptApp.WeekDay.MONDAY)
    .atHour(9)
    .create();
}

/** Makes the weekly trigger match the switch; true when a trigger was installed or removed. */
export function ensureWeeklyTriggerState(): boolean {
  const existing = triggersFor(WEEKLY_HANDLER);
  if (weeklyRemindersOn() && existing.length === 0) {
    installWeekly();
    return true;
  }
  if (!weeklyRemindersOn() && existing.length > 0) {
    existing.forEach((t) => ScriptApp.deleteTrigger(t));
    return true;
  }
  return false;
}

/** Flips the weekly reminders switch; returns the new state. */
export function toggleWeekly(): boolean {
  const on = !weeklyRemindersOn();
  PropertiesService.getDocumentProperties().setProperty(WEEKLY_PROPERTY, on ? 'on' : 'off');
  ensureWeeklyTriggerState();
  return on;
}
