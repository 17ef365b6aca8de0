import fc from 'fast-check';
import {
  matchKey,
  readDate,
  readEmail,
  readInstant,
  readNumber,
  readOption,
  readOptions,
  readText,
  readWholeNumber,
  readYesNo,
} from '../../src/core/answers';
import type { Cell } from '../../src/core/records';

const GRADES = ['Foundation (FY1–FY2)', 'Core trainee (CT1–CT3 / ST1–ST2)', 'SAS doctor'];
const SLOTS = ['Weekday mornings', 'Weekday evenings', 'Weekends'];

describe('matchKey', () => {
  it.each([
    ['Email address', 'Email Address'],
    ['  Full   name ', 'Full name'],
    ['Foundation (FY1-FY2)', 'Foundation (FY1–FY2)'],
    ['Foundation (FY1 — FY2)', 'Foundation (FY1–FY2)'],
    ["Don't know", 'Don’t know'],
    ['“Quoted”', '"quoted"'],
    ['Other/multiple sites', 'Other / multiple sites'],
  ])('treats %p and %p alike', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it('still tells different words apart', () => {
    expect(matchKey('Personal goal 1')).not.toBe(matchKey('Personal goal 2'));
  });
});

describe('readEmail', () => {
  it('trims and lower-cases', () => {
    expect(readEmail('  Ann.Okafor@NHS.net ')).toEqual({ value: 'ann.okafor@nhs.net' });
  });

  it('folds spaces inside an address (one person, one identity)', () => {
    expect(readEmail('ann @nhs.net')).toEqual({ value: 'ann@nhs.net' });
  });

  it('removes invisible characters and says so', () => {
    expect(readEmail('ann\u200B@nhs.net')).toEqual({
      value: 'ann@nhs.net',
      note: 'invisible or control character removed (zero-width space)',
    });
  });

  it.each<[Cell]>([['not an email'], ['ann@'], ['@nhs.net'], ['<b>ann@nhs.net</b>'], [42]])(
    'rejects %p',
    (cell) => {
      const parsed = readEmail(cell);
      expect(parsed.value).toBe('');
      expect(parsed.problem).toMatch(/not an email address/);
    },
  );

  it('reports a missing email', () => {
    expect(readEmail(null)).toEqual({ value: '', problem: 'no email address' });
    expect(readEmail('   ').problem).toBe('no email address');
  });
});

describe('readOption', () => {
  it('returns the canonical spelling whatever the case, spacing and dash', () => {
    expect(readOption('  foundation (fy1-fy2) ', GRADES)).toEqual({
      value: 'Foundation (FY1–FY2)',
    });
    expect(readOption('core trainee (ct1 – ct3 / st1 – st2)', GRADES).value).toBe(GRADES[1]);
  });

  it('counts an unknown option as missing, with a problem naming it', () => {
    const parsed = readOption('Registrar', GRADES);
    expect(parsed.value).toBeNull();
    expect(parsed.problem).toBe('"Registrar" is not one of the options');
  });

  it('treats an empty answer as missing without a problem', () => {
    expect(readOption(null, GRADES)).toEqual({ value: null });
    expect(readOption(' ', GRADES)).toEqual({ value: null });
  });
});

describe('readOptions (checkboxes)', () => {
  it('splits on "; " as Google Forms downloads write it', () => {
    expect(readOptions('Weekends;Weekday mornings', SLOTS)).toEqual({
      value: ['Weekends', 'Weekday mornings'],
    });
  });

  it('splits on ", " as the linked response sheet writes it', () => {
    expect(readOptions('weekday evenings, Weekends', SLOTS)).toEqual({
      value: ['Weekday evenings', 'Weekends'],
    });
  });

  it('accepts both separators in one answer and removes duplicates', () => {
    expect(readOptions('Weekends; Weekday mornings, weekends', SLOTS).value).toEqual([
      'Weekends',
      'Weekday mornings',
    ]);
  });

  it('drops unknown parts, keeps the rest and names what it dropped', () => {
    const parsed = readOptions('Weekends; Nights, Bank holidays', SLOTS);
    expect(parsed.value).toEqual(['Weekends']);
    expect(parsed.problem).toContain('"Nights"');
    expect(parsed.problem).toContain('"Bank holidays"');
  });

  it('reads an empty answer as no options', () => {
    expect(readOptions(null, SLOTS)).toEqual({ value: [] });
  });
});

describe('readWholeNumber (scales 1–10)', () => {
  it.each<[Cell, number]>([
    [7, 7],
    ['7', 7],
    [' 7 ', 7],
    ['7.0', 7],
    [1, 1],
    ['10', 10],
  ])('reads %p as %p', (cell, expected) => {
    expect(readWholeNumber(cell, 1, 10)).toEqual({ value: expected });
  });

  it.each<[Cell, RegExp]>([
    [7.5, /not a whole number/],
    ['6.5', /not a whole number/],
    [0, /outside the scale/],
    ['11', /outside the scale/],
    [-3, /outside the scale/],
    ['seven', /not a number/],
    ['=HYPERLINK("http://x","7")', /not a number/],
    ['7/10', /not a number/],
    [true, /not a number/],
    [new Date(Date.UTC(2026, 0, 7)), /not a number/],
  ])('counts %p as missing', (cell, problem) => {
    const parsed = readWholeNumber(cell, 1, 10);
    expect(parsed.value).toBeNull();
    expect(parsed.problem).toMatch(problem);
  });

  it('reads months of experience as a whole number of at least 0', () => {
    expect(readWholeNumber('0', 0).value).toBe(0);
    expect(readWholeNumber('240', 0).value).toBe(240);
    expect(readWholeNumber('-1', 0).problem).toMatch(/at least 0/);
    expect(readWholeNumber('18 months', 0).value).toBeNull();
  });

  it('treats an empty answer as missing without a problem', () => {
    expect(readWholeNumber(null, 1, 10)).toEqual({ value: null });
    expect(readWholeNumber('', 1, 10)).toEqual({ value: null });
  });
});

describe('readNumber', () => {
  it('reads numbers and numeric text', () => {
    expect(readNumber(8.5).value).toBe(8.5);
    expect(readNumber(' 9.25 ').value).toBe(9.25);
    expect(readNumber('high').problem).toMatch(/not a number/);
  });
});

describe('readYesNo', () => {
  it.each<[Cell, boolean]>([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    ['Yes', true],
    [' no ', false],
    ['YES', true],
  ])('reads %p as %p', (cell, expected) => {
    expect(readYesNo(cell)).toEqual({ value: expected });
  });

  it('counts anything else as missing, with a problem', () => {
    expect(readYesNo('Maybe')).toEqual({ value: null, problem: '"Maybe" is neither Yes nor No' });
    expect(readYesNo(1).value).toBeNull();
    expect(readYesNo(null)).toEqual({ value: null });
  });
});

describe('readInstant and readDate', () => {
  const march1at0915 = Date.UTC(2026, 2, 1, 9, 15, 2);

  it.each<[string, Cell, number]>([
    ['UK date and time', '01/03/2026 09:15:02', march1at0915],
    ['UK date and time without seconds', '1/3/2026 9:15', Date.UTC(2026, 2, 1, 9, 15)],
    ['UK date', '01/03/2026', Date.UTC(2026, 2, 1)],
    ['ISO date', '2026-03-01', Date.UTC(2026, 2, 1)],
    ['ISO date and time', '2026-03-01T09:15:02', march1at0915],
    ['Google Forms download, morning', '2026/03/01 9:15:02 AM GMT+1', march1at0915],
    [
      'Google Forms download, evening',
      '2026/03/01 9:15:02 PM GMT',
      Date.UTC(2026, 2, 1, 21, 15, 2),
    ],
    ['Google Forms download, noon', '2026/03/01 12:05:00 PM GMT', Date.UTC(2026, 2, 1, 12, 5)],
    ['Google Forms download, midnight', '2026/03/01 12:05:00 AM GMT', Date.UTC(2026, 2, 1, 0, 5)],
    ['a date cell', new Date(march1at0915), march1at0915],
    ['a serial number', 45658, Date.UTC(2025, 0, 1)],
    ['a serial number with a time', 45658.5, Date.UTC(2025, 0, 1, 12)],
  ])('reads %s', (_style, cell, expected) => {
    expect(readInstant(cell)).toEqual({ value: expected });
  });

  it('reads the zone-stamped and the UK timestamp of one answer as the same wall-clock instant', () => {
    expect(readInstant('2026/06/01 2:30:00 PM GMT+1').value).toBe(
      readInstant('01/06/2026 14:30:00').value,
    );
  });

  it.each<[Cell]>([
    ['31/02/2026'],
    ['13/13/2026'],
    ['2026-02-29'],
    ['00/01/2026'],
    ['01/03/2026 25:00'],
    ['2026/03/01 13:15:02 PM GMT'],
    ['next Tuesday'],
    ['=TODAY()'],
    [true],
    [-5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [new Date(Number.NaN)],
    [new Date(Date.UTC(20000, 0, 1))],
  ])('counts %p as missing, with a problem', (cell) => {
    const parsed = readInstant(cell);
    expect(parsed.value).toBeNull();
    expect(parsed.problem).toBeDefined();
  });

  it('reads dates as calendar days, leaving out the time', () => {
    expect(readDate('15/04/2026 18:45:00').value).toBe('2026-04-15');
    expect(readDate('2024-02-29').value).toBe('2024-02-29');
    expect(readDate(new Date(Date.UTC(2026, 11, 31, 23, 59))).value).toBe('2026-12-31');
    expect(readDate('31/04/2026').problem).toMatch(/not a real date/);
    expect(readDate(null)).toEqual({ value: null, problem: undefined });
  });
});

describe('readText', () => {
  it('keeps formula-looking and HTML answers verbatim, trimmed', () => {
    expect(readText(' =HYPERLINK("http://x","y") ')).toBe('=HYPERLINK("http://x","y")');
    expect(readText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(readText(null)).toBe('');
    expect(readText(12)).toBe('12');
  });
});

describe('every reader, on any cell', () => {
  const anyCell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
  );

  it('returns a value and never throws', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        for (const parsed of [
          readEmail(cell),
          readOption(cell, GRADES),
          readOptions(cell, SLOTS),
          readWholeNumber(cell, 1, 10),
          readYesNo(cell),
          readInstant(cell),
          readDate(cell),
        ]) {
          expect(parsed).toHaveProperty('value');
          if (parsed.problem !== undefined) expect(parsed.problem).not.toMatch(/\n/);
        }
        const instant = readInstant(cell).value;
        if (instant !== null) expect(Number.isFinite(instant)).toBe(true);
        const date = readDate(cell).value;
        if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const scale = readWholeNumber(cell, 1, 10).value;
        if (scale !== null) expect(Number.isInteger(scale) && scale >= 1 && scale <= 10).toBe(true);
      }),
    );
  });

  it('reads any whole number on the scale, as a number or as text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.boolean(), (n, asText) => {
        expect(readWholeNumber(asText ? ` ${n} ` : n, 1, 10)).toEqual({ value: n });
      }),
    );
  });
});
