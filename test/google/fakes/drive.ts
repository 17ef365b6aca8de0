/**
 * DriveApp for the files Dyad makes (https://developers.google.com/apps-script/reference/drive/drive-app):
 * getFileById for anyone a file is shared with, and a File's sharing (owner, editors, viewers).
 */
import { DRIVE_NO_ACCESS, FakeUser, emailOf, type FileAccess, type UserLike } from './access';
import type { FakeEnv } from './env';

const MIME_TYPES = {
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  form: 'application/vnd.google-apps.form',
} as const;

export class FakeFile {
  constructor(
    private readonly env: FakeEnv,
    private readonly access: FileAccess,
  ) {}

  private requireEdit(): void {
    this.access.requireEdit(this.env.activeUser);
  }

  getId(): string {
    return this.access.id;
  }

  getName(): string {
    return this.access.name;
  }

  getMimeType(): string {
    return MIME_TYPES[this.access.kind];
  }

  getUrl(): string {
    return this.access.kind === 'form'
      ? `https://docs.google.com/forms/d/${this.access.id}/edit`
      : `https://docs.google.com/spreadsheets/d/${this.access.id}/edit`;
  }

  getOwner(): FakeUser {
    return new FakeUser(this.access.owner);
  }

  /** getEditors: "If the user who executes the script does not have edit access … returns an empty array." */
  getEditors(): FakeUser[] {
    if (!this.access.canEdit(this.env.activeUser)) return [];
    return this.access.editors().map((email) => new FakeUser(email));
  }

  getViewers(): FakeUser[] {
    if (!this.access.canEdit(this.env.activeUser)) return [];
    return this.access.viewers().map((email) => new FakeUser(email));
  }

  addEditor(user: UserLike): this {
    this.requireEdit();
    this.access.addEditor(emailOf(user));
    return this;
  }

  addEditors(emails: string[]): this {
    for (const email of emails) this.addEditor(email);
    return this;
  }

  addViewer(user: UserLike): this {
    this.requireEdit();
    this.access.addViewer(emailOf(user));
    return this;
  }

  addViewers(emails: string[]): this {
    for (const email of emails) this.addViewer(email);
    return this;
  }

  removeEditor(user: UserLike): this {
    this.requireEdit();
    this.access.removeEditor(emailOf(user));
    return this;
  }

  removeViewer(user: UserLike): this {
    this.requireEdit();
    this.access.removeViewer(emailOf(user));
    return this;
  }

  /** getAccess(user): the user's permission on the file (OWNER, EDIT, VIEW or NONE). */
  getAccess(user: UserLike): string {
    const role = this.access.role(emailOf(user));
    return role === 'owner'
      ? 'OWNER'
      : role === 'editor'
        ? 'EDIT'
        : role === 'viewer'
          ? 'VIEW'
          : 'NONE';
  }
}

export class FakeDriveApp {
  readonly Permission = { OWNER: 'OWNER', EDIT: 'EDIT', VIEW: 'VIEW', NONE: 'NONE' };

  constructor(private readonly env: FakeEnv) {}

  /** getFileById by anyone the file is not shared with: Drive's refusal. */
  getFileById(id: string): FakeFile {
    this.env.requireAuthorization('DriveApp.getFileById', ['drive', 'drive.readonly']);
    const access = this.env.files.get(String(id));
    if (!access) throw new Error(DRIVE_NO_ACCESS);
    access.requireView(this.env.activeUser, DRIVE_NO_ACCESS);
    return new FakeFile(this.env, access);
  }
}
