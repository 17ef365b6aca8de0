/**
 * Sharing is the access control: every file Dyad makes is shared with every Programme Lead as
 * editor; the private spreadsheet with nobody else (the IMG Tutor is taken off it should anyone
 * add them); the committee's spreadsheet view-only with the committee members. Run by Set up
 * and whenever a Lead confirms a change of the people in the programme sheet.
 */
import type { People } from './access';
import { plainMessage } from './errors';
import { FILE_WORDS, recordedFormIds, storedFileId, type FileRole } from './files';

interface Shareable {
  getEditors(): GoogleAppsScript.Base.User[];
  addEditors(emails: string[]): unknown;
  removeEditor(email: string): unknown;
}

const lower = (users: GoogleAppsScript.Base.User[]) =>
  users.map((user) => user.getEmail().trim().toLowerCase());

/** Adds the Leads missing from the editors and removes those no longer Leads; says what changed. */
function shareWithLeads(
  file: Shareable,
  leads: readonly string[],
  former: readonly string[],
): string[] {
  const editors = lower(file.getEditors());
  const missing = leads.filter((lead) => !editors.includes(lead));
  if (missing.length > 0) file.addEditors([...missing]);
  const gone = former.filter((email) => editors.includes(email) && !leads.includes(email));
  gone.forEach((email) => file.removeEditor(email));
  return [...missing.map((e) => `${e} added`), ...gone.map((e) => `${e} removed`)];
}

function sharePrivate(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  people: People,
  former: readonly string[],
): string[] {
  const notes = shareWithLeads(ss, people.leads, former);
  const tutor = people.tutor;
  if (tutor !== '' && !people.leads.includes(tutor)) {
    if (lower(ss.getEditors()).includes(tutor)) {
      ss.removeEditor(tutor);
      notes.push(`${tutor} (IMG Tutor) removed`);
    }
    if (lower(ss.getViewers()).includes(tutor)) {
      ss.removeViewer(tutor);
      notes.push(`${tutor} (IMG Tutor) removed`);
    }
  }
  return notes;
}

export function shareCommittee(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  people: People,
  previous: People | null,
): string[] {
  const notes = shareWithLeads(ss, people.leads, previous?.leads ?? []);
  const known = [...lower(ss.getViewers()), ...lower(ss.getEditors())];
  const fresh = people.committeeMembers.filter((email) => !known.includes(email));
  if (fresh.length > 0) ss.addViewers(fresh);
  const viewers = lower(ss.getViewers());
  const gone = (previous?.committeeMembers ?? []).filter(
    (email) => viewers.includes(email) && !people.committeeMembers.includes(email),
  );
  gone.forEach((email) => ss.removeViewer(email));
  return [
    ...notes,
    ...fresh.map((e) => `${e} can view`),
    ...gone.map((e) => `${e} no longer views`),
  ];
}

function spreadsheetNotes(
  role: FileRole,
  share: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => string[],
): string[] {
  const id = storedFileId(role);
  if (!id) return [];
  try {
    const notes = share(SpreadsheetApp.openById(id));
    return notes.length === 0 ? [] : [`${FILE_WORDS[role]}: ${notes.join(', ')}`];
  } catch (error) {
    return [`${FILE_WORDS[role]} could not be shared: ${plainMessage(error)}`];
  }
}

/** Shares every Dyad file as `people` says; returns what changed and what could not be done. */
export function shareDyadFiles(people: People, previous: People | null): string[] {
  const former = previous?.leads ?? [];
  const notes: string[] = [];
  for (const [key, id] of Object.entries(recordedFormIds())) {
    try {
      const changed = shareWithLeads(FormApp.openById(id), people.leads, former);
      if (changed.length > 0) notes.push(`form ${key}: ${changed.join(', ')}`);
    } catch (error) {
      notes.push(`form ${key} could not be shared: ${plainMessage(error)}`);
    }
  }
  notes.push(...spreadsheetNotes('private', (ss) => sharePrivate(ss, people, former)));
  notes.push(...spreadsheetNotes('committee', (ss) => shareCommittee(ss, people, previous)));
  return notes;
}

/** The programme spreadsheet itself: every Lead and the IMG Tutor must be editors to use the menu. */
export function shareProgramme(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  people: People,
): string[] {
  const editors = lower(ss.getEditors());
  const wanted = people.tutor === '' ? people.leads : [...people.leads, people.tutor];
  const missing = wanted.filter((email) => !editors.includes(email));
  if (missing.length > 0) ss.addEditors(missing);
  return missing.map((email) => `programme spreadsheet: ${email} added`);
}
