/**
 * Protected sheets and ranges (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 * A protection made by protect() mirrors the spreadsheet's editors until the script changes its
 * editor list; after that only the listed editors (who must also be editors of the spreadsheet)
 * and the spreadsheet's owner may write inside it. Warning-only protection lets every editor write.
 */
import { FakeUser, emailOf, type UserLike } from './access';
import type { FakeEnv } from './env';

/** Sheets' refusal of a write inside a protection the user is not an editor of. */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export const PROTECTION_TYPE = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export type ProtectionType = (typeof PROTECTION_TYPE)[keyof typeof PROTECTION_TYPE];

export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** What a protection needs of its spreadsheet and sheet (kept narrow to avoid an import cycle). */
export interface ProtectedSheet {
  readonly name: string;
  _removeProtection(protection: FakeProtection): void;
  _rangeOf(area: Area): unknown;
  readonly parent: {
    readonly access: {
      owner: string;
      canEdit(user: string): boolean;
      editors(): string[];
    };
  };
}

const normal = (email: string) => email.trim().toLowerCase();

function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function inside(row: number, column: number, a: Area): boolean {
  return (
    row >= a.row &&
    row < a.row + a.numRows &&
    column >= a.column &&
    column < a.column + a.numColumns
  );
}

export class FakeProtection {
  private description = '';
  private warningOnly = false;
  private domainEdit = false;
  /** null while the protection mirrors the spreadsheet's editors (Sheet.protect()'s note). */
  private listed: Set<string> | null = null;
  private unprotected: Area[] = [];

  constructor(
    private readonly env: FakeEnv,
    readonly sheet: ProtectedSheet,
    readonly type: ProtectionType,
    /** The protected cells; for a sheet protection, null (the whole sheet). */
    readonly area: Area | null,
  ) {}

  private get access() {
    return this.sheet.parent.access;
  }

  /** canEdit: "The spreadsheet owner is always able to edit protected ranges and sheets." */
  _canEditAs(user: string): boolean {
    if (normal(user) === normal(this.access.owner)) return true;
    if (!this.access.canEdit(user)) return false;
    if (this.warningOnly || this.listed === null) return true;
    return this.listed.has(normal(user));
  }

  /** Whether writing `area` touches a cell this protection guards. */
  _guards(area: Area): boolean {
    if (this.area !== null) return overlaps(this.area, area);
    if (this.unprotected.length === 0) return true;
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.column; c < area.column + area.numColumns; c++) {
        if (!this.unprotected.some((u) => inside(r, c, u))) return true;
      }
    }
    return false;
  }

  /** Throws Sheets' refusal when the active user may not write `area`. */
  _checkWrite(area: Area | null): void {
    if (this.env.isSystem) return;
    if (area !== null && !this._guards(area)) return;
    if (!this._canEditAs(this.env.activeUser)) throw new Error(PROTECTED);
  }

  /** getEditors etc.: "Throws an exception if the user does not have permission to edit the protected range or sheet itself." */
  private requireManage(): void {
    if (!this._canEditAs(this.env.activeUser)) throw new Error(PROTECTED);
  }

  private materialise(): Set<string> {
    if (this.listed === null) this.listed = new Set(this.access.editors().map(normal));
    return this.listed;
  }

  /** addEditor "does not automatically give the user permission to edit the spreadsheet itself". */
  addEditor(user: UserLike): this {
    this.requireManage();
    this.materialise().add(normal(emailOf(user)));
    return this;
  }

  addEditors(users: UserLike[]): this {
    for (const user of users) this.addEditor(user);
    return this;
  }

  /** removeEditor: "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditor(user: UserLike): this {
    this.requireManage();
    const who = normal(emailOf(user));
    const keep = [normal(this.access.owner), normal(this.env.activeUser)];
    if (!keep.includes(who)) this.materialise().delete(who);
    else this.materialise();
    return this;
  }

  removeEditors(users: UserLike[]): this {
    for (const user of users) this.removeEditor(user);
    return this;
  }

  getEditors(): FakeUser[] {
    this.requireManage();
    const emails = this.listed === null ? this.access.editors() : [...this.listed];
    return emails.map((email) => new FakeUser(email));
  }

  canEdit(): boolean {
    return this._canEditAs(this.env.activeUser);
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this.requireManage();
    this.domainEdit = editable;
    this.materialise();
    return this;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.requireManage();
    this.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setDescription(description: string): this {
    this.requireManage();
    this.description = description;
    return this;
  }

  getDescription(): string {
    return this.description;
  }

  getProtectionType(): ProtectionType {
    return this.type;
  }

  getRange(): unknown {
    return this.sheet._rangeOf(this.area ?? { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }

  /** setUnprotectedRanges: only for a sheet protection; the ranges must be on that sheet. */
  setUnprotectedRanges(ranges: Area[]): this {
    this.requireManage();
    if (this.type !== PROTECTION_TYPE.SHEET)
      throw new Error('Unprotected ranges can only be set on a protected sheet.');
    this.unprotected = ranges.map((r) => ({
      row: r.row,
      column: r.column,
      numRows: r.numRows,
      numColumns: r.numColumns,
    }));
    return this;
  }

  getUnprotectedRanges(): unknown[] {
    return this.unprotected.map((area) => this.sheet._rangeOf(area));
  }

  remove(): void {
    this.requireManage();
    this.sheet._removeProtection(this);
  }

  /** The same protection on a copied sheet (editor list and settings kept). */
  _copyTo(sheet: ProtectedSheet): FakeProtection {
    const copy = new FakeProtection(this.env, sheet, this.type, this.area && { ...this.area });
    copy.description = this.description;
    copy.warningOnly = this.warningOnly;
    copy.domainEdit = this.domainEdit;
    copy.listed = this.listed && new Set(this.listed);
    copy.unprotected = this.unprotected.map((a) => ({ ...a }));
    return copy;
  }
}
