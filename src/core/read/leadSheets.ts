/** The Lead's own sheets: pairs, escalations and programme settings (protocol 3.6). */
import type { ProtocolConfig } from '../config';
import { isBlank, matchKey, quote, readEmail, readWholeNumber } from '../answers';
import {
  ESCALATION_STATUSES,
  ESCALATIONS,
  PAIR_STATUSES,
  PAIRS,
  PROGRAMME_COLUMNS,
  PROGRAMME_INFORMATION_ROWS,
  PROGRAMME_SETTINGS as SETTINGS,
  SHEETS,
} from '../instruments';
import type {
  EscalationRecord,
  ImportIssue,
  PairRecord,
  ProgrammeRowUse,
  ProgrammeSettings,
  RawTables,
} from '../records';
import { sheetRows, type RowReader } from './sheetReader';

/** A TRUE/FALSE checkbox: only a readable "true" confirms; empty or unreadable is false. */
function checkbox(reader: RowReader, title: string): boolean {
  return reader.yesNo(title) === true;
}

export function readPairs(tables: RawTables, issues: ImportIssue[]): PairRecord[] {
  const sheet = SHEETS.pairs;
  return sheetRows(tables[sheet], sheet, Object.values(PAIRS), issues).map((reader) => ({
    row: reader.row,
    pairId: reader.pairId(PAIRS.pairId),
    menteeEmail: reader.email(PAIRS.menteeEmail),
    mentorEmail: reader.email(PAIRS.mentorEmail),
    matchScore: reader.number(PAIRS.matchScore),
    confirmedByLead: checkbox(reader, PAIRS.confirmedByLead),
    confirmedByTutor: checkbox(reader, PAIRS.confirmedByTutor),
    rationale: reader.text(PAIRS.rationale),
    status: reader.option(PAIRS.status, PAIR_STATUSES),
    withdrawalDate: reader.date(PAIRS.withdrawalDate),
    withdrawalReason: reader.text(PAIRS.withdrawalReason),
    beyondControl: reader.yesNo(PAIRS.beyondControl),
  }));
}

export function readEscalations(tables: RawTables, issues: ImportIssue[]): EscalationRecord[] {
  const sheet = SHEETS.escalations;
  return sheetRows(tables[sheet], sheet, Object.values(ESCALATIONS), issues).map((reader) => ({
    row: reader.row,
    id: reader.text(ESCALATIONS.id),
    raisedOn: reader.date(ESCALATIONS.raisedOn),
    pairId: reader.pairId(ESCALATIONS.pairId),
    source: reader.text(ESCALATIONS.source),
    status: reader.option(ESCALATIONS.status, ESCALATION_STATUSES),
    resolvedOn: reader.date(ESCALATIONS.resolvedOn),
    channel: reader.text(ESCALATIONS.channel),
    action: reader.text(ESCALATIONS.action),
  }));
}

function defaultSettings(config: ProtocolConfig): ProgrammeSettings {
  return {
    targetPairs: config.defaultTargetPairs,
    pilotStart: null,
    pilotEnd: null,
    adminBurdenEscalated: null,
    committeeDecision: '',
    committeeDecisionDate: null,
    leads: [],
    tutor: '',
    committeeMembers: [],
  };
}

/** Several emails in one cell, joined by `,` or `;`; unreadable ones are issues and left out. */
function emailList(reader: RowReader, setting: string): string[] {
  const parts = reader
    .text(PROGRAMME_COLUMNS.value)
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const emails: string[] = [];
  for (const part of parts) {
    const parsed = readEmail(part);
    if (parsed.problem !== undefined) reader.reportAnswer(setting, `${parsed.problem}; left out`);
    else if (parsed.note !== undefined)
      reader.reportAnswer(setting, `${parsed.note}; read as "${parsed.value}"`);
    if (parsed.problem !== undefined) continue;
    if (!emails.includes(parsed.value)) emails.push(parsed.value);
  }
  return emails;
}

function targetPairs(reader: RowReader, config: ProtocolConfig): number {
  const cell = reader.cell(PROGRAMME_COLUMNS.value);
  if (isBlank(cell)) return config.defaultTargetPairs;
  const parsed = readWholeNumber(cell, 1);
  if (parsed.value !== null) return parsed.value;
  reader.reportAnswer(
    SETTINGS.targetPairs,
    `${quote(cell)} is not a whole number of pairs; ${config.defaultTargetPairs} used`,
  );
  return config.defaultTargetPairs;
}

type SettingReader = (
  reader: RowReader,
  settings: ProgrammeSettings,
  config: ProtocolConfig,
) => void;

const VALUE = PROGRAMME_COLUMNS.value;

const SETTING_READERS: Record<string, SettingReader> = {
  [SETTINGS.targetPairs]: (r, s, c) => (s.targetPairs = targetPairs(r, c)),
  [SETTINGS.pilotStart]: (r, s) => (s.pilotStart = r.date(VALUE)),
  [SETTINGS.pilotEnd]: (r, s) => (s.pilotEnd = r.date(VALUE)),
  [SETTINGS.adminBurdenEscalated]: (r, s) => (s.adminBurdenEscalated = r.yesNo(VALUE)),
  [SETTINGS.committeeDecision]: (r, s) => (s.committeeDecision = r.text(VALUE)),
  [SETTINGS.committeeDecisionDate]: (r, s) => (s.committeeDecisionDate = r.date(VALUE)),
  [SETTINGS.leads]: (r, s) => (s.leads = emailList(r, SETTINGS.leads)),
  [SETTINGS.tutor]: (r, s) => (s.tutor = r.optionalEmail(VALUE)),
  [SETTINGS.committeeMembers]: (r, s) =>
    (s.committeeMembers = emailList(r, SETTINGS.committeeMembers)),
};

const SETTING_BY_KEY = new Map(
  Object.entries(SETTING_READERS).map(([name, read]) => [matchKey(name), { name, read }]),
);

const INFORMATION_KEYS = new Set(Object.values(PROGRAMME_INFORMATION_ROWS).map(matchKey));

const KNOWN_SETTINGS = Object.values(SETTINGS)
  .map((name) => `"${name}"`)
  .join(', ');

/**
 * The programme settings. A setting written twice takes the lower row's value; an unknown
 * setting is ignored; both with an issue, so the Lead can tidy the sheet. `uses` receives what
 * became of every row.
 */
export function readProgrammeSettings(
  tables: RawTables,
  config: ProtocolConfig,
  issues: ImportIssue[],
  uses: ProgrammeRowUse[] = [],
): ProgrammeSettings {
  const sheet = SHEETS.programme;
  const settings = defaultSettings(config);
  const seen = new Map<string, ProgrammeRowUse>();
  const rows = sheetRows(tables[sheet], sheet, Object.values(PROGRAMME_COLUMNS), issues);
  for (const reader of rows) {
    const name = reader.text(PROGRAMME_COLUMNS.setting);
    const setting = SETTING_BY_KEY.get(matchKey(name));
    const use: ProgrammeRowUse = { row: reader.row, reason: '' };
    uses.push(use);
    if (setting === undefined && INFORMATION_KEYS.has(matchKey(name))) {
      use.reason = `"${name}" names the programme or links a file: information, not a setting`;
      continue;
    }
    if (setting === undefined) {
      use.reason =
        name === '' ? 'no setting name: ignored' : `"${name}" is not a setting Dyad knows: ignored`;
      reader.report(
        name === ''
          ? 'a value without a setting name; ignored'
          : `"${name}" is not a setting Dyad knows, so it is ignored (the settings are ${KNOWN_SETTINGS})`,
      );
      continue;
    }
    const earlier = seen.get(setting.name);
    if (earlier !== undefined) {
      reader.report(`"${setting.name}" is set again; this row replaces row ${earlier.row}`);
      earlier.reason = `"${setting.name}" is set again in row ${reader.row}, which replaces this row`;
    }
    use.setting = setting.name;
    seen.set(setting.name, use);
    setting.read(reader, settings, config);
  }
  return settings;
}
