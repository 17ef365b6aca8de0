/** A text file's bytes as text: UTF-8 (with or without its mark), UTF-16, or Excel's Windows-1252. */

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and were read another way, in words. */
  note?: string;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    // Excel's "CSV (Comma delimited)" writes the Windows code page, not UTF-8.
    return {
      text: new TextDecoder('windows-1252').decode(body),
      note: 'the file is not UTF-8 text; it was read as Windows-1252 (what Excel\'s "CSV (Comma delimited)" writes): check accented letters, or save it as "CSV UTF-8"',
    };
  }
}
