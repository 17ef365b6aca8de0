/** The Dyad menu. onOpen only builds it: a simple trigger may not use authorised services. */
export interface MenuItem {
  label: string;
  /** A global function of the bundle. */
  functionName: string;
}

export const MENU_TITLE = 'Dyad';
export const SEPARATOR = null;

export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  { label: 'Set up programme', functionName: 'setUpProgramme' },
  { label: 'Check installation', functionName: 'showInstallationCheck' },
  { label: 'Import responses', functionName: 'importResponses' },
  SEPARATOR,
  { label: 'Propose matches', functionName: 'proposeMatchesForReview' },
  { label: 'Review matches', functionName: 'showReviewSidebar' },
  SEPARATOR,
  { label: 'Meetings due and overdue', functionName: 'showMeetingsSidebar' },
  { label: 'Send reminders', functionName: 'sendReminders' },
  {
    label: 'Weekly reminders: switch on or off (says whose account runs them)',
    functionName: 'toggleWeeklyReminders',
  },
  SEPARATOR,
  { label: 'Resolve an escalation', functionName: 'showEscalationDialog' },
  { label: 'Record a withdrawal', functionName: 'showWithdrawalDialog' },
  { label: 'Record the mid-pilot review', functionName: 'showMidPilotReviewDialog' },
  SEPARATOR,
  { label: 'Lock protocol', functionName: 'lockProtocolConfiguration' },
  { label: 'Update committee summary', functionName: 'updateCommitteeSummary' },
  { label: 'Dashboard', functionName: 'showDashboard' },
];

export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item === SEPARATOR) menu.addSeparator();
    else menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}
