/** The command line's arguments: `dyad match|evaluate <folder|file.xlsx> [--as-of date] --out <dir>`. */
import type { IsoDate } from '../core/records';

export type Command =
  | { kind: 'help' }
  | { kind: 'usage' }
  | { kind: 'match'; input: string; out: string }
  | { kind: 'evaluate'; input: string; out: string; asOf: IsoDate; asOfIsToday: boolean }
  | { kind: 'init'; target: string };

/** A mistake in the arguments: reported in one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  dyad match <folder|file.xlsx> --out <dir>
  dyad evaluate <folder|file.xlsx> [--as-of YYYY-MM-DD] --out <dir>
  dyad init <folder|file.xlsx>
  dyad --help

Input: a folder of exports, CSV files and .xlsx workbooks in any mix (Google Forms downloads,
the programme spreadsheet's sheets, Microsoft Forms' "Open results in Excel" workbooks, the
workbook dyad init writes), or one .xlsx workbook holding the sheets (File → Download →
Microsoft Excel). Each file or sheet is recognised by its question titles, its name being only
a hint (mentee-application, mentor-application, check-in, mentee-feedback, mentor-feedback,
pairs, escalations, programme); a missing sheet means no rows yet, and a file or sheet not
recognised is listed as an import issue. When the export also holds
the add-on's protocol and protocol-deviations sheets, the trust's configuration, its lock and
the deviations are used; otherwise the protocol's defaults, unlocked.

Commands:
  match      propose mentor–mentee matches; writes <dir>/matches.json and, for review
             in Excel, <dir>/matches.xlsx
  evaluate   evaluate the pilot against the pre-specified thresholds; writes
             <dir>/summary.json (for the Lead), <dir>/summary.xlsx and <dir>/summary.html
             (for the committee: aggregates only)
  init       write the programme workbook for Excel (pairs, escalations and programme
             sheets with drop-downs and date cells, and a "How to fill this" sheet) to
             <folder>/programme.xlsx or to the .xlsx file named; never overwrites

Options:
  --out <dir>          folder to write the files into (created if missing); required
  --as-of YYYY-MM-DD   the date the evaluation is made at; defaults to today. Before the
                       pilot end date the decision is provisional.
  -h, --help           show this text

Exit codes: 0 done (import issues, if any, are listed and written to the JSON file);
2 a missing argument, a bad date, or an input path that is missing or unreadable;
1 an unexpected failure.
`;

const COMMANDS = ['match', 'evaluate', 'init'] as const;

/** Is `text` a real calendar date written yyyy-mm-dd? */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Today in the machine's own time zone, yyyy-mm-dd. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Scanned {
  positionals: string[];
  options: Map<string, string>;
}

const VALUE_OPTIONS = ['--out', '--as-of'];

function scan(argv: readonly string[]): Scanned {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.includes(name))
      throw new UsageError(`unknown option ${name} (see dyad --help)`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      throw new UsageError(`${name} needs a value (see dyad --help)`);
    }
    if (options.has(name)) throw new UsageError(`${name} given twice`);
    options.set(name, value);
  }
  return { positionals, options };
}

export function parseArgs(
  argv: readonly string[],
  today: () => IsoDate = () => localToday(),
): Command {
  if (argv.length === 0) return { kind: 'usage' };
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const { positionals, options } = scan(argv);
  const [command, input, ...extra] = positionals;
  if (command === undefined)
    throw new UsageError('missing command: match, evaluate or init (see dyad --help)');
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `unknown command "${command}": use match, evaluate or init (see dyad --help)`,
    );
  }
  if (input === undefined) throw new UsageError(`${command}: missing input <folder|file.xlsx>`);
  if (extra.length > 0) throw new UsageError(`${command}: unexpected argument "${extra[0]}"`);
  if (command === 'init') {
    if (options.size > 0) throw new UsageError('init: takes no options (see dyad --help)');
    return { kind: 'init', target: input };
  }
  const out = options.get('--out');
  if (out === undefined) throw new UsageError(`${command}: missing --out <dir>`);
  const asOf = options.get('--as-of');
  if (command === 'match') {
    if (asOf !== undefined) throw new UsageError('match: --as-of applies to evaluate only');
    return { kind: 'match', input, out };
  }
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw new UsageError(`evaluate: --as-of "${asOf}" is not a date written YYYY-MM-DD`);
  }
  return { kind: 'evaluate', input, out, asOf: asOf ?? today(), asOfIsToday: asOf === undefined };
}
