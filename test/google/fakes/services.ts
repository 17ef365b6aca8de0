/** The smaller services: MailApp, LockService, PropertiesService, Utilities, Session, HtmlService, Charts. */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from './clock';
import { FakeUser } from './access';
import type { FakeEnv } from './env';

export interface SentMail {
  /** The account the mail was sent from: the user running the script (a trigger's creator). */
  from: string;
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
}

interface MailMessage {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body?: string;
  htmlBody?: string;
  name?: string;
}

/** Quotas: "Email recipients per message: 50" (Google's refusal beyond it). */
export const RECIPIENTS_PER_MESSAGE = 50;
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
/** Quotas: "Properties total storage: 500 kB / property store". */
export const PROPERTY_STORE_BYTES = 500 * 1024;
export const PROPERTY_STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** MailApp's refusal once the day's recipients are used up (Google's message). */
export const MAIL_QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';

const recipientsOf = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');

/**
 * MailApp: the daily quota counts recipients, per user
 * (https://developers.google.com/apps-script/guides/services/quotas: "Email recipients per day"),
 * and an address without "@" is refused with "Invalid email: …".
 */
export class FakeMailApp {
  readonly sent: SentMail[] = [];
  private readonly remaining = new Map<string, number>();
  quotaChecks = 0;

  constructor(
    private readonly env: FakeEnv,
    /** Each user's recipients per day (100 for a consumer account, 1,500 for Workspace). */
    readonly dailyQuota: number,
  ) {}

  /** The active user's remaining quota (settable by tests, for that user). */
  get quota(): number {
    return this.remaining.get(this.env.activeUser) ?? this.dailyQuota;
  }

  set quota(value: number) {
    this.remaining.set(this.env.activeUser, value);
  }

  /** Sets `user`'s remaining quota (harness). */
  setQuota(user: string, value: number): void {
    this.remaining.set(user, value);
  }

  /** A new day: every user's quota is whole again (harness). */
  resetDailyQuotas(): void {
    this.remaining.clear();
  }

  getRemainingDailyQuota(): number {
    this.env.requireAuthorization('MailApp.getRemainingDailyQuota', ['script.send_mail']);
    this.quotaChecks++;
    return this.quota;
  }

  sendEmail(
    toOrMessage: string | MailMessage,
    subject?: string,
    body?: string,
    options?: Partial<MailMessage>,
  ): void {
    this.env.requireAuthorization('MailApp.sendEmail', ['script.send_mail']);
    const message: MailMessage =
      typeof toOrMessage === 'string'
        ? { ...options, to: toOrMessage, subject: subject ?? '', body: body ?? '' }
        : toOrMessage;
    const recipients = [message.to, message.cc, message.bcc].flatMap(recipientsOf);
    if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
    const invalid = recipients.find((r) => !/^[^@\s]+@[^@\s]+$/.test(r));
    if (invalid !== undefined) throw new Error(`Invalid email: ${invalid}`);
    if (recipients.length > RECIPIENTS_PER_MESSAGE) throw new Error(TOO_MANY_RECIPIENTS);
    if (recipients.length > this.quota) throw new Error(MAIL_QUOTA_EXCEEDED);
    this.quota = this.quota - recipients.length;
    this.sent.push({
      from: this.env.activeUser,
      to: message.to,
      cc: message.cc,
      bcc: message.bcc,
      subject: message.subject,
      body: message.body ?? '',
      htmlBody: message.htmlBody,
    });
  }
}

/** A lock of LockService: one holder at a time per key (document, script or user). */
export class FakeLock {
  private mine = false;

  constructor(
    private readonly env: FakeEnv,
    private readonly key: string,
  ) {}

  tryLock(): boolean {
    if (this.mine) return true;
    if (this.env.heldLocks.has(this.key)) return false;
    this.env.heldLocks.add(this.key);
    this.env.lockAcquisitions++;
    this.mine = true;
    return true;
  }

  waitLock(): void {
    if (!this.tryLock())
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    return this.mine;
  }

  releaseLock(): void {
    if (this.mine) this.env.heldLocks.delete(this.key);
    this.mine = false;
  }
}

/**
 * LockService: the document lock is shared by every user of the bound document, the script lock
 * by every user of the script, the user lock by one user's executions only.
 */
export class FakeLockService {
  constructor(
    private readonly env: FakeEnv,
    private readonly scriptId: string,
    private readonly documentId: () => string | null,
  ) {}

  getDocumentLock(): FakeLock | null {
    const id = this.documentId();
    return id === null ? null : new FakeLock(this.env, `document:${id}`);
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.env, `script:${this.scriptId}`);
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.env, `user:${this.scriptId}:${this.env.activeUser}`);
  }

  /** Another execution holds this lock until released (harness, to test contention). */
  _holdElsewhere(kind: 'document' | 'script'): () => void {
    const key =
      kind === 'document' ? `document:${this.documentId() ?? ''}` : `script:${this.scriptId}`;
    this.env.heldLocks.add(key);
    return () => this.env.heldLocks.delete(key);
  }
}

/** PropertiesService values: strings only, each value at most 9 KB ("Properties value size"). */
export class FakeProperties {
  readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    if (String(value).length > 9 * 1024) throw new Error('Argument too large: value');
    const stored =
      this.bytes() -
      this.entryBytes(key, this.values.get(key)) +
      this.entryBytes(key, String(value));
    if (stored > PROPERTY_STORE_BYTES) throw new Error(PROPERTY_STORE_FULL);
    this.values.set(key, String(value));
    return this;
  }

  private entryBytes(key: string, value: string | undefined): number {
    return value === undefined ? 0 : Buffer.byteLength(key) + Buffer.byteLength(value);
  }

  private bytes(): number {
    let total = 0;
    for (const [key, value] of this.values) total += this.entryBytes(key, value);
    return total;
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.values.clear();
    for (const [key, value] of Object.entries(properties)) this.setProperty(key, value);
    return this;
  }

  deleteProperty(key: string): this {
    this.values.delete(key);
    return this;
  }

  deleteAllProperties(): this {
    this.values.clear();
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  getKeys(): string[] {
    return [...this.values.keys()];
  }

  /** A copy with the same values (a copied document/script keeps its properties). */
  _clone(): FakeProperties {
    const copy = new FakeProperties();
    for (const [key, value] of this.values) copy.values.set(key, value);
    return copy;
  }
}

/**
 * PropertiesService (https://developers.google.com/apps-script/guides/properties): document and
 * script properties are shared by every user of the script; user properties belong to the user
 * running it (a trigger's creator inside a trigger).
 */
export class FakePropertiesService {
  readonly users = new Map<string, FakeProperties>();

  constructor(
    private readonly env: FakeEnv,
    readonly document = new FakeProperties(),
    readonly script = new FakeProperties(),
  ) {}

  getDocumentProperties(): FakeProperties {
    return this.document;
  }

  getScriptProperties(): FakeProperties {
    return this.script;
  }

  getUserProperties(): FakeProperties {
    return this.userProperties(this.env.activeUser);
  }

  /** One user's properties (harness). */
  userProperties(user: string): FakeProperties {
    if (!this.users.has(user)) this.users.set(user, new FakeProperties());
    return this.users.get(user) as FakeProperties;
  }
}

/** Java-style signed bytes, as Utilities returns them. */
function signedBytes(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

export class FakeUtilities {
  readonly DigestAlgorithm = { SHA_256: 'sha256', SHA_1: 'sha1', MD5: 'md5', SHA_512: 'sha512' };
  readonly Charset = { UTF_8: 'utf8', US_ASCII: 'ascii' };

  computeDigest(algorithm: string, value: string | number[], charset = 'utf8'): number[] {
    const data =
      typeof value === 'string'
        ? Buffer.from(value, charset as BufferEncoding)
        : Buffer.from(value.map((b) => (b + 256) % 256));
    return signedBytes(createHash(algorithm).update(data).digest());
  }

  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (!(date instanceof Date) || Number.isNaN(date.getTime()))
      throw new Error('Invalid argument: date');
    return formatDate(date, timeZone, pattern);
  }

  base64Encode(data: string | number[]): string {
    const buffer =
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : Buffer.from(data.map((b) => (b + 256) % 256));
    return buffer.toString('base64');
  }

  base64Decode(text: string): number[] {
    return signedBytes(Buffer.from(text, 'base64'));
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(): void {}
}

/**
 * Session: the active user is the person running the script, and inside an installable trigger
 * its creator ("Installable triggers always run under the account of the person who created
 * them"); the effective user is the same in a bound script run by its user.
 */
export class FakeSession {
  constructor(private readonly env: FakeEnv) {}

  /**
   * The user's email needs the userinfo.email scope, and is blank in a simple trigger ("not
   * available in any context that allows a script to run without that user's authorization").
   */
  getActiveUser(): FakeUser {
    this.env.requireScope('Session.getActiveUser', ['userinfo.email']);
    return new FakeUser(this.env.simpleTrigger ? '' : this.env.activeUser);
  }

  getEffectiveUser(): FakeUser {
    this.env.requireScope('Session.getEffectiveUser', ['userinfo.email']);
    return new FakeUser(this.env.simpleTrigger ? '' : this.env.activeUser);
  }

  getScriptTimeZone(): string {
    return this.env.timeZone;
  }

  getActiveUserLocale(): string {
    return 'en_GB';
  }
}

export class FakeHtmlOutput {
  private title = '';
  width = 0;
  height = 0;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = content;
    return this;
  }

  setTitle(title: string): this {
    this.title = title;
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  setSandboxMode(): this {
    return this;
  }

  setXFrameOptionsMode(): this {
    return this;
  }
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Compiles HtmlService template text: `<?= ?>` escaped, `<?!= ?>` raw, `<? ?>` code. */
export function compileTemplate(source: string): (data: Record<string, unknown>) => string {
  let code = "var __out = '';\n";
  let last = 0;
  for (const match of source.matchAll(/<\?(!=|=)?([\s\S]*?)\?>/g)) {
    code += `__out += ${JSON.stringify(source.slice(last, match.index))};\n`;
    const [, kind, body] = match;
    if (kind === '=') code += `__out += __escape(${body});\n`;
    else if (kind === '!=') code += `__out += String(${body});\n`;
    else code += `${body}\n`;
    last = (match.index ?? 0) + match[0].length;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  const run = new Function('__data', '__escape', `with (__data) {\n${code}\n}`) as (
    data: Record<string, unknown>,
    escape: typeof escapeHtml,
  ) => string;
  return (data) => run(data, escapeHtml);
}

export class FakeHtmlTemplate {
  [key: string]: unknown;

  constructor(source: string) {
    Object.defineProperty(this, '__source', { value: source, enumerable: false });
  }

  evaluate(): FakeHtmlOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this)) data[key] = this[key];
    return new FakeHtmlOutput(
      compileTemplate((this as unknown as { __source: string }).__source)(data),
    );
  }
}

export class FakeHtmlService {
  readonly SandboxMode = { IFRAME: 'IFRAME' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

  constructor(private readonly htmlDir: string) {}

  private read(name: string): string {
    return readFileSync(join(this.htmlDir, name.endsWith('.html') ? name : `${name}.html`), 'utf8');
  }

  createTemplateFromFile(name: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.read(name));
  }

  createTemplate(source: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(source);
  }

  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.read(name));
  }

  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(html);
  }
}

export const FAKE_CHARTS = {
  ChartType: {
    AREA: 'AREA',
    BAR: 'BAR',
    COLUMN: 'COLUMN',
    LINE: 'LINE',
    PIE: 'PIE',
    SCATTER: 'SCATTER',
    TABLE: 'TABLE',
  },
};
