import { createHash } from 'node:crypto';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { canonicalJson, UNLOCKED } from '../../src/core/protocolConfig';
import type { RawTable } from '../../src/core/records';
import {
  canonicalTable,
  DEFAULT_PROGRAMME_NAME,
  DEFAULT_TRUST,
  inputSheetHashes,
  programmeIdentity,
  reproduceCommand,
  reproducibilityStamp,
} from '../../src/core/stamp';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const pairsAsCsv: RawTable = {
  sheet: 'pairs',
  header: ['Pair ID', ' Match score ', 'Confirmed by lead', 'Withdrawal date', ''],
  rows: [
    ['P01', '7', 'TRUE', '20/03/2026', ''],
    ['', '', '', '', ''],
    ['P02', '6.5', 'FALSE', '', '  '],
    ['', null, '', '', ''],
  ],
};

const pairsAsXlsx: RawTable = {
  sheet: 'pairs',
  header: ['Pair ID', 'Match score', 'Confirmed by lead', 'Withdrawal date'],
  rows: [['P01', 7, true, new Date(Date.UTC(2026, 2, 20))], [], ['P02', 6.5, false]],
};

describe('the canonical form of a sheet', () => {
  it('writes cells as text, trims them, drops blanks at the end of rows and of the sheet', () => {
    const expected =
      '[["Pair ID","Match score","Confirmed by lead","Withdrawal date"],' +
      '["P01","7","TRUE","2026-03-20"],[],["P02","6.5","FALSE"]]';
    expect(canonicalTable(pairsAsCsv)).toBe(expected);
    expect(canonicalTable(pairsAsXlsx)).toBe(expected);
  });

  it('writes a timestamp with its time, whatever way the export wrote it', () => {
    const expected =
      '[["Timestamp"],["2026-02-09 19:58:18"],["2026-02-09 19:58:18"],["2026-02-09 19:58:18"]]';
    const table: RawTable = {
      sheet: 'check-in',
      header: ['Timestamp'],
      rows: [
        ['09/02/2026 19:58:18'],
        ['2026/02/09 7:58:18 PM GMT'],
        [new Date(Date.UTC(2026, 1, 9, 19, 58, 18))],
      ],
    };
    expect(canonicalTable(table)).toBe(expected);
  });

  it('keeps a number written as text as written, and a non-date as it is', () => {
    const table: RawTable = { sheet: 'pairs', header: ['x'], rows: [['7.0'], ['31/02/2026']] };
    expect(canonicalTable(table)).toBe('[["x"],["7.0"],["31/02/2026"]]');
  });

  it('hashes each sheet read, in the protocol order, with its rows counted', () => {
    const hashes = inputSheetHashes({
      programme: { sheet: 'programme', header: ['Setting', 'Value'], rows: [['Target pairs', 10]] },
      pairs: pairsAsCsv,
    });
    expect(hashes).toEqual([
      {
        sheet: 'pairs',
        rows: 3,
        sha256: nodeSha256(
          '[["Pair ID","Match score","Confirmed by lead","Withdrawal date"],' +
            '["P01","7","TRUE","2026-03-20"],[],["P02","6.5","FALSE"]]',
        ),
      },
      {
        sheet: 'programme',
        rows: 1,
        sha256: nodeSha256('[["Setting","Value"],["Target pairs","10"]]'),
      },
    ]);
  });
});

describe('the programme and the trust', () => {
  it('are read from the programme sheet, the lower of two rows counting', () => {
    const programme: RawTable = {
      sheet: 'programme',
      header: ['Setting', 'Value'],
      rows: [
        ['Programme name', 'Hull IMG mentorship pilot'],
        ['  trust ', 'Old name'],
        ['Trust', 'Hull University Teaching Hospitals NHS Trust'],
      ],
    };
    expect(programmeIdentity({ programme })).toEqual({
      programmeName: 'Hull IMG mentorship pilot',
      trust: 'Hull University Teaching Hospitals NHS Trust',
    });
  });

  it('fall back to the defaults when the sheet or the rows are missing or blank', () => {
    const blank: RawTable = {
      sheet: 'programme',
      header: ['Setting', 'Value'],
      rows: [['Programme name', '  ']],
    };
    const defaults = { programmeName: DEFAULT_PROGRAMME_NAME, trust: DEFAULT_TRUST };
    expect(programmeIdentity({})).toEqual(defaults);
    expect(programmeIdentity({ programme: blank })).toEqual(defaults);
  });
});

describe('the stamp', () => {
  it('holds the version, the inputs, the configuration, the dates and the command', () => {
    const stamp = reproducibilityStamp({
      dyadVersion: '1.2.3',
      tables: { pairs: pairsAsXlsx },
      config: DEFAULT_CONFIG,
      lock: { ...UNLOCKED, locked: true, hash: 'abc123', lockedAt: '2026-01-01', lockedBy: 'x' },
      asOf: '2026-08-02',
      generatedAt: new Date(Date.UTC(2026, 7, 2, 9, 30)),
      command: reproduceCommand('exports/my programme', '2026-08-02', 'out'),
    });
    expect(stamp).toEqual({
      dyadVersion: '1.2.3',
      programmeName: DEFAULT_PROGRAMME_NAME,
      trust: DEFAULT_TRUST,
      asOf: '2026-08-02',
      generatedAt: '2026-08-02T09:30:00.000Z',
      inputs: [
        { sheet: 'pairs', rows: 3, sha256: inputSheetHashes({ pairs: pairsAsCsv })[0].sha256 },
      ],
      configHash: nodeSha256(canonicalJson(DEFAULT_CONFIG)),
      configLocked: true,
      configLockHash: 'abc123',
      command: "npm run dyad -- evaluate 'exports/my programme' --as-of 2026-08-02 --out out",
    });
  });
});
