import { evaluateProgramme } from '../../src/core/evaluate';
import { emailIdentity, pairIdKey } from '../../src/core/identity';
import { SHEETS } from '../../src/core/instruments';
import { proposeMatches } from '../../src/core/matching';
import { readProgramme } from '../../src/core/readProgramme';
import {
  checkInRow,
  escalationRow,
  menteeRow,
  mentorRow,
  pairRow,
  PILOT,
  programmeRows,
  table,
  tables,
} from './cohort';

describe('one email, one identity', () => {
  it.each([
    ['ann\u200B@nhs.net', 'zero-width space'],
    ['ann@nhs\u200D.net', 'zero-width joiner'],
    ['an\u00ADn@nhs.net', 'soft hyphen'],
    ['ann\u0000@nhs.net', 'NUL'],
    ['\uFEFFann@nhs.net', 'byte order mark'],
    ['\u200Eann@nhs.net\u200F', 'left-to-right mark, right-to-left mark'],
    ['ann@\u202Enhs.net', 'direction override'],
    ['ann@nhs.net\u0007', 'control character U+0007'],
  ])('removes the invisible characters of %j and names them', (raw, names) => {
    expect(emailIdentity(raw)).toEqual({ email: 'ann@nhs.net', removed: names.split(', ') });
  });

  it('folds case, full-width letters, surrounding and inner spaces, and mailto:', () => {
    expect(emailIdentity('  ANN@NHS.NET ').email).toBe('ann@nhs.net');
    expect(emailIdentity('\uFF41nn@nhs.net').email).toBe('ann@nhs.net');
    expect(emailIdentity('ann @ nhs.net').email).toBe('ann@nhs.net');
    expect(emailIdentity('mailto:Ann@nhs.net').email).toBe('ann@nhs.net');
    expect(emailIdentity('ann@nhs.net').removed).toEqual([]);
  });

  it('refuses what is not an email once cleaned', () => {
    expect(emailIdentity('\u200B').email).toBe('');
    expect(emailIdentity('ann at nhs.net').email).toBe('');
  });

  it('compares Pair IDs whatever their case, spaces or invisible characters', () => {
    expect(pairIdKey(' p\u200B01 ')).toBe(pairIdKey('P01'));
    expect(pairIdKey('P01')).not.toBe(pairIdKey('P02'));
  });
});

describe('the same person across every sheet', () => {
  const raw = tables(
    table(SHEETS.menteeApplication, [menteeRow('ann\u200B@nhs.net')]),
    table(SHEETS.mentorApplication, [mentorRow('bo@nhs.net'), mentorRow('cy@nhs.net')]),
    table(SHEETS.pairs, [pairRow('P01', 'Ann@NHS.net ', 'bo@nhs.net\u00AD')]),
    table(SHEETS.checkIn, [
      checkInRow('ann@nhs.net', 1),
      checkInRow('\u200Fann@nhs.net', 2),
      checkInRow('ANN@nhs.net', 3),
    ]),
    table(SHEETS.escalations, [escalationRow('E1', 'p01\u200B')]),
    table(SHEETS.programme, programmeRows(PILOT)),
  );
  const read = readProgramme(raw);

  it('says in an issue, on the sheet and row, which characters were removed', () => {
    const at = (sheet: string, row: number) =>
      read.issues.filter((i) => i.sheet === sheet && i.row === row).map((i) => i.problem);
    expect(at(SHEETS.menteeApplication, 2)).toEqual([
      'Email address — invisible or control character removed (zero-width space); read as "ann@nhs.net"',
    ]);
    expect(at(SHEETS.pairs, 2)).toEqual([
      'Mentor email — invisible or control character removed (soft hyphen); read as "bo@nhs.net"',
    ]);
    expect(at(SHEETS.checkIn, 3)).toEqual([
      'Email address — invisible or control character removed (right-to-left mark); read as "ann@nhs.net"',
    ]);
    expect(at(SHEETS.escalations, 2)).toEqual([
      'Pair ID — invisible or control character removed (zero-width space); read as "p01"',
    ]);
  });

  it('keeps the confirmed pair and all three of its meetings', () => {
    const evaluation = evaluateProgramme(read.records, { asOf: '2026-08-01' });
    expect(evaluation.completion.evaluablePairs).toBe(1);
    expect(evaluation.completion.pairs[0].meetingsHeld).toEqual([1, 2, 3]);
    expect(
      evaluation.importIssues.some((i) => /not the mentee of a confirmed pair/.test(i.problem)),
    ).toBe(false);
  });

  it('never proposes a second mentor to the mentee already paired', () => {
    const result = proposeMatches(read.records);
    expect(result.proposals.map((p) => [p.mentee, p.mentor, p.confirmed])).toEqual([
      ['ann@nhs.net', 'bo@nhs.net', true],
    ]);
    expect(result.unmatched).toEqual([]);
  });
});

describe('a person who applied in both roles', () => {
  it('is never proposed as their own mentor, even when nobody else is free', () => {
    const raw = tables(
      table(SHEETS.menteeApplication, [menteeRow('dee@nhs.net')]),
      table(SHEETS.mentorApplication, [mentorRow('DEE@nhs.net')]),
    );
    const result = proposeMatches(readProgramme(raw).records);
    expect(result.proposals).toEqual([]);
    expect(result.unmatched).toEqual(['dee@nhs.net']);
  });

  it('is never offered as their own alternative', () => {
    const raw = tables(
      table(SHEETS.menteeApplication, [menteeRow('dee@nhs.net'), menteeRow('eve@nhs.net')]),
      table(SHEETS.mentorApplication, [
        mentorRow('dee@nhs.net', { 'How many mentees could you support?': '2' }),
        mentorRow('fay@nhs.net', { 'How many mentees could you support?': '2' }),
      ]),
    );
    const result = proposeMatches(readProgramme(raw).records);
    const dee = result.proposals.find((p) => p.mentee === 'dee@nhs.net');
    expect(dee?.mentor).toBe('fay@nhs.net');
    expect(dee?.alternatives).toEqual([]);
    const eve = result.proposals.find((p) => p.mentee === 'eve@nhs.net');
    expect(eve?.alternatives.map((a) => a.mentor)).toEqual([
      eve?.mentor === 'dee@nhs.net' ? 'fay@nhs.net' : 'dee@nhs.net',
    ]);
  });
});
