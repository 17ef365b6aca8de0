import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import type { MatchResult } from '../../src/core/results';
import { main } from '../../src/local/cli';
import { matchesXlsxBytes } from '../../src/local/matchesXlsx';

const factors = {
  specialty: 2,
  pathway: 1,
  needs: 1.5,
  site: 1,
  format: 1,
  availability: 0.5,
  img_preference: 1,
  seniority: 1,
};

const RESULT: MatchResult = {
  totalScore: 17,
  proposals: [
    {
      mentee: 'zed@example.org',
      mentor: 'ada@nhs.example.org',
      score: 9,
      percent: (9 / 11) * 100,
      factors,
      alternatives: [
        {
          mentor: 'bo@nhs.example.org',
          score: 7.5,
          freePlace: false,
          why: 'Dr Bo Proto is proposed for amy@example.org.',
        },
        { mentor: 'cy@nhs.example.org', score: 6 },
      ],
      confirmed: false,
    },
    {
      mentee: 'amy@example.org',
      mentor: 'bo@nhs.example.org',
      score: 8,
      percent: (8 / 11) * 100,
      factors: { ...factors, specialty: 1, needs: 1 },
      alternatives: [],
      confirmed: true,
    },
  ],
  unmatched: ['kim@example.org'],
  ineligible: [{ email: 'lee@nhs.example.org', role: 'mentor', reason: 'Foundation grade' }],
};

const NAMES = new Map([
  ['zed@example.org', 'Dr Zed Sample'],
  ['ada@nhs.example.org', 'Dr Ada Mock'],
  ['bo@nhs.example.org', 'Dr Bo Proto'],
  ['lee@nhs.example.org', '=HYPERLINK("http://x","y")'],
]);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

const values = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  (sheet.getRow(row).values as unknown[]).slice(1);

describe('matches.xlsx', () => {
  it('lists proposals with names, factor points and alternatives; confirmed pairs last', async () => {
    const workbook = await load(
      await matchesXlsxBytes({ result: RESULT, names: NAMES, config: DEFAULT_CONFIG }),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Proposals',
      'Alternatives',
      'Unmatched',
      'Ineligible',
      'Import issues',
    ]);
    const proposals = sheetOf(workbook, 'Proposals');
    expect(values(proposals, 1)).toEqual([
      'Mentee',
      'Mentee email',
      'Mentor',
      'Mentor email',
      'Score (of 11)',
      'Per cent',
      'Already confirmed',
      'Specialty alignment (of 2)',
      'Career and pathway match (of 2)',
      'Needs match (of 2)',
      'Site compatibility (of 1)',
      'Meeting format (of 1)',
      'Availability (of 1)',
      'IMG mentor preference (of 1)',
      'Seniority (of 1)',
      'Next-best mentors',
    ]);
    expect(values(proposals, 2)).toEqual([
      'Dr Zed Sample',
      'zed@example.org',
      'Dr Ada Mock',
      'ada@nhs.example.org',
      9,
      9 / 11,
      'No',
      2,
      1,
      1.5,
      1,
      1,
      0.5,
      1,
      1,
      'Dr Bo Proto (7.50); cy@nhs.example.org (6.00)',
    ]);
    expect(values(proposals, 3).slice(0, 7)).toEqual([
      undefined,
      'amy@example.org',
      'Dr Bo Proto',
      'bo@nhs.example.org',
      8,
      8 / 11,
      'Yes',
    ]);
    expect(values(proposals, 4).slice(0, 5)).toEqual([
      'Total match score',
      undefined,
      undefined,
      undefined,
      17,
    ]);
    expect(values(sheetOf(workbook, 'Alternatives'), 2).slice(7)).toEqual([
      'No',
      'Dr Bo Proto is proposed for amy@example.org.',
    ]);
    expect(values(sheetOf(workbook, 'Alternatives'), 3)).toEqual([
      'Dr Zed Sample',
      'zed@example.org',
      2,
      undefined,
      'cy@nhs.example.org',
      6,
      3,
    ]);
    expect(values(sheetOf(workbook, 'Unmatched'), 2)).toEqual([undefined, 'kim@example.org']);
    const ineligible = sheetOf(workbook, 'Ineligible');
    // A name that looks like a formula stays text.
    expect(ineligible.getCell('A2').value).toBe('=HYPERLINK("http://x","y")');
    expect(ineligible.getCell('A2').formula).toBeUndefined();
    expect(values(ineligible, 2).slice(1)).toEqual([
      'lee@nhs.example.org',
      'mentor',
      'Foundation grade',
    ]);
  });

  it('gives the same bytes for the same matches', async () => {
    const a = await matchesXlsxBytes({ result: RESULT, names: NAMES });
    await new Promise((done) => setTimeout(done, 2100));
    const b = await matchesXlsxBytes({ result: RESULT, names: NAMES });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('is written by dyad match beside matches.json, with the same proposals', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dyad-matches-'));
    try {
      const io = { stdout: () => undefined, stderr: () => undefined };
      const sample = resolve(__dirname, '../../examples/sample-programme');
      expect(await main(['match', sample, '--out', out], io)).toBe(0);
      const json = JSON.parse(readFileSync(join(out, 'matches.json'), 'utf8')) as {
        proposals: { mentee: string; mentor: string; score: number }[];
      };
      const workbook = await load(new Uint8Array(readFileSync(join(out, 'matches.xlsx'))));
      const sheet = sheetOf(workbook, 'Proposals');
      const rows: string[] = [];
      for (let r = 2; r <= json.proposals.length + 1; r++) {
        rows.push(
          `${sheet.getCell(r, 2).value} ${sheet.getCell(r, 4).value} ${sheet.getCell(r, 5).value}`,
        );
      }
      expect(rows.sort()).toEqual(
        json.proposals.map((p) => `${p.mentee} ${p.mentor} ${p.score}`).sort(),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
