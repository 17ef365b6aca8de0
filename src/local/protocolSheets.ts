/**
 * The protocol in force for a run from files: the trust's configuration and its lock, read from
 * the add-on's `protocol` and `protocol-deviations` sheets when the export holds them
 * (protocol section 10); the protocol's defaults, unlocked, when it does not.
 * Pure: the caller reads the files and hands in the SHA-256 function.
 */
import { DEFAULT_CONFIG, type ProtocolConfig } from '../core/config';
import { canonicalJson, configFromJson, PROTOCOL_SETTINGS, UNLOCKED } from '../core/protocolConfig';
import type { Cell } from '../core/records';
import type { Deviation, ProtocolLock } from '../core/results';

export const PROTOCOL_SHEET = 'protocol';
export const DEVIATIONS_SHEET = 'protocol-deviations';

export interface ProtocolInForce {
  config: ProtocolConfig;
  lock: ProtocolLock;
  /** Whether the configuration came from the protocol sheet or is the protocol's defaults. */
  fromSheet: boolean;
}

function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().replace('T', ' ').slice(0, 16);
  return String(cell).trim();
}

/** Setting → value text, from a two-column sheet with a header row. */
function settings(grid: readonly Cell[][]): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of grid.slice(1)) {
    const setting = cellText(row[0]);
    if (setting !== '') map.set(setting, cellText(row[1]));
  }
  return map;
}

function deviationsOf(grid: readonly Cell[][] | null): Deviation[] {
  if (grid === null) return [];
  return grid
    .slice(1)
    .map((row) => ({ when: cellText(row[0]), who: cellText(row[1]), what: cellText(row[2]) }))
    .filter((d) => d.what !== '');
}

/**
 * The protocol in force. A configuration that no longer matches the SHA-256 recorded at the
 * lock is shown as a deviation, so the committee sees it even if nobody recorded the change.
 */
export function protocolFromSheets(
  protocol: readonly Cell[][] | null,
  deviations: readonly Cell[][] | null,
  sha256: (text: string) => string,
): ProtocolInForce {
  if (protocol === null) {
    return {
      config: DEFAULT_CONFIG,
      lock: { ...UNLOCKED, deviations: deviationsOf(deviations) },
      fromSheet: false,
    };
  }
  const values = settings(protocol);
  const json = values.get(PROTOCOL_SETTINGS.configuration) ?? '';
  const config = json === '' ? DEFAULT_CONFIG : configFromJson(json);
  const locked = /^(yes|true)$/i.test(values.get(PROTOCOL_SETTINGS.locked) ?? '');
  const recorded = deviationsOf(deviations);
  const lock: ProtocolLock = locked
    ? {
        locked: true,
        hash: values.get(PROTOCOL_SETTINGS.hash) || null,
        lockedAt: values.get(PROTOCOL_SETTINGS.lockedAt) || null,
        lockedBy: values.get(PROTOCOL_SETTINGS.lockedBy) || null,
        deviations: recorded,
      }
    : { ...UNLOCKED, deviations: recorded };
  const now = sha256(canonicalJson(config));
  if (lock.locked && lock.hash !== null && lock.hash.toLowerCase() !== now) {
    lock.deviations = [
      ...recorded,
      {
        when: 'found at this run',
        who: '',
        what: `The configuration in the protocol sheet is not the one locked (SHA-256 ${lock.hash.slice(0, 12)}… at the lock, ${now.slice(0, 12)}… now)`,
      },
    ];
  }
  return { config, lock, fromSheet: json !== '' };
}
