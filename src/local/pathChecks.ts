/**
 * The command line's paths checked before anything is opened: an input that is not a regular
 * file or folder (a FIFO, a device, a socket) and an output folder that cannot be made are
 * refused at once in one line, never waited on.
 */
import { lstat, mkdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { readdir } from 'node:fs/promises';

/** A path the command line cannot use: one line, exit code 2. */
export class PathError extends Error {}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  if (info.isFile()) return 'a file';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

async function statOf(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

const EXPORT_FILES = ['.csv', '.xlsx'];

/** The input: a folder, or a regular file; in a folder, every export file must be a regular file. */
export async function checkInput(path: string): Promise<void> {
  const info = await statOf(path);
  if (info === null) return; // the reader says "no such file or folder" in its own words
  if (!info.isDirectory() && !info.isFile())
    throw new PathError(
      `cannot read "${path}": it is ${kindOf(info)}, not a regular file or folder`,
    );
  if (!info.isDirectory()) return;
  let entries: string[];
  try {
    entries = await readdir(path);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!EXPORT_FILES.includes(extname(entry).toLowerCase())) continue;
    const file = join(path, entry);
    const inner = await statOf(file);
    if (inner !== null && !inner.isFile() && !inner.isDirectory())
      throw new PathError(`cannot read "${file}": it is ${kindOf(inner)}, not a regular file`);
  }
}

/**
 * The output folder, made if missing, one level at a time (a recursive make can loop forever
 * under /proc); the files to be written there must be regular files if they already exist.
 */
export async function prepareOutput(out: string, files: readonly string[]): Promise<void> {
  const missing: string[] = [];
  let at = resolve(out);
  let info = await statOf(at);
  while (info === null) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
    info = await statOf(at);
  }
  if (info !== null && !info.isDirectory())
    throw new PathError(`cannot write to "${out}": "${at}" is ${kindOf(info)}, not a folder`);
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new PathError(`cannot write to "${out}": the folder cannot be made (${code})`);
    }
  }
  for (const file of files) {
    const target = join(out, file);
    const existing = await lstat(target).catch(() => null);
    if (existing !== null && !existing.isFile())
      throw new PathError(
        `cannot write "${target}": it is ${kindOf(existing)}, not a regular file`,
      );
  }
}
