/**
 * `dyad init <dir|file.xlsx>`: writes the programme workbook (see `programmeWorkbook`) for a
 * Lead who keeps the programme's own sheets in Excel. Never overwrites: the workbook holds the
 * Lead's pairs and escalations once filled in.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { UsageError } from './args';
import { PROGRAMME_WORKBOOK_FILE, programmeWorkbookBytes } from './programmeWorkbook';

export function initTarget(target: string): string {
  return extname(target).toLowerCase() === '.xlsx' ? target : join(target, PROGRAMME_WORKBOOK_FILE);
}

/** Writes the workbook and answers what to tell the Lead. */
export async function runInit(target: string): Promise<string> {
  const path = initTarget(target);
  if (
    await stat(path).then(
      () => true,
      () => false,
    )
  ) {
    throw new UsageError(
      `init: "${path}" already exists; dyad init never overwrites a workbook (give another name or folder)`,
    );
  }
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await programmeWorkbookBytes(), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`init: cannot write "${path}"${code ? ` (${code})` : ''}`);
  }
  return (
    `Wrote ${path}: the programme's own sheets (pairs, escalations, programme) for Excel.\n` +
    'Fill in the pilot dates on the programme sheet, keep the workbook beside the form exports,\n' +
    'and read its "How to fill this" sheet for the rest.\n'
  );
}
