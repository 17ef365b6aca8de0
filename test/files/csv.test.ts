import { parseCsv } from '../../src/files/csv';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, CRLF and a line break inside an answer', () => {
    const { rows, problems } = parseCsv(
      '\uFEFFEmail address,Full name,Personal goal 1\r\n' +
        'ann@nhs.net,"Okafor, Ann","Pass ""MRCP""\r\npart 2"\r\n' +
        'bo@nhs.net,,7\r\n',
    );
    expect(rows).toEqual([
      ['Email address', 'Full name', 'Personal goal 1'],
      ['ann@nhs.net', 'Okafor, Ann', 'Pass "MRCP"\r\npart 2'],
      ['bo@nhs.net', null, '7'],
    ]);
    expect(problems).toEqual([]);
  });

  it('keeps a quote inside an unquoted answer as text', () => {
    expect(parseCsv('a,b\nsaid "hi",x\n').rows).toEqual([
      ['a', 'b'],
      ['said "hi"', 'x'],
    ]);
  });

  it('reads an unclosed quote on the last line as that line alone, one problem, the rest kept', () => {
    const { rows, problems } = parseCsv(
      'Email address,Grade,What worked well?\nann@nhs.net,SAS doctor,fine\nbo@nhs.net,Consultant,"never closed\n',
    );
    expect(rows).toEqual([
      ['Email address', 'Grade', 'What worked well?'],
      ['ann@nhs.net', 'SAS doctor', 'fine'],
      ['bo@nhs.net', 'Consultant'],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 3, line: 3 });
    expect(problems[0].problem).toMatch(
      /^line 3: a quote opened in "What worked well\?" is not closed/,
    );
  });

  it('does not let an unclosed quote mid-file swallow the next rows', () => {
    const { rows, problems } = parseCsv(
      'Email address,Goal,Score\n' +
        'ann@nhs.net,"Plan A, then B,7\n' +
        'bo@nhs.net,Pass exam,8\n' +
        'cy@nhs.net,"Learn, teach",9\n',
    );
    expect(rows).toEqual([
      ['Email address', 'Goal', 'Score'],
      ['ann@nhs.net'],
      ['bo@nhs.net', 'Pass exam', '8'],
      ['cy@nhs.net', 'Learn, teach', '9'],
    ]);
    expect(problems.map((p) => [p.row, p.line])).toEqual([[2, 2]]);
  });

  it('catches a quote that closes lines later into a row of the wrong width', () => {
    // The quote opened on line 2 closes on line 3 ("x"), making one record of 4 columns.
    const { rows, problems } = parseCsv('a,b,c\n1,"two,3\n4,5x",6,7\n8,9,10\n');
    expect(rows).toEqual([['a', 'b', 'c'], ['1'], ['4', '5x"', '6', '7'], ['8', '9', '10']]);
    expect(problems.map((p) => p.line)).toEqual([2]);
  });

  it('catches a quoted answer that holds a line looking like a record, even at the right width', () => {
    const text =
      'Timestamp,Email address,Goal,Score\n' +
      '01/03/2026,ann@nhs.net,"open\n02/03/2026,bo@nhs.net,Pass exam,8\n03/03/2026,cy@nhs.net,x",9\n';
    const { rows, problems } = parseCsv(text);
    expect(rows.slice(1, 3)).toEqual([
      ['01/03/2026', 'ann@nhs.net'],
      ['02/03/2026', 'bo@nhs.net', 'Pass exam', '8'],
    ]);
    expect(problems.map((p) => p.line)).toEqual([2]);
  });

  it('reads an empty text as no rows', () => {
    expect(parseCsv('')).toEqual({ rows: [], problems: [] });
  });
});
