/**
 * The files the Lead has chosen, from the picker, the folder picker or a drop. A folder gives
 * the files directly in it, as the command line reads a folder: not its subfolders' files, nor
 * hidden files (a name starting with "."). Kept by name: a file of the same name replaces it.
 */
export class ChosenFiles {
  private readonly files = new Map<string, File>();

  add(files: ArrayLike<File>): void {
    for (const file of Array.from(files)) {
      if (!file.name.startsWith('.')) this.files.set(file.name, file);
    }
  }

  /** The files directly in the folder the folder picker gave (its path is "folder/name"). */
  addFolder(files: ArrayLike<File>): void {
    this.add(Array.from(files).filter((f) => f.webkitRelativePath.split('/').length <= 2));
  }

  clear(): void {
    this.files.clear();
  }

  get list(): File[] {
    return [...this.files.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  return new Promise((resolve, reject) => {
    const next = (): void =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

/** A dropped file, or the files directly in a dropped folder. */
async function filesIn(entry: FileSystemEntry, depth = 0): Promise<File[]> {
  if (entry.isFile) return [await fileOf(entry as FileSystemFileEntry)];
  if (!entry.isDirectory || depth > 0) return [];
  const inside = await entriesOf(entry as FileSystemDirectoryEntry);
  return (await Promise.all(inside.map((e) => filesIn(e, depth + 1)))).flat();
}

/** The files of a drop, folders walked; a browser without entries gives its plain file list. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry?.() ?? null)
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return Array.from(data.files);
  return (await Promise.all(entries.map((e) => filesIn(e)))).flat();
}
