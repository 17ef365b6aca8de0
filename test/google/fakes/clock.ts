/** Time zones for the fakes: Apps Script's formatDate patterns and wall-clock ↔ instant, via Intl. */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallClock(date: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The instant at which the clock in `timeZone` shows these fields. */
export function instantOf(clock: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
  );
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = wallClock(new Date(guess), timeZone);
    const shownUtc = Date.UTC(
      shown.year,
      shown.month - 1,
      shown.day,
      shown.hour,
      shown.minute,
      shown.second,
    );
    guess += asUtc - shownUtc;
  }
  return new Date(guess);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Utilities.formatDate for the patterns Dyad uses: yyyy MM dd HH mm ss and 'quoted' text. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const c = wallClock(date, timeZone);
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss/g, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted;
    switch (token) {
      case 'yyyy':
        return pad(c.year, 4);
      case 'MM':
        return pad(c.month);
      case 'dd':
        return pad(c.day);
      case 'HH':
        return pad(c.hour);
      case 'mm':
        return pad(c.minute);
      default:
        return pad(c.second);
    }
  });
}

/** A date typed the UK way (dd/mm/yyyy, optionally hh:mm[:ss]) read as Sheets reads it. */
export function parseUkDate(text: string, timeZone: string): Date | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  return instantOf(
    {
      year: Number(m[3]),
      month: Number(m[2]),
      day: Number(m[1]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
    },
    timeZone,
  );
}

/** Midnight of an ISO date in the zone. */
export function midnight(iso: string, timeZone: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return instantOf({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}
