/**
 * The files the page offers for download, made by the same calls the command line makes, so
 * the same input and as-of date give the same files.
 */
import type { CommitteeSummary } from '../core/committeeSummary';
import type { ImportIssue } from '../core/records';
import type { Evaluation, MatchResult } from '../core/results';
import { renderSummaryHtml } from '../local/summaryHtml';
import { buildSummaryWorkbook } from '../local/summaryXlsx';
import { MATCHES_FILE, matchesJson } from '../local/writeMatches';
import { SUMMARY_JSON_FILE, summaryJson } from '../local/writeSummaryJson';

export interface OutputFile {
  name: string;
  /** The MIME type the download is saved with. */
  type: string;
  bytes: Uint8Array;
}

const JSON_TYPE = 'application/json';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HTML_TYPE = 'text/html';

/** JSON as the command line writes it: two-space indent, a final newline, UTF-8. */
function jsonFile(name: string, value: unknown): OutputFile {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  return { name, type: JSON_TYPE, bytes: new TextEncoder().encode(text) };
}

export function matchFiles(result: MatchResult, issues: readonly ImportIssue[]): OutputFile[] {
  return [jsonFile(MATCHES_FILE, matchesJson(result, issues))];
}

export async function evaluationFiles(
  evaluation: Evaluation,
  summary: CommitteeSummary,
): Promise<OutputFile[]> {
  const workbook = await buildSummaryWorkbook(summary);
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  return [
    jsonFile(SUMMARY_JSON_FILE, summaryJson(evaluation)),
    { name: 'summary.xlsx', type: XLSX_TYPE, bytes: xlsx },
    {
      name: 'summary.html',
      type: HTML_TYPE,
      bytes: new TextEncoder().encode(renderSummaryHtml(summary)),
    },
  ];
}
