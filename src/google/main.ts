/** The bundle's entry: every function Apps Script may call by name, as a global. */
import {
  confirmProposal,
  getDashboardData,
  getInstallationChecks,
  getMeetingsData,
  getOpenEscalations,
  getReviewData,
  getWithdrawablePairs,
  importResponses,
  lockProtocolConfiguration,
  onCheckInSubmit,
  onOpen,
  onProgrammeEdit,
  proposeMatchesForReview,
  recordMidPilotReviewAnswer,
  recordPairWithdrawal,
  resolveEscalation,
  sendReminders,
  sendRemindersFromSidebar,
  sendWeeklyReminders,
  setUpProgramme,
  showDashboard,
  showEscalationDialog,
  showInstallationCheck,
  showMeetingsSidebar,
  showMidPilotReviewDialog,
  showReviewSidebar,
  showWithdrawalDialog,
  toggleWeeklyReminders,
  updateCommitteeSummary,
} from './api';

declare const global: Record<string, unknown>;

global.onOpen = onOpen;
global.setUpProgramme = setUpProgramme;
global.importResponses = importResponses;
global.proposeMatchesForReview = proposeMatchesForReview;
global.showReviewSidebar = showReviewSidebar;
global.getReviewData = getReviewData;
global.confirmProposal = confirmProposal;
global.showMeetingsSidebar = showMeetingsSidebar;
global.getMeetingsData = getMeetingsData;
global.sendReminders = sendReminders;
global.sendRemindersFromSidebar = sendRemindersFromSidebar;
global.toggleWeeklyReminders = toggleWeeklyReminders;
global.sendWeeklyReminders = sendWeeklyReminders;
global.onCheckInSubmit = onCheckInSubmit;
global.showEscalationDialog = showEscalationDialog;
global.getOpenEscalations = getOpenEscalations;
global.resolveEscalation = resolveEscalation;
global.showWithdrawalDialog = showWithdrawalDialog;
global.getWithdrawablePairs = getWithdrawablePairs;
global.recordPairWithdrawal = recordPairWithdrawal;
global.showMidPilotReviewDialog = showMidPilotReviewDialog;
global.recordMidPilotReviewAnswer = recordMidPilotReviewAnswer;
global.lockProtocolConfiguration = lockProtocolConfiguration;
global.updateCommitteeSummary = updateCommitteeSummary;
global.showDashboard = showDashboard;
global.getDashboardData = getDashboardData;
global.showInstallationCheck = showInstallationCheck;
global.getInstallationChecks = getInstallationChecks;
global.onProgrammeEdit = onProgrammeEdit;
