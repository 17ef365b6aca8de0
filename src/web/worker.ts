/**
 * The page's worker: runs the engine away from the page's own thread, so the page keeps
 * answering (progress shown, keyboard live) while a large programme is read and evaluated.
 */
import type { RunRequest, WorkerReply } from './messages';
import { NothingRead, runDyad } from './run';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RunRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

function failure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof NothingRead
    ? message
    : `Dyad could not finish: ${message}. Nothing was sent anywhere; check the files and try again.`;
}

scope.onmessage = (event) => {
  runDyad(event.data, (step) => scope.postMessage({ type: 'progress', step }))
    .then((result) => {
      const buffers = [...new Set(result.files.map((f) => f.bytes.buffer as ArrayBuffer))];
      scope.postMessage({ type: 'done', result }, buffers);
    })
    .catch((error: unknown) => scope.postMessage({ type: 'failed', message: failure(error) }));
};
