/**
 * Answers are stored as text, never as formulas. The fake models how Sheets parses what a
 * script writes (as if typed): the test shows that a plain-text format alone would not be
 * enough for "=…", "+…", "-…", "@…", and that protectText is.
 */
import { protectText, unprotectText } from '../../src/google/platform/sheetIo';
import { GoogleFakes } from './fakes';
import { DIST } from './support/build';

const DANGEROUS = ['=HYPERLINK("http://x.example","y")', '+cmd', '-1+1', '@x', "'quoted", '=1+1'];
const HARMLESS = ['007', '12/03/2025', 'TRUE', 'plain words'];

function freshSheet() {
  const fakes = new GoogleFakes({ user: 'lead@nhs.example', htmlDir: DIST });
  return fakes.spreadsheet.sheets[0];
}

test('a plain-text format alone lets formula-looking text become a formula', () => {
  const sheet = freshSheet();
  const range = sheet.getRange(1, 1, 1, 4);
  range.setNumberFormat('@');
  range.setValues([DANGEROUS.slice(0, 4)]);
  expect(sheet._allFormulas()).toHaveLength(4);
});

test('protected text in plain-text cells is stored exactly as answered', () => {
  const sheet = freshSheet();
  const all = [...DANGEROUS, ...HARMLESS, '-5'];
  const range = sheet.getRange(1, 1, 1, all.length);
  range.setNumberFormat('@');
  range.setValues([all.map(protectText)]);
  expect(sheet._allFormulas()).toEqual([]);
  expect(range.getValues()[0]).toEqual(all);
  expect(range.getValues()[0].map((v) => unprotectText(String(v)))).toEqual(all);
});

test('without the plain-text format, number- and date-looking answers would be converted', () => {
  const sheet = freshSheet();
  const range = sheet.getRange(1, 1, 1, 3);
  range.setValues([['007', '12/03/2025', 'TRUE']]);
  const [zeroSeven, date, flag] = range.getValues()[0];
  expect(zeroSeven).toBe(7);
  expect(date).toBeInstanceOf(Date);
  expect(flag).toBe(true);
});

test('protectText only touches text that Sheets would parse', () => {
  for (const text of HARMLESS) expect(protectText(text)).toBe(text);
  for (const text of DANGEROUS) expect(protectText(text)).toBe(`'${text}`);
});
