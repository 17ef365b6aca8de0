/**
 * The files the Lead has chosen, from the picker, the folder picker or a drop (folders dropped
 * are walked). Kept by name: choosing a file of the same name again replaces it.
 */
export class ChosenFiles {
  private readonly files = new Map<string, File>();

  add(files: ArrayLike<File>): void {
    for (const file of Array.from(files)) this.files.set(file.name, file);
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

async function filesIn(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return [await fileOf(entry as FileSystemFileEntry)];
  if (!entry.isDirectory) return [];
  const nested = await Promise.all(
    (await entriesOf(entry as FileSystemDirectoryEntry)).map(filesIn),
  );
  return nested.flat();
}

/** The files of a drop, folders walked; a browser without entries gives its plain file list. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry?.() ?? null)
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return Array.from(data.files);
  return (await Promise.all(entries.map(filesIn))).flat();
}
