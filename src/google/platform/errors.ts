/** A problem the Lead can act on, written in plain words: shown as it is, never as a stack trace. */
export class PlainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlainError';
  }
}

/** The words shown to the Lead for any error: a PlainError's own message, or a short fallback. */
export function plainMessage(error: unknown): string {
  if (error instanceof PlainError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Dyad could not finish: ${detail}. Nothing after this step was changed; try again, and if it happens again, send this message to your trust's IT team.`;
}
