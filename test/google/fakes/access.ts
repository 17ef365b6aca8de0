/**
 * Drive sharing of one file: an owner, editors and viewers, as Drive keeps it for spreadsheets
 * and forms (https://developers.google.com/apps-script/reference/drive/file). Whoever creates a
 * file owns it; only people it is shared with can open it; viewers read, editors write and share.
 */

export type FileKind = 'spreadsheet' | 'form';
export type Role = 'owner' | 'editor' | 'viewer';

/** SpreadsheetApp.openById / FormApp.openById on a file the user cannot open. */
export const NO_ACCESS = 'You do not have permission to access the requested document.';
/** DriveApp.getFileById on a file the user cannot open (Drive's own wording). */
export const DRIVE_NO_ACCESS =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** A viewer's script writing to a file it can only view. */
export const VIEW_ONLY = 'You do not have permission to edit the requested document.';

const normal = (email: string) => email.trim().toLowerCase();

/** Google's User (getEmail) as Session, getEditors and getOwner return it. */
export class FakeUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

/** An email address or a User, as the sharing methods accept either. */
export type UserLike = string | { getEmail(): string };
export const emailOf = (user: UserLike): string =>
  typeof user === 'string' ? user : user.getEmail();

export class FileAccess {
  private readonly editorSet = new Set<string>();
  private readonly viewerSet = new Set<string>();

  constructor(
    readonly id: string,
    readonly kind: FileKind,
    public name: string,
    public owner: string,
  ) {}

  role(user: string): Role | null {
    const who = normal(user);
    if (who === normal(this.owner)) return 'owner';
    if (this.editorSet.has(who)) return 'editor';
    if (this.viewerSet.has(who)) return 'viewer';
    return null;
  }

  canView(user: string): boolean {
    return this.role(user) !== null;
  }

  canEdit(user: string): boolean {
    const role = this.role(user);
    return role === 'owner' || role === 'editor';
  }

  /** Throws Google's refusal unless `user` can open the file. */
  requireView(user: string, message = NO_ACCESS): void {
    if (!this.canView(user)) throw new Error(message);
  }

  /** Throws unless `user` can change the file (a viewer can read but not write). */
  requireEdit(user: string): void {
    this.requireView(user);
    if (!this.canEdit(user)) throw new Error(VIEW_ONLY);
  }

  /** addEditor: "If the user was already on the list of viewers, this method promotes the user out of the list of viewers." */
  addEditor(email: string): void {
    const who = normal(email);
    if (who === normal(this.owner)) return;
    this.viewerSet.delete(who);
    this.editorSet.add(who);
  }

  /** addViewer: "If the user was already on the list of editors, this method has no effect." */
  addViewer(email: string): void {
    const who = normal(email);
    if (this.role(who) !== null) return;
    this.viewerSet.add(who);
  }

  /** removeEditor takes away all access the person had through the editors list. */
  removeEditor(email: string): void {
    this.editorSet.delete(normal(email));
  }

  /** removeViewer: "This method has no effect if the user is an editor, not a viewer or commenter." */
  removeViewer(email: string): void {
    this.viewerSet.delete(normal(email));
  }

  /** The editors, the owner first (Spreadsheet.getEditors lists the owner with the editors). */
  editors(): string[] {
    return [this.owner, ...this.editorSet];
  }

  /** getViewers: "the list of viewers and commenters", editors not included. */
  viewers(): string[] {
    return [...this.viewerSet];
  }
}
