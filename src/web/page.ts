/**
 * The page the Lead opens from disk: choose or drop the exported files, pick the as-of date,
 * Match or Evaluate, read the outcome, download the files. The engine runs in a worker made
 * from the page's own text (a blob URL); nothing is fetched and nothing is sent.
 */
import { ChosenFiles, droppedFiles } from './chosenFiles';
import { byId, el } from './dom';
import type { RunRequest, WorkerReply } from './messages';
import type { InputFile } from '../files';
import type { OutputFile } from './outputs';
import { resultElements } from './results';

/** The worker's script, put in by the build. */
declare const DYAD_WORKER_SOURCE: string;

const chosen = new ChosenFiles();
let worker: Worker | null = null;
let downloadUrls: string[] = [];

const ui = {
  dropZone: byId<HTMLElement>('drop-zone'),
  files: byId<HTMLInputElement>('files'),
  folder: byId<HTMLInputElement>('folder'),
  chooseFiles: byId<HTMLButtonElement>('choose-files'),
  chooseFolder: byId<HTMLButtonElement>('choose-folder'),
  chosenList: byId<HTMLUListElement>('chosen-list'),
  chosenSummary: byId<HTMLElement>('chosen-summary'),
  clear: byId<HTMLButtonElement>('clear'),
  asOf: byId<HTMLInputElement>('as-of'),
  newWorkbook: byId<HTMLButtonElement>('new-workbook'),
  match: byId<HTMLButtonElement>('match'),
  evaluate: byId<HTMLButtonElement>('evaluate'),
  progress: byId<HTMLElement>('progress'),
  progressText: byId<HTMLElement>('progress-text'),
  error: byId<HTMLElement>('error'),
  results: byId<HTMLElement>('results'),
  downloads: byId<HTMLElement>('downloads'),
  downloadList: byId<HTMLUListElement>('download-list'),
};

function todayIso(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function showChosen(): void {
  const files = chosen.list;
  ui.chosenList.replaceChildren(
    ...files.map((f) => el('li', {}, [`${f.name} (${Math.max(1, Math.round(f.size / 1024))} KB)`])),
  );
  ui.chosenSummary.textContent =
    files.length === 0
      ? 'No files chosen yet.'
      : `${files.length} file${files.length === 1 ? '' : 's'} chosen:`;
  ui.clear.hidden = files.length === 0;
}

function choose(files: ArrayLike<File>): void {
  chosen.add(files);
  showError('');
  showChosen();
}

function showError(message: string): void {
  ui.error.textContent = message;
  ui.error.hidden = message === '';
}

function setBusy(busy: boolean, step = ''): void {
  ui.progress.hidden = !busy;
  ui.progressText.textContent = step;
  ui.match.disabled = busy;
  ui.newWorkbook.disabled = busy;
  ui.evaluate.disabled = busy;
}

function releaseDownloads(): void {
  for (const url of downloadUrls) URL.revokeObjectURL(url);
  downloadUrls = [];
  ui.downloadList.replaceChildren();
  ui.downloads.hidden = true;
}

function offerDownloads(files: OutputFile[]): void {
  releaseDownloads();
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type }));
    downloadUrls.push(url);
    ui.downloadList.append(
      el('li', {}, [
        el('a', { class: 'button', href: url, download: file.name }, [`Download ${file.name}`]),
      ]),
    );
  }
  ui.downloads.hidden = files.length === 0;
}

function theWorker(): Worker {
  if (worker === null) {
    const url = URL.createObjectURL(new Blob([DYAD_WORKER_SOURCE], { type: 'text/javascript' }));
    worker = new Worker(url);
  }
  return worker;
}

async function inputFiles(): Promise<InputFile[]> {
  return Promise.all(
    chosen.list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

function finish(reply: WorkerReply): void {
  if (reply.type === 'progress') {
    ui.progressText.textContent = reply.step;
    return;
  }
  setBusy(false);
  if (reply.type === 'failed') {
    showError(reply.message);
    ui.error.focus();
    return;
  }
  ui.results.replaceChildren(...resultElements(reply.result.view));
  offerDownloads(reply.result.files);
  byId<HTMLElement>('result-heading').focus();
}

async function run(kind: RunRequest['kind']): Promise<void> {
  showError('');
  if (kind !== 'init' && chosen.list.length === 0) {
    showError(
      'Choose the exported files first: the CSV files or Excel workbooks of your programme.',
    );
    ui.chooseFiles.focus();
    return;
  }
  const asOf = ui.asOf.value;
  if (kind === 'evaluate' && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    showError('Give the as-of date (the day the evaluation is made at) before evaluating.');
    ui.asOf.focus();
    return;
  }
  ui.results.replaceChildren();
  releaseDownloads();
  setBusy(true, kind === 'init' ? 'Making the workbook…' : 'Reading the files into this page…');
  try {
    const files = kind === 'init' ? [] : await inputFiles();
    const request: RunRequest =
      kind === 'init' ? { kind } : kind === 'match' ? { kind, files } : { kind, files, asOf };
    const w = theWorker();
    w.onmessage = (event: MessageEvent<WorkerReply>) => finish(event.data);
    w.onerror = (event) => {
      event.preventDefault();
      finish({
        type: 'failed',
        message: `Dyad could not finish: ${event.message || 'the engine stopped'}.`,
      });
    };
    w.postMessage(
      request,
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  } catch (error) {
    setBusy(false);
    showError(
      `A chosen file could not be read from the computer: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function listen(): void {
  ui.chooseFiles.addEventListener('click', () => ui.files.click());
  ui.chooseFolder.addEventListener('click', () => ui.folder.click());
  ui.files.addEventListener('change', () => {
    choose(ui.files.files ?? []);
    ui.files.value = '';
  });
  ui.folder.addEventListener('change', () => {
    chosen.addFolder(ui.folder.files ?? []);
    choose([]);
    ui.folder.value = '';
  });
  ui.clear.addEventListener('click', () => {
    chosen.clear();
    showChosen();
    ui.chooseFiles.focus();
  });
  ui.dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    ui.dropZone.classList.add('dragging');
  });
  ui.dropZone.addEventListener('dragleave', () => ui.dropZone.classList.remove('dragging'));
  ui.dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.dropZone.classList.remove('dragging');
    if (event.dataTransfer) void droppedFiles(event.dataTransfer).then(choose);
  });
  // A file dropped outside the zone must not make the browser open it in place of the page.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  ui.newWorkbook.addEventListener('click', () => void run('init'));
  ui.match.addEventListener('click', () => void run('match'));
  ui.evaluate.addEventListener('click', () => void run('evaluate'));
}

ui.asOf.value = todayIso();
// The engine's code is compiled while the Lead chooses the files, not after pressing a button.
theWorker();
if (!('webkitdirectory' in ui.folder)) ui.chooseFolder.hidden = true;
showChosen();
listen();
