/**
 * The files Dyad makes beside the programme spreadsheet (the Leads-only private spreadsheet, the
 * committee's summary spreadsheet, the five forms): their ids and who created each, kept in the
 * document properties so every Lead's run finds the same files. A file the caller cannot open
 * is refused in words naming its owner, so nobody is tempted to make a second one.
 */
import { PlainError } from './errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type FileRole = 'private' | 'committee';

const FILE_PROPERTY: Record<FileRole, string> = {
  private: 'dyad.privateSpreadsheetId',
  committee: 'dyad.committeeSpreadsheetId',
};
/** The programme spreadsheet Set up ran in: a copy of a set-up spreadsheet holds another id. */
export const PROGRAMME_ID_PROPERTY = 'dyad.programmeSpreadsheetId';
const OWNER_PREFIX = 'dyad.owner.';

export const FILE_WORDS: Record<FileRole, string> = {
  private: 'the Leads-only private spreadsheet',
  committee: 'the committee summary spreadsheet',
};

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function storedFileId(role: FileRole): string | null {
  return properties().getProperty(FILE_PROPERTY[role]);
}

/** Records a file the moment it is made, with its creator, before anything else can fail. */
export function recordFile(role: FileRole, id: string, owner: string): void {
  properties().setProperty(FILE_PROPERTY[role], id);
  recordOwner(id, owner);
}

export function recordOwner(id: string, owner: string): void {
  properties().setProperty(OWNER_PREFIX + id, owner);
}

/** Who made the file, as recorded when it was made ('' when unknown). */
export function ownerOf(id: string): string {
  return properties().getProperty(OWNER_PREFIX + id) ?? '';
}

/** Google's refusal turned into words that say whose file it is and what to do. */
export function cannotOpen(what: string, id: string): PlainError {
  const owner = ownerOf(id);
  const who = owner === '' ? 'the Lead who ran Set up' : owner;
  return new PlainError(
    `You cannot open ${what}: it belongs to ${who} and is not shared with you. Ask ${who} to add you to "Programme leads" in the programme sheet and run any Dyad action (or Dyad → Set up programme), which shares it with every listed Lead. Dyad does not make a second one.`,
  );
}

/** The recorded spreadsheet, or null when none was made yet; throws when it exists but is closed to the caller. */
export function openRecordedSpreadsheet(role: FileRole): Spreadsheet | null {
  const id = storedFileId(role);
  if (!id) return null;
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    throw cannotOpen(FILE_WORDS[role], id);
  }
}

/** Every Dyad property, for starting a copied spreadsheet afresh. */
export function forgetEverything(): void {
  const props = properties();
  for (const key of props.getKeys()) if (key.startsWith('dyad.')) props.deleteProperty(key);
}

/**
 * The programme spreadsheet: the one the script is bound to, or, where a trigger runs with no
 * active spreadsheet, the one Set up recorded.
 */
export function programmeSpreadsheet(): Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = properties().getProperty(PROGRAMME_ID_PROPERTY);
  if (!id) throw new PlainError('Dyad is not set up: run Dyad → Set up programme.');
  return SpreadsheetApp.openById(id);
}

const FORM_PROPERTY_PREFIX = 'dyad.form.';

/** The property holding the id of the programme's form of that kind (see setup/formSpecs). */
export function formIdProperty(key: string): string {
  return FORM_PROPERTY_PREFIX + key;
}

/** The ids of every form Dyad made, by form key. */
export function recordedFormIds(): Record<string, string> {
  const all = properties().getProperties();
  const ids: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(FORM_PROPERTY_PREFIX)) ids[key.slice(FORM_PROPERTY_PREFIX.length)] = value;
  }
  return ids;
}
