import { PlainError } from './errors';

const WAIT_MS = 30000;

/** Runs `body` holding the spreadsheet's document lock, so two writes never interleave. */
export function withDocumentLock<T>(body: () => T): T {
  // A bound script always has a document lock; the script lock is the fallback for safety.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(WAIT_MS)) {
    throw new PlainError(
      'Another Dyad action is still running on this spreadsheet. Wait a minute and try again.',
    );
  }
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
