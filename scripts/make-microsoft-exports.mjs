// The same programme as scripts/make-examples.mjs writes, as a Trust on Microsoft 365 has it:
// one "Open results in Excel" workbook per Microsoft Form (docs/microsoft-forms.md) and the
// Lead's own sheets in one programme workbook.
//
//   node scripts/make-microsoft-exports.mjs
//       writes examples/microsoft-sample/ from the shipped sample programme.
//   node scripts/make-microsoft-exports.mjs --mentees 200 --mentors 120 --pairs 150 --out DIR [--seed 7]
//       writes a synthetic cohort (the same one make-examples.mjs writes for those options).
//   Options: --one-workbook (every form's sheet in one workbook, responses.xlsx),
//            --last-modified check-in,mentor-feedback (forms whose export has "Last modified time";
//            default: check-in), --anonymous mentor-feedback (a form that did not record emails).
//
// Deterministic: the same options write the same bytes (fixed workbook and zip entry times).
// Every name and email is fictional.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { HEADERS, fixZipEntryDates, samplePilot, syntheticCohort } from './make-examples.mjs';

export const FORMS = [
  'mentee-application',
  'mentor-application',
  'check-in',
  'mentee-feedback',
  'mentor-feedback',
];
export const LEAD_SHEETS = ['pairs', 'escalations', 'programme'];

/** File names as Microsoft Forms gives them: the form's title, not the sheet's name. */
export const FORM_FILES = {
  'mentee-application': 'Mentorship programme - apply for a mentor.xlsx',
  'mentor-application': 'Mentorship programme - offer to mentor.xlsx',
  'check-in': 'Mentorship meeting check-in.xlsx',
  'mentee-feedback': 'End of pilot feedback (mentees).xlsx',
  'mentor-feedback': 'End of pilot feedback (mentors).xlsx',
};
export const PROGRAMME_FILE = 'programme.xlsx';

const MULTIPLE_CHOICE = [
  'What would you most like support with?',
  'When are you usually available?',
  'Which career pathways can you advise on?',
  'Which areas can you support?',
];

const FIXED_TIME = new Date('2026-01-01T00:00:00Z');
const TIME_FORMAT = 'm/d/yy h:mm:ss';
const DATE_FORMAT = 'dd/mm/yyyy';

const isMarker = (cell, key) => typeof cell === 'object' && cell !== null && key in cell;

function dateCell(cell) {
  if (isMarker(cell, 'stamp')) return { value: new Date(`${cell.stamp}Z`), numFmt: TIME_FORMAT };
  if (isMarker(cell, 'date'))
    return { value: new Date(`${cell.date}T00:00:00Z`), numFmt: DATE_FORMAT };
  return null;
}

/** "A, B" as Microsoft Forms writes a multiple-choice answer: "A;B;". */
function choices(text) {
  const parts = String(text)
    .split(', ')
    .filter((part) => part !== '');
  return parts.length === 0 ? '' : `${parts.join(';')};`;
}

function namesByEmail(tables) {
  const names = new Map();
  for (const sheet of ['mentee-application', 'mentor-application']) {
    for (const row of tables[sheet]) names.set(row[1], row[2]);
  }
  return names;
}

/**
 * One form's export: ID, Start time, Completion time, Email, Name (and Last modified time),
 * then the questions, one response a row in the cohort's order (so row numbers match the
 * Google-style export's).
 */
export function microsoftRows(sheet, tables, { lastModified = false, anonymous = false } = {}) {
  const [, , ...questions] = HEADERS[sheet];
  const names = namesByEmail(tables);
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name'];
  if (lastModified) header.push('Last modified time');
  const rows = tables[sheet].map((row, k) => {
    const completed = new Date(`${row[0].stamp}Z`);
    const started = new Date(completed.getTime() - (60 + ((k * 37) % 600)) * 1000);
    const answers = row.slice(2).map((cell, q) => {
      if (cell === '' || cell === null || cell === undefined) return null;
      if (MULTIPLE_CHOICE.includes(questions[q])) return choices(cell);
      return cell;
    });
    const who = anonymous ? ['anonymous', null] : [row[1], names.get(row[1]) ?? null];
    const cells = [
      k + 1,
      { value: started, numFmt: TIME_FORMAT },
      { value: completed, numFmt: TIME_FORMAT },
      ...who,
    ];
    if (lastModified) cells.push(k % 4 === 1 ? { value: completed, numFmt: TIME_FORMAT } : null);
    return [...cells, ...answers];
  });
  return [[...header, ...questions], ...rows];
}

function addSheet(workbook, name, rows) {
  const worksheet = workbook.addWorksheet(name);
  rows.forEach((row, r) => {
    const added = worksheet.getRow(r + 1);
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined || cell === '') return;
      const target = added.getCell(c + 1);
      const typed = isMarker(cell, 'value') ? cell : (dateCell(cell) ?? { value: cell });
      target.value = typed.value;
      if (typed.numFmt) target.numFmt = typed.numFmt;
    });
  });
}

function newWorkbook() {
  fixZipEntryDates();
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = FIXED_TIME;
  return workbook;
}

/** Writes the export folder; answers the files written. */
export async function writeMicrosoftExports(dir, tables, options = {}) {
  const lastModified = options.lastModified ?? ['check-in'];
  const anonymous = options.anonymous ?? [];
  await mkdir(dir, { recursive: true });
  const written = [];
  const formRows = (sheet) =>
    microsoftRows(sheet, tables, {
      lastModified: lastModified.includes(sheet),
      anonymous: anonymous.includes(sheet),
    });
  if (options.oneWorkbook) {
    const workbook = newWorkbook();
    FORMS.forEach((sheet, i) => addSheet(workbook, `Form${i + 1}`, formRows(sheet)));
    await workbook.xlsx.writeFile(join(dir, 'responses.xlsx'));
    written.push('responses.xlsx');
  } else {
    for (const sheet of FORMS) {
      const workbook = newWorkbook();
      addSheet(workbook, 'Sheet1', formRows(sheet));
      await workbook.xlsx.writeFile(join(dir, FORM_FILES[sheet]));
      written.push(FORM_FILES[sheet]);
    }
  }
  const programme = newWorkbook();
  for (const sheet of LEAD_SHEETS) addSheet(programme, sheet, [HEADERS[sheet], ...tables[sheet]]);
  await programme.xlsx.writeFile(join(dir, PROGRAMME_FILE));
  written.push(PROGRAMME_FILE);
  return written;
}

function parseOptions(argv) {
  const options = { out: 'examples/microsoft-sample' };
  const list = (value) => (value ?? '').split(',').filter((s) => s !== '');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--one-workbook') options.oneWorkbook = true;
    else if (arg === '--last-modified') options.lastModified = list(argv[++i]);
    else if (arg === '--anonymous') options.anonymous = list(argv[++i]);
    else if (arg === '--out') options.out = argv[++i];
    else if (['--mentees', '--mentors', '--pairs', '--seed'].includes(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number`);
      options[arg.slice(2)] = value;
    } else throw new Error(`unknown option ${arg}`);
  }
  for (const sheet of [...(options.lastModified ?? []), ...(options.anonymous ?? [])]) {
    if (!FORMS.includes(sheet)) throw new Error(`"${sheet}" is not a form: ${FORMS.join(', ')}`);
  }
  return options;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  let tables;
  if (['mentees', 'mentors', 'pairs'].some((key) => key in options)) {
    const mentees = options.mentees ?? 100;
    const mentors = options.mentors ?? Math.ceil(mentees * 0.6);
    const pairs = options.pairs ?? Math.min(mentees, mentors * 2);
    tables = syntheticCohort({ mentees, mentors, pairs, seed: options.seed ?? 1 });
  } else {
    tables = samplePilot();
  }
  const written = await writeMicrosoftExports(options.out, tables, options);
  console.log(`Wrote ${written.length} workbooks to ${options.out}: ${written.join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`make-microsoft-exports: ${error.message}`);
    process.exitCode = 2;
  });
}
