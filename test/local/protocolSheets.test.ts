import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { Cell } from '../../src/core/records';
import { canonicalJson, configFromJson } from '../../src/core/protocolConfig';
import { protocolFromSheets } from '../../src/local/protocolSheets';
import { xlsxSheetNames } from '../../src/local/xlsxSheetNames';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash the add-on records when it locks this configuration. */
const addOnHash = (json: string): string => sha256(canonicalJson(configFromJson(json)));

function protocolSheet(rows: [string, Cell][]): Cell[][] {
  return [['Setting', 'Value'], ...rows];
}

const TRUST_JSON = '{"thresholds":{"i3MatchSatisfaction":6.5},"defaultTargetPairs":12}';

describe('protocolFromSheets', () => {
  it('runs on the defaults, unlocked, without a protocol sheet', () => {
    const protocol = protocolFromSheets(null, null, sha256);
    expect(protocol.fromSheet).toBe(false);
    expect(protocol.config).toBe(DEFAULT_CONFIG);
    expect(protocol.lock).toEqual(
      expect.objectContaining({ locked: false, hash: null, deviations: [] }),
    );
  });

  it('reads the lock and the recorded deviations', () => {
    const hash = addOnHash(TRUST_JSON);
    const protocol = protocolFromSheets(
      protocolSheet([
        ['Configuration (JSON)', TRUST_JSON],
        ['Locked', 'Yes'],
        ['SHA-256 at lock', hash],
        ['Locked at', '2026-01-05 09:00'],
        ['Locked by', 'lead@nhs.example.org'],
      ]),
      [
        ['When', 'Who', 'What'],
        ['2026-03-02 10:00', 'lead@nhs.example.org', 'Pilot end date moved'],
        [null, null, null],
      ],
      sha256,
    );
    expect(protocol.fromSheet).toBe(true);
    expect(protocol.config.thresholds.i3MatchSatisfaction).toBe(6.5);
    expect(protocol.lock).toEqual({
      locked: true,
      hash,
      lockedAt: '2026-01-05 09:00',
      lockedBy: 'lead@nhs.example.org',
      deviations: [
        { when: '2026-03-02 10:00', who: 'lead@nhs.example.org', what: 'Pilot end date moved' },
      ],
    });
  });

  it('shows a configuration changed since the lock as a deviation', () => {
    const protocol = protocolFromSheets(
      protocolSheet([
        ['Configuration (JSON)', TRUST_JSON],
        ['Locked', 'Yes'],
        ['SHA-256 at lock', addOnHash('{}')],
      ]),
      null,
      sha256,
    );
    expect(protocol.lock.deviations).toHaveLength(1);
    expect(protocol.lock.deviations[0].what).toMatch(/not the one locked/);
  });

  it('treats an empty configuration cell as the defaults, and a sheet without "Locked: Yes" as unlocked', () => {
    const protocol = protocolFromSheets(
      protocolSheet([['Configuration (JSON)', null]]),
      null,
      sha256,
    );
    expect(protocol.config).toEqual(DEFAULT_CONFIG);
    expect(protocol.fromSheet).toBe(false);
    expect(protocol.lock.locked).toBe(false);
  });
});

describe('xlsxSheetNames', () => {
  it('lists the sample workbook’s eight sheets in order', () => {
    const names = xlsxSheetNames(
      readFileSync(resolve(__dirname, '../../examples/sample-programme.xlsx')),
    );
    expect(names).toEqual([
      'mentee-application',
      'mentor-application',
      'check-in',
      'mentee-feedback',
      'mentor-feedback',
      'pairs',
      'escalations',
      'programme',
    ]);
  });

  it('decodes names with markup characters', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('R&D <notes>');
    workbook.addWorksheet('protocol');
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(xlsxSheetNames(buffer)).toEqual(['R&D <notes>', 'protocol']);
  });

  it('throws on a file that is not a workbook', () => {
    expect(() => xlsxSheetNames(Buffer.from('not a zip archive at all, just some text'))).toThrow();
  });
});
