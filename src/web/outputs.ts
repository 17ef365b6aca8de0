/**
 * The files the page offers for download, made by the same writers as the command line's, so
 * the same input and as-of date give the same files.
 */
import type { CommitteeSummary, SummaryContext } from '../core/committeeSummary';
import type { ImportIssue } from '../core/records';
import type { Evaluation } from '../core/results';
import {
  MATCHES_XLSX_FILE,
  matchesXlsxBytes,
  type MatchesWorkbookInput,
} from '../local/matchesXlsx';
import { renderSummaryHtml } from '../local/summaryHtml';
import { summaryXlsxBytes } from '../local/summaryXlsx';
import { MATCHES_FILE, matchesJson } from '../local/writeMatches';
import { SUMMARY_JSON_FILE, summaryJsonText } from '../local/writeSummaryJson';

export interface OutputFile {
  name: string;
  /** The MIME type the download is saved with. */
  type: string;
  bytes: Uint8Array;
}

const JSON_TYPE = 'application/json';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HTML_TYPE = 'text/html';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export async function matchFiles(
  workbook: MatchesWorkbookInput,
  issues: readonly ImportIssue[],
): Promise<OutputFile[]> {
  // As the command line writes matches.json: two-space indent and a final newline.
  const text = `${JSON.stringify(matchesJson(workbook.result, issues), null, 2)}\n`;
  return [
    { name: MATCHES_FILE, type: JSON_TYPE, bytes: utf8(text) },
    { name: MATCHES_XLSX_FILE, type: XLSX_TYPE, bytes: await matchesXlsxBytes(workbook) },
  ];
}

export async function evaluationFiles(
  evaluation: Evaluation,
  summary: CommitteeSummary,
  context: SummaryContext,
): Promise<OutputFile[]> {
  return [
    { name: SUMMARY_JSON_FILE, type: JSON_TYPE, bytes: utf8(summaryJsonText(evaluation, context)) },
    { name: 'summary.xlsx', type: XLSX_TYPE, bytes: await summaryXlsxBytes(summary) },
    { name: 'summary.html', type: HTML_TYPE, bytes: utf8(renderSummaryHtml(summary)) },
  ];
}
