/**
 * The local command line (protocol section 11): match and evaluate a programme exported from
 * the programme spreadsheet, and write the JSON, XLSX and HTML files.
 * Exit codes: 0 done (import issues included), 2 bad arguments or unreadable input, 1 unexpected.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MatchingLimitError } from '../core/matching';
import { ProtocolConfigError } from '../core/protocolConfig';
import { readProgramme } from '../core/readProgramme';
import type { RawTables, ReadResult } from '../core/records';
import { reproduceCommand } from '../core/stamp';
import type { ExportRead } from '../files';
import { USAGE, UsageError, parseArgs, type Command } from './args';
import type { ProtocolInForce } from './protocolSheets';
import { protocolFromExport } from './readProtocol';
import { nothingReadWarning, readExportsFromPath } from './readTables';
import { oneLine } from './errorMessage';
import { checkInput, PathError, prepareOutput } from './pathChecks';
import { safeForTerminal } from './terminalText';
import { renderSummaryHtml } from './summaryHtml';
import { writeSummaryXlsx } from './writeSummaryXlsx';
import { formatEvaluationReport, formatMatchReport, formatProtocolLine } from './terminalReport';
import { runInit } from './init';
import { writeMatches } from './writeMatches';
import { writeMatchesXlsx } from './writeMatchesXlsx';
import { writeSummaryJson } from './writeSummaryJson';
import { evaluationRun, matchRun, type MatchRun } from './programmeRuns';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXIT = { ok: 0, unexpected: 1, usage: 2 } as const;

export const SUMMARY_HTML_FILE = 'summary.html';
export const SUMMARY_XLSX_FILE = 'summary.xlsx';

/** A failure the user can fix (a path, a folder, the configuration): one line each, exit code 2. */
class InputError extends Error {
  readonly lines: string[];

  constructor(lines: string[] | string) {
    const list = typeof lines === 'string' ? [lines] : lines;
    super(list.join('; '));
    this.lines = list;
  }
}

/** The programme and the protocol in force, read from the export at `input`. */
interface Input {
  read: ReadResult;
  protocol: ProtocolInForce;
  tables: RawTables;
  /** Said first when nothing in the input was read as a programme sheet. */
  warning: string;
}

async function readInput(input: string): Promise<Input> {
  let exportRead: ExportRead;
  let protocol: ProtocolInForce;
  try {
    exportRead = await readExportsFromPath(input);
    protocol = protocolFromExport(exportRead);
  } catch (error) {
    if (error instanceof ProtocolConfigError)
      throw new InputError(error.problems.map((problem) => oneLine(problem)));
    throw new InputError(oneLine(error));
  }
  const read = readProgramme(exportRead.tables, protocol.config);
  const issues = [...exportRead.issues, ...read.issues];
  const nothingRead = nothingReadWarning(exportRead);
  return {
    read: { ...read, issues },
    protocol,
    warning: nothingRead ? `${nothingRead}\n` : '',
    tables: exportRead.tables,
  };
}

/** Runs a file-system step, turning its failure into a one-line message about `path`. */
async function onDisk<T>(path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write to "${path}"${code ? ` (${code})` : ''}: ${oneLine(error)}`);
  }
}

function matchesOf(read: ReadResult, protocol: ProtocolInForce): MatchRun {
  try {
    return matchRun(read, protocol);
  } catch (error) {
    if (error instanceof MatchingLimitError) throw new InputError(oneLine(error));
    throw error;
  }
}

async function runMatch(
  command: Extract<Command, { kind: 'match' }>,
  { read, protocol, warning }: Input,
  io: CliIo,
): Promise<void> {
  const { input, out } = command;
  const { result, names, issues } = matchesOf(read, protocol);
  const written = await onDisk(out, () => writeMatches(result, read.issues, out));
  const config = protocol.config;
  const xlsx = await onDisk(out, () => writeMatchesXlsx({ result, names, issues, config }, out));
  io.stdout(
    `${warning}Dyad match: ${input}\n${formatProtocolLine(protocol)}\n\n` +
      formatMatchReport(result, read.issues, written, protocol.config, names) +
      `For review in Excel: ${xlsx}\n`,
  );
}

async function runEvaluate(
  command: Extract<Command, { kind: 'evaluate' }>,
  { read, protocol, tables, warning }: Input,
  io: CliIo,
): Promise<void> {
  const { input, out, asOf } = command;
  const { evaluation, context, summary } = evaluationRun({
    read,
    protocol,
    tables,
    asOf,
    generatedAt: new Date(),
    command: reproduceCommand(input, asOf, out),
  });
  const jsonPath = await onDisk(out, () => writeSummaryJson(evaluation, out, context));
  const xlsxPath = join(out, SUMMARY_XLSX_FILE);
  await onDisk(out, () => writeSummaryXlsx(summary, xlsxPath));
  const htmlPath = join(out, SUMMARY_HTML_FILE);
  await onDisk(out, () => writeFile(htmlPath, renderSummaryHtml(summary), 'utf8'));
  const asOfNote = command.asOfIsToday ? ' (today; pass --as-of to choose the date)' : '';
  io.stdout(
    `${warning}Dyad evaluate: ${input}, as of ${asOf}${asOfNote}\n${formatProtocolLine(protocol)}\n\n` +
      formatEvaluationReport(
        evaluation,
        jsonPath,
        [jsonPath, xlsxPath, htmlPath],
        context.explanation,
      ),
  );
}

const OUTPUT_FILES = {
  match: ['matches.json', 'matches.xlsx'],
  evaluate: ['summary.json', SUMMARY_XLSX_FILE, SUMMARY_HTML_FILE],
} as const;

/** Refuses at once an input that is not a file or folder, or an output that cannot be made. */
async function checkPath(check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof PathError) throw new InputError(oneLine(error));
    throw error;
  }
}

async function run(command: Command, io: CliIo): Promise<number> {
  if (command.kind === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (command.kind === 'usage') {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  if (command.kind === 'init') {
    io.stdout(await runInit(command.target));
    return EXIT.ok;
  }
  await checkPath(() => checkInput(command.input));
  const input = await readInput(command.input);
  await checkPath(() => prepareOutput(command.out, OUTPUT_FILES[command.kind]));
  if (command.kind === 'match') await runMatch(command, input, io);
  else await runEvaluate(command, input, io);
  return EXIT.ok;
}

/** Runs the command line; never throws, answers the exit code. */
export async function main(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Everything printed goes through one step that keeps the data's control characters off the terminal.
  const io: CliIo = {
    stdout: (text) => terminal.stdout(safeForTerminal(text)),
    stderr: (text) => terminal.stderr(safeForTerminal(text)),
  };
  try {
    return await run(parseArgs(argv), io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(error.lines.map((line) => `dyad: ${line}\n`).join(''));
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`dyad: ${oneLine(error)}\n`);
      return EXIT.usage;
    }
    io.stderr(`dyad: unexpected failure: ${oneLine(error)}\n`);
    return EXIT.unexpected;
  }
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A failure outside `main` (an error event of a library's stream): still one line, never a trace. */
function failUnexpectedly(error: unknown): void {
  process.stderr.write(safeForTerminal(`dyad: unexpected failure: ${oneLine(error)}\n`));
  process.exit(EXIT.unexpected);
}

if (require.main === module) {
  process.on('uncaughtException', failUnexpectedly);
  process.on('unhandledRejection', failUnexpectedly);
  void main(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
