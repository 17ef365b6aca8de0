/** The smaller services: MailApp, LockService, PropertiesService, Utilities, Session, HtmlService, Charts. */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDate } from './clock';
import type { FakeEnv } from './env';

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
}

interface MailMessage {
  to: string;
  subject: string;
  body?: string;
  htmlBody?: string;
  name?: string;
}

export class FakeMailApp {
  readonly sent: SentMail[] = [];
  quota: number;
  quotaChecks = 0;

  constructor(quota: number) {
    this.quota = quota;
  }

  getRemainingDailyQuota(): number {
    this.quotaChecks++;
    return this.quota;
  }

  sendEmail(toOrMessage: string | MailMessage, subject?: string, body?: string): void {
    const message: MailMessage =
      typeof toOrMessage === 'string'
        ? { to: toOrMessage, subject: subject ?? '', body: body ?? '' }
        : toOrMessage;
    const recipients = message.to.split(',').filter((r) => r.trim() !== '').length;
    if (recipients > this.quota)
      throw new Error('Service invoked too many times for one day: email.');
    this.quota -= recipients;
    this.sent.push({
      to: message.to,
      subject: message.subject,
      body: message.body ?? '',
      htmlBody: message.htmlBody,
    });
  }
}

export class FakeLock {
  private mine = false;

  constructor(private readonly env: FakeEnv) {}

  tryLock(): boolean {
    if (this.env.lockHeld) return false;
    this.env.lockHeld = true;
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
    if (this.mine) this.env.lockHeld = false;
    this.mine = false;
  }
}

export class FakeLockService {
  constructor(private readonly env: FakeEnv) {}

  getDocumentLock(): FakeLock {
    return new FakeLock(this.env);
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.env);
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.env);
  }
}

export class FakeProperties {
  readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.values.set(key, String(value));
    return this;
  }

  deleteProperty(key: string): this {
    this.values.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  getKeys(): string[] {
    return [...this.values.keys()];
  }
}

export class FakePropertiesService {
  readonly document = new FakeProperties();
  readonly script = new FakeProperties();
  private readonly users = new Map<string, FakeProperties>();

  constructor(private readonly env: FakeEnv) {}

  getDocumentProperties(): FakeProperties {
    return this.document;
  }

  getScriptProperties(): FakeProperties {
    return this.script;
  }

  getUserProperties(): FakeProperties {
    const user = this.env.activeUser;
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

export class FakeSession {
  constructor(private readonly env: FakeEnv) {}

  getActiveUser(): { getEmail(): string } {
    const email = this.env.activeUser;
    return { getEmail: () => email };
  }

  getEffectiveUser(): { getEmail(): string } {
    return this.getActiveUser();
  }

  getScriptTimeZone(): string {
    return this.env.timeZone;
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
