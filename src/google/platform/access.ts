/**
 * Who may do what: only the Programme Leads run actions; the IMG Tutor may also confirm
 * matches. Everyone else is refused in plain words. The people in force are the ones a Lead
 * last confirmed (kept in the document properties): a change to the programme sheet's
 * "Programme leads", "IMG tutor" or "Committee members" rows takes effect when a Lead who was
 * already listed next runs Dyad, so nobody can make themselves a Lead by typing their address.
 */
import { SHEETS } from '../../core/instruments';
import { readProgramme } from '../../core/readProgramme';
import { PlainError } from './errors';
import { rawTable } from './programmeData';
import { readSheet } from './sheetIo';
import { findProtection, PROTECTIONS } from './protections';
import type { Workbook } from './workbook';

export type Role = 'lead' | 'tutor';

export interface People {
  leads: string[];
  tutor: string;
  committeeMembers: string[];
}

const PEOPLE_PROPERTY = 'dyad.people';

export function activeEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

export function readPeople(wb: Workbook): People {
  const sheet = wb.sheet(SHEETS.programme);
  if (sheet === null) return { leads: [], tutor: '', committeeMembers: [] };
  const table = rawTable(SHEETS.programme, readSheet(sheet), wb.timeZone, wb.locale);
  const { programme } = readProgramme({ [SHEETS.programme]: table }).records;
  return {
    leads: programme.leads,
    tutor: programme.tutor,
    committeeMembers: programme.committeeMembers,
  };
}

/** The people a Lead last confirmed, or null before anyone did. */
export function confirmedPeople(): People | null {
  const text = PropertiesService.getDocumentProperties().getProperty(PEOPLE_PROPERTY);
  if (!text) return null;
  try {
    return JSON.parse(text) as People;
  } catch {
    return null;
  }
}

export function recordPeople(people: People): void {
  PropertiesService.getDocumentProperties().setProperty(PEOPLE_PROPERTY, JSON.stringify(people));
}

export function samePeople(a: People, b: People): boolean {
  const key = (p: People) =>
    JSON.stringify([[...p.leads].sort(), p.tutor, [...p.committeeMembers].sort()]);
  return key(a) === key(b);
}

/**
 * Whether the programme sheet is still protected so that only confirmed Leads can change it:
 * then whatever it lists was typed by a Lead, and is in force at once.
 */
function settingsGuarded(wb: Workbook, confirmed: People): boolean {
  const sheet = wb.sheet(SHEETS.programme);
  if (sheet === null) return false;
  const protection = findProtection(sheet, PROTECTIONS.programme);
  if (protection === null) return false;
  // Only the protection's editors may read its editors: to anyone else it is a guard as it is.
  if (!protection.canEdit()) return true;
  if (protection.canDomainEdit()) return false;
  return protection
    .getEditors()
    .every((user) => confirmed.leads.includes(user.getEmail().trim().toLowerCase()));
}

/**
 * The people in force: the programme sheet's when no one was confirmed yet or when its
 * protection still lets only the confirmed Leads change it; otherwise (the protection removed
 * or widened) the ones a listed Lead last confirmed.
 */
export function peopleInForce(wb: Workbook): { people: People; sheet: People } {
  const sheet = readPeople(wb);
  const confirmed = confirmedPeople();
  if (confirmed === null) return { people: sheet, sheet };
  const guarded = sheet.leads.length > 0 && settingsGuarded(wb, confirmed);
  return { people: guarded ? sheet : confirmed, sheet };
}

/** The role `email` holds, preferring the one the action allows. */
export function roleOf(people: People, email: string, allowed: readonly Role[]): Role | null {
  const roles: Role[] = [];
  if (people.leads.includes(email)) roles.push('lead');
  if (people.tutor !== '' && people.tutor === email) roles.push('tutor');
  return allowed.find((role) => roles.includes(role)) ?? null;
}

export interface Caller {
  email: string;
  role: Role;
  people: People;
  /** The programme sheet's people when they differ from the ones in force and the caller, a Lead, may confirm them. */
  changed: People | null;
}

export function requireRole(wb: Workbook, allowed: readonly Role[]): Caller {
  const email = activeEmail();
  if (email === '') {
    throw new PlainError(
      'Dyad cannot tell which Google account you are using. Sign out of other Google accounts in this browser, reload the spreadsheet and try again.',
    );
  }
  const { people, sheet } = peopleInForce(wb);
  const role = roleOf(people, email, allowed);
  if (role === null) {
    if (roleOf(sheet, email, allowed) !== null) {
      throw new PlainError(
        `You were added to the programme sheet, but a Programme Lead already listed (${people.leads.join(', ')}) has not run Dyad since: ask one of them to run any Dyad action, which confirms the change and shares Dyad's files with you. You are signed in as ${email}.`,
      );
    }
    const who = allowed.includes('tutor')
      ? 'a Programme Lead or the IMG Tutor listed in the programme sheet'
      : 'a Programme Lead listed in the programme sheet (row "Programme leads")';
    throw new PlainError(`Only ${who} can do this. You are signed in as ${email}.`);
  }
  const confirmed = confirmedPeople();
  const mayConfirm = people.leads.includes(email) && sheet.leads.length > 0;
  const differs = confirmed === null || !samePeople(confirmed, sheet);
  return { email, role, people, changed: mayConfirm && differs ? sheet : null };
}
