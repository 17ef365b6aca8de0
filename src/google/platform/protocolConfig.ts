/**
 * The protocol configuration the trust adapted (the `protocol` sheet holds it as JSON, so it
 * can be changed before launch), its lock (SHA-256, time, Lead) and the deviations recorded
 * after the lock (protocol section 10). The lock and the deviations live in document
 * properties, which only the script writes; the sheets show them to the Lead.
 */
import { DEFAULT_CONFIG, type ProtocolConfig } from '../../core/config';
import { canonicalJson, configFromJson, ProtocolConfigError } from '../../core/protocolConfig';
import type { Deviation, ProtocolLock } from '../../core/results';
import { ADDON_SHEETS, DEVIATION_HEADER, PROTOCOL_SETTINGS } from './addonSheets';
import { momentText } from './dates';
import { PlainError } from './errors';
import { appendTextRows, columnOf, ensureSheet, readSheet, writeTextRows } from './sheetIo';
import type { Workbook } from './workbook';

const LOCK_PROPERTY = 'dyad.protocolLock';
const SEEN_PROPERTY = 'dyad.protocolLastSeen';
const DEVIATIONS_PROPERTY = 'dyad.protocolDeviations';

interface StoredLock {
  hash: string;
  lockedAt: string;
  lockedBy: string;
}

interface SeenConfig {
  hash: string;
  json: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function sha256Hex(text: string): string {
  const bytes = Utilities.computeDigest(
    Utilities.DigestAlgorithm.SHA_256,
    text,
    Utilities.Charset.UTF_8,
  );
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/** The trust's configuration over the defaults, or a plain refusal the Lead can act on. */
export function parseConfig(text: string): ProtocolConfig {
  try {
    return configFromJson(text);
  } catch (error) {
    if (!(error instanceof ProtocolConfigError)) throw error;
    const reason = error.message.charAt(0).toUpperCase() + error.message.slice(1);
    throw new PlainError(
      `${reason}. Fix it in the protocol sheet, or clear the cell to use the protocol's defaults.`,
    );
  }
}

function flatten(value: Json, path: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, JSON.stringify(value));
  }
}

/** "thresholds.c1Share: 0.7 → 0.6; …" — what changed between two configurations. */
export function describeChanges(beforeJson: string, afterJson: string): string {
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  flatten(JSON.parse(beforeJson) as Json, '', before);
  flatten(JSON.parse(afterJson) as Json, '', after);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes = paths
    .filter((path) => before.get(path) !== after.get(path))
    .map((path) => `${path}: ${before.get(path) ?? '(none)'} → ${after.get(path) ?? '(none)'}`);
  return changes.length > 0
    ? changes.join('; ')
    : 'configuration rewritten without a change of value';
}

function readProperty<T>(key: string): T | null {
  const text = PropertiesService.getDocumentProperties().getProperty(key);
  return text ? (JSON.parse(text) as T) : null;
}

function writeProperty(key: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
}

/** The configuration JSON typed in the protocol sheet, or '' when none. */
function configText(wb: Workbook): string {
  const sheet = wb.sheet(ADDON_SHEETS.protocol);
  if (sheet === null) return '';
  const { header, rows } = readSheet(sheet);
  const setting = columnOf(header, 'Setting');
  const value = columnOf(header, 'Value');
  const row = rows.find((r) => String(r[setting]).trim() === PROTOCOL_SETTINGS.configuration);
  return row ? String(row[value] ?? '').trim() : '';
}

export interface ProtocolState {
  config: ProtocolConfig;
  lock: ProtocolLock;
  canonical: string;
  hash: string;
}

function lockOf(stored: StoredLock | null, deviations: Deviation[]): ProtocolLock {
  return {
    locked: stored !== null,
    hash: stored?.hash ?? null,
    lockedAt: stored?.lockedAt ?? null,
    lockedBy: stored?.lockedBy ?? null,
    deviations,
  };
}

function recordDeviation(wb: Workbook, deviation: Deviation, deviations: Deviation[]): void {
  deviations.push(deviation);
  writeProperty(DEVIATIONS_PROPERTY, deviations);
  const { sheet } = ensureSheet(wb.ss, ADDON_SHEETS.deviations, DEVIATION_HEADER);
  const dataRows = Math.max(sheet.getLastRow() - 1, 0);
  appendTextRows(sheet, dataRows, DEVIATION_HEADER.length, [
    [deviation.when, deviation.who, deviation.what],
  ]);
}

/**
 * The configuration in force and the lock. After the lock, a configuration that differs from
 * the last one seen is recorded as a deviation (who ran the action that found it, when, what).
 */
export function loadProtocol(wb: Workbook, user: string, now: Date): ProtocolState {
  const text = configText(wb);
  const config = text === '' ? DEFAULT_CONFIG : parseConfig(text);
  const canonical = canonicalJson(config);
  const hash = sha256Hex(canonical);
  const stored = readProperty<StoredLock>(LOCK_PROPERTY);
  const deviations = readProperty<Deviation[]>(DEVIATIONS_PROPERTY) ?? [];
  if (stored !== null) {
    const seen = readProperty<SeenConfig>(SEEN_PROPERTY);
    if (seen !== null && seen.hash !== hash) {
      const what = `Protocol configuration changed after the lock: ${describeChanges(seen.json, canonical)}`;
      recordDeviation(wb, { when: momentText(now, wb.timeZone), who: user, what }, deviations);
      writeProperty(SEEN_PROPERTY, { hash, json: canonical });
    }
  }
  return { config, lock: lockOf(stored, deviations), canonical, hash };
}

/** Locks the configuration in force. Refuses a second lock: later changes are deviations. */
export function lockProtocol(wb: Workbook, user: string, now: Date): ProtocolState {
  const state = loadProtocol(wb, user, now);
  if (state.lock.locked) {
    throw new PlainError(
      `The protocol was already locked on ${state.lock.lockedAt} by ${state.lock.lockedBy} (SHA-256 ${state.lock.hash}). Any change since is recorded as a deviation.`,
    );
  }
  const stored: StoredLock = {
    hash: state.hash,
    lockedAt: momentText(now, wb.timeZone),
    lockedBy: user,
  };
  writeProperty(LOCK_PROPERTY, stored);
  writeProperty(SEEN_PROPERTY, { hash: state.hash, json: state.canonical });
  const { sheet } = ensureSheet(wb.ss, ADDON_SHEETS.protocol, ['Setting', 'Value']);
  writeTextRows(sheet, 2, 2, [
    [PROTOCOL_SETTINGS.configuration, JSON.stringify(state.config, null, 2)],
    [PROTOCOL_SETTINGS.locked, 'Yes'],
    [PROTOCOL_SETTINGS.hash, stored.hash],
    [PROTOCOL_SETTINGS.lockedAt, stored.lockedAt],
    [PROTOCOL_SETTINGS.lockedBy, stored.lockedBy],
  ]);
  return { ...state, lock: lockOf(stored, state.lock.deviations) };
}

/** The protocol sheet as set-up writes it: the defaults, ready to adapt, not yet locked. */
export function initialProtocolRows(): string[][] {
  return [
    [PROTOCOL_SETTINGS.configuration, JSON.stringify(DEFAULT_CONFIG, null, 2)],
    [PROTOCOL_SETTINGS.locked, 'No'],
    [PROTOCOL_SETTINGS.hash, ''],
    [PROTOCOL_SETTINGS.lockedAt, ''],
    [PROTOCOL_SETTINGS.lockedBy, ''],
  ];
}
