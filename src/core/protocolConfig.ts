/**
 * A trust's adapted protocol configuration (protocol section 10): read from JSON over the
 * defaults, and written canonically so that the same configuration always hashes the same,
 * whether the add-on locks it or the command line checks it.
 */
import { DEFAULT_CONFIG, type ProtocolConfig } from './config';
import { configProblems } from './configSchema';
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
export class ProtocolConfigError extends Error {
  /** Every problem found, one sentence each. */
  readonly problems: string[];

  constructor(problems: string[] | string) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('; '));
    this.problems = list;
  }
}

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

/** The trust's settings over the defaults; every setting is checked against the schema. */
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
  const problems: string[] = [];
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(key in defaults)) {
      problems.push(`the protocol configuration has an unknown setting "${key}"`);
    } else if (kindOf(value) !== kindOf(defaults[key])) {
      problems.push(`the protocol setting "${key}" must be a ${kindOf(defaults[key])}`);
    } else {
      merged[key] =
        kindOf(value) === 'object' ? { ...(defaults[key] as object), ...(value as object) } : value;
    }
  }
  for (const problem of configProblems(merged, defaults))
    problems.push(`the protocol setting ${problem}`);
  if (problems.length > 0) throw new ProtocolConfigError(problems);
  return merged as unknown as ProtocolConfig;
}

/** Every problem of a configuration typed as JSON, in words; empty when it can be used. */
export function configJsonProblems(text: string): string[] {
  try {
    configFromJson(text);
    return [];
  } catch (error) {
    if (error instanceof ProtocolConfigError) return error.problems;
    throw error;
  }
}
