/** Writes `<dir>/matches.xlsx` (see `matchesXlsx`) and answers its path. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MATCHES_XLSX_FILE, matchesXlsxBytes, type MatchesWorkbookInput } from './matchesXlsx';

export async function writeMatchesXlsx(input: MatchesWorkbookInput, dir: string): Promise<string> {
  const path = join(dir, MATCHES_XLSX_FILE);
  await writeFile(path, await matchesXlsxBytes(input));
  return path;
}
