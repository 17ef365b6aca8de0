/**
 * One run of the engine on the Lead's files: read them, then match or evaluate with the same
 * core calls as the command line, and make the files to download and the words to show.
 * No DOM and no Node API: it runs in the page's worker (and in Node for tests).
 */
import { committeeSummary } from '../core/committeeSummary';
import { evaluateProgramme } from '../core/evaluate';
import { proposeMatches } from '../core/matching';
import { readProgramme } from '../core/readProgramme';
import type { IsoDate } from '../core/records';
import { protocolFromSheets } from '../local/protocolSheets';
import type { InputFile } from './inputFile';
import { evaluationFiles, matchFiles, type OutputFile } from './outputs';
import { readExports } from './readExports';
import { sha256Hex } from './sha256';
import { evaluationView, matchView, type RunView } from './view';

export type RunRequest =
  { kind: 'match'; files: InputFile[] } | { kind: 'evaluate'; files: InputFile[]; asOf: IsoDate };

export interface RunResult {
  view: RunView;
  files: OutputFile[];
}

/** Told what the run is doing, in words, as it goes. */
export type Progress = (step: string) => void;

export async function runDyad(request: RunRequest, progress: Progress): Promise<RunResult> {
  progress(`Reading ${request.files.length} file${request.files.length === 1 ? '' : 's'}…`);
  const exported = await readExports(request.files);
  const protocol = protocolFromSheets(exported.protocol, exported.deviations, sha256Hex);
  const { records, issues } = readProgramme(exported.tables, protocol.config);
  if (request.kind === 'match') {
    progress('Matching mentees with mentors…');
    const result = proposeMatches(records, protocol.config);
    return { view: matchView(result, issues, exported.unused), files: matchFiles(result, issues) };
  }
  progress('Evaluating the pilot against its thresholds…');
  const evaluation = evaluateProgramme(records, {
    asOf: request.asOf,
    config: protocol.config,
    importIssues: issues,
    lock: protocol.lock,
  });
  const summary = committeeSummary(evaluation);
  progress('Writing summary.json, summary.xlsx and summary.html…');
  return {
    view: evaluationView(summary, evaluation.importIssues, exported.unused),
    files: await evaluationFiles(evaluation, summary),
  };
}
