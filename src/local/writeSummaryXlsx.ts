/** Writes summary.xlsx to disk: the bytes come from the browser-safe writer. */
import { writeFile } from 'node:fs/promises';
import type { CommitteeSummary } from '../core/committeeSummary';
import { summaryXlsxBytes } from './summaryXlsx';

export async function writeSummaryXlsx(summary: CommitteeSummary, path: string): Promise<void> {
  await writeFile(path, await summaryXlsxBytes(summary));
}
