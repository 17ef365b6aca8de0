/**
 * A trust's adapted protocol configuration (protocol section 10): read from JSON over the
 * defaults, and written canonically so that the same configuration always hashes the same,
 * whether the add-on locks it or the command line checks it.
 */
import { DEFAULT_CONFIG, type ProtocolConfig } from './config';
import type { ProtocolLock } from './results';

/** Row titles of the add-on's `protocol` sheet (Setting, Value), read back by the command line. */
export const PROTOCOL_SETTINGS = {
  configuration: 'Configuration (JSON)',
  locked: 'Locked',
  hash: 'SHA-256 at lock',
  lockedAt: 'Locked at',
  lockedBy: 'Locked by',
} as const;

/** A configuration that cannot be used: nothing is evaluated on targets nobody set. */
export class ProtocolConfigError extends Error {}

export const UNLOCKED: ProtocolLock = {
  locked: false,
  hash: null,
  lockedAt: null,
  lockedBy: null,
  deviations: [],
};

/** JSON with keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      return Object.fromEntries(entries.map(([k, inner]) => [k, sort(inner)]));
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  return typeof value;
}

/** The trust's settings over the defaults; every key must be a known one of the right kind. */
export function configFromJson(text: string): ProtocolConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ProtocolConfigError(
      `the protocol configuration is not valid JSON (${(error as Error).message})`,
    );
  }
  if (kindOf(parsed) !== 'object') {
    throw new ProtocolConfigError('the protocol configuration must be a JSON object');
  }
  const defaults = DEFAULT_CONFIG as unknown as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(key in defaults)) {
      throw new ProtocolConfigError(`the protocol configuration has an unknown setting "${key}"`);
    }
    if (kindOf(value) !== kindOf(defaults[key])) {
      throw new ProtocolConfigError(
        `the protocol setting "${key}" must be a ${kindOf(defaults[key])}`,
      );
    }
    merged[key] =
      kindOf(value) === 'object' ? { ...(defaults[key] as object), ...(value as object) } : value;
  }
  return merged as unknown as ProtocolConfig;
}
