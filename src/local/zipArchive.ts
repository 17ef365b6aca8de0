/**
 * The entries of a zip archive (an `.xlsx` workbook is one), read from its central directory.
 * Only what workbooks use: stored and deflated entries, no encryption, no ZIP64.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const LONGEST_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  localHeader: number;
}

export interface ZipArchive {
  /** The uncompressed bytes of the entry, or null when the archive has none of that name. */
  read(name: string): Buffer | null;
}

function endOfDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - END_RECORD_SIZE - LONGEST_COMMENT);
  for (let at = zip.length - END_RECORD_SIZE; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error('it is not an .xlsx workbook (no zip directory found)');
}

function directory(zip: Buffer): Map<string, Entry> {
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const entries = new Map<string, Entry>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new Error('its zip directory is damaged');
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      method: zip.readUInt16LE(at + 10),
      flags: zip.readUInt16LE(at + 8),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function entryBytes(zip: Buffer, name: string, entry: Entry): Buffer {
  if ((entry.flags & ENCRYPTED_FLAG) !== 0) throw new Error(`${name} is encrypted`);
  const local = entry.localHeader;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) {
    throw new Error(`its entry ${name} is damaged`);
  }
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return data;
  if (entry.method === DEFLATED) return inflateRawSync(data);
  throw new Error(`its entry ${name} uses an unsupported compression (${entry.method})`);
}

/** Opens an archive held in memory; throws a plain-words Error when it is not one. */
export function openZip(zip: Buffer): ZipArchive {
  const entries = directory(zip);
  return {
    read(name) {
      const entry = entries.get(name);
      return entry === undefined ? null : entryBytes(zip, name, entry);
    },
  };
}
