/**
 * Who may do what: only the Programme Leads listed in the programme sheet run actions; the IMG
 * Tutor listed there may also confirm matches. Everyone else is refused in plain words.
 */
import { SHEETS } from '../../core/instruments';
import { readProgramme } from '../../core/readProgramme';
import { PlainError } from './errors';
import { rawTable } from './programmeData';
import { readSheet } from './sheetIo';
import type { Workbook } from './workbook';

export type Role = 'lead' | 'tutor';

export interface People {
  leads: string[];
  tutor: string;
  committeeMembers: string[];
}

export function activeEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

export function readPeople(wb: Workbook): People {
  const sheet = wb.sheet(SHEETS.programme);
  if (sheet === null) return { leads: [], tutor: '', committeeMembers: [] };
  const table = rawTable(SHEETS.programme, readSheet(sheet), wb.timeZone);
  const { programme } = readProgramme({ [SHEETS.programme]: table }).records;
  return {
    leads: programme.leads,
    tutor: programme.tutor,
    committeeMembers: programme.committeeMembers,
  };
}

/** The role `email` holds, preferring the one the action allows. */
export function roleOf(people: People, email: string, allowed: readonly Role[]): Role | null {
  const roles: Role[] = [];
  if (people.leads.includes(email)) roles.push('lead');
  if (people.tutor !== '' && people.tutor === email) roles.push('tutor');
  return allowed.find((role) => roles.includes(role)) ?? null;
}

export function requireRole(
  wb: Workbook,
  allowed: readonly Role[],
): { email: string; role: Role; people: People } {
  const email = activeEmail();
  if (email === '') {
    throw new PlainError(
      'Dyad cannot tell which Google account you are using. Sign out of other Google accounts in this browser, reload the spreadsheet and try again.',
    );
  }
  const people = readPeople(wb);
  const role = roleOf(people, email, allowed);
  if (role === null) {
    const who = allowed.includes('tutor')
      ? 'a Programme Lead or the IMG Tutor listed in the programme sheet'
      : 'a Programme Lead listed in the programme sheet (row "Programme leads")';
    throw new PlainError(`Only ${who} can do this. You are signed in as ${email}.`);
  }
  return { email, role, people };
}
