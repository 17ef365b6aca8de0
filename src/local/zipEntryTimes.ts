/**
 * Fixed modification times for every entry of a zip (an .xlsx): the zip writer stamps each
 * entry with the time of writing, so the same summary would give different bytes on each run.
 * Walks the central directory from its end record, so compressed data is never misread as a
 * header. Pure: no Node API.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const END_RECORD_SIZE = 22;
const CENTRAL_ENTRY_SIZE = 46;

/** MS-DOS time and date words, as zip entries hold them (2-second resolution). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date:
      ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function findEndRecord(view: DataView): number {
  for (let at = view.byteLength - END_RECORD_SIZE; at >= 0; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('not a zip file: no end of central directory record');
}

/** Sets every entry's time in `zip` (changed in place) to `when`, and answers `zip`. */
export function fixZipEntryTimes(zip: Uint8Array, when: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, date } = dosDateTime(when);
  const end = findEndRecord(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY) throw new Error('zip central directory broken');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_ENTRY) throw new Error('zip local header broken');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at +=
      CENTRAL_ENTRY_SIZE +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return zip;
}
