/**
 * One run of the engine on the Lead's files: read them, then match or evaluate with the same
 * core calls as the command line, and make the files to download and the words to show.
 * No DOM and no Node API: it runs in the page's worker (and in Node for tests).
 */
import { readProgramme } from '../core/readProgramme';
import type { IsoDate } from '../core/records';
import { sha256Hex } from '../core/sha256';
import { reproduceCommand } from '../core/stamp';
import { INPUT_SHEET, readExports, type ExportRead, type InputFile } from '../files';
import { DEVIATIONS_SHEET, PROTOCOL_SHEET, protocolFromSheets } from '../local/protocolSheets';
import { evaluationRun, matchRun } from '../local/programmeRuns';
import { PROGRAMME_WORKBOOK_FILE, programmeWorkbookBytes } from '../local/programmeWorkbook';
import { evaluationFiles, matchFiles, XLSX_TYPE, type OutputFile } from './outputs';
import { evaluationView, matchView, type RunView } from './view';

export type RunRequest =
  | { kind: 'match'; files: InputFile[] }
  | { kind: 'evaluate'; files: InputFile[]; asOf: IsoDate }
  | { kind: 'init' };

/**
 * The command line's command for the same files: the page cannot know the folders they are in
 * on the Lead's computer, so it names them in words.
 */
const SAME_FILES = '<folder holding the same files>';
const OUTPUT_FOLDER = '<output folder>';

export interface RunResult {
  view: RunView;
  files: OutputFile[];
}

/** Told what the run is doing, in words, as it goes. */
export type Progress = (step: string) => void;

/** Files the run could not use at all, said in words; the run is refused when nothing was read. */
export class NothingRead extends Error {}

function unreadableWords(exported: ExportRead): string[] {
  return exported.unreadable.map((name) => {
    const problem = exported.issues.find((i) => i.sheet === name && i.row === 0)?.problem;
    return `"${name}" ${problem ?? 'cannot be read'}.`;
  });
}

/** The exports read, refused in words when no programme sheet was found in them. */
async function readFiles(files: InputFile[]): Promise<ExportRead> {
  const exported = await readExports(files);
  if (Object.keys(exported.tables).length === 0) {
    const why = exported.issues.find((issue) => issue.sheet === INPUT_SHEET)?.problem;
    const unreadable = unreadableWords(exported);
    throw new NothingRead(
      unreadable.length > 0
        ? unreadable.join(' ')
        : `Nothing was read: ${why ?? 'no programme sheet was found in the files chosen'}.`,
    );
  }
  return exported;
}

/** The programme workbook `dyad init` writes, for a Lead who cannot run the command line. */
async function newProgrammeWorkbook(): Promise<RunResult> {
  const bytes = await programmeWorkbookBytes();
  return {
    view: { kind: 'init' },
    files: [{ name: PROGRAMME_WORKBOOK_FILE, type: XLSX_TYPE, bytes }],
  };
}

export async function runDyad(request: RunRequest, progress: Progress): Promise<RunResult> {
  if (request.kind === 'init') return newProgrammeWorkbook();
  progress(`Reading ${request.files.length} file${request.files.length === 1 ? '' : 's'}…`);
  const exported = await readFiles(request.files);
  const protocol = protocolFromSheets(
    exported.protocolSheets[PROTOCOL_SHEET] ?? null,
    exported.protocolSheets[DEVIATIONS_SHEET] ?? null,
    sha256Hex,
  );
  const read = readProgramme(exported.tables, protocol.config);
  // As the command line does: the files' issues first, then the answers'.
  const issues = [...exported.issues, ...read.issues];
  const notes = { sources: exported.sources, unreadable: unreadableWords(exported) };
  if (request.kind === 'match') {
    progress('Matching mentees with mentors…');
    const { result, names, issues: matchingIssues } = matchRun({ ...read, issues }, protocol);
    // As the command line: matches.json lists every issue, the workbook those matching reads.
    const workbook = { result, names, issues: matchingIssues, config: protocol.config };
    return {
      view: matchView(result, workbook.issues, notes),
      files: await matchFiles(workbook, issues),
    };
  }
  progress('Evaluating the pilot against its thresholds…');
  const { asOf } = request;
  const { evaluation, context, summary } = evaluationRun({
    read: { ...read, issues },
    protocol,
    tables: exported.tables,
    asOf,
    generatedAt: new Date(),
    command: reproduceCommand(SAME_FILES, asOf, OUTPUT_FOLDER),
  });
  progress('Writing summary.json, summary.xlsx and summary.html…');
  return {
    view: evaluationView(summary, evaluation.importIssues, notes),
    files: await evaluationFiles(evaluation, summary, context),
  };
}
