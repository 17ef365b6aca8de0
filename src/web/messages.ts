/** What the page and its worker say to each other. */
import type { RunRequest, RunResult } from './run';

export type { RunRequest };

export type WorkerReply =
  | { type: 'progress'; step: string }
  | { type: 'done'; result: RunResult }
  | { type: 'failed'; message: string };
