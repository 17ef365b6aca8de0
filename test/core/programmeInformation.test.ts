/**
 * The programme sheet's information rows (the programme's name and trust, the add-on's links to
 * its forms and to the committee's spreadsheet) are read without an issue; a mistyped setting
 * still is one.
 */
import { readProgramme } from '../../src/core/readProgramme';
import type { RawTables } from '../../src/core/records';

function programme(rows: [string, string][]): RawTables {
  return { programme: { sheet: 'programme', header: ['Setting', 'Value'], rows } };
}

const INFORMATION: [string, string][] = [
  ['Programme name', 'Hull IMG mentorship pilot'],
  ['Trust', 'Hull University Teaching Hospitals NHS Trust'],
  ['Committee summary', 'https://docs.google.com/spreadsheets/d/abc/edit'],
  ['Mentee application form', 'https://docs.google.com/forms/d/e/1/viewform'],
  ['Mentor application form', 'https://docs.google.com/forms/d/e/2/viewform'],
  ['Meeting check-in form', 'https://docs.google.com/forms/d/e/3/viewform'],
  ['Mentee feedback form', 'https://docs.google.com/forms/d/e/4/viewform'],
  ['mentor  FEEDBACK form', 'https://docs.google.com/forms/d/e/5/viewform'],
];

it('reads the programme name, trust and the links to Dyad files without an issue', () => {
  const read = readProgramme(programme([['Target pairs', '10'], ...INFORMATION]));
  expect(read.issues).toEqual([]);
  expect(read.records.programme.targetPairs).toBe(10);
});

it('still says a mistyped setting is not one Dyad knows', () => {
  const read = readProgramme(programme([['Pilot end dat', '12/07/2026'], ...INFORMATION]));
  expect(read.issues).toHaveLength(1);
  expect(read.issues[0]).toMatchObject({ sheet: 'programme', row: 2 });
  expect(read.issues[0].problem).toContain('"Pilot end dat" is not a setting Dyad knows');
});
