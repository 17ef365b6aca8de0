/** A second application from the same email: the latest one counts (protocol section 2). */
import type { MenteeApplication, MentorApplication } from './records';

type Application = MenteeApplication | MentorApplication;

/**
 * Orders two applications from the same person: the later timestamp is the later application;
 * when the timestamps are equal or either is missing, the lower row is. (A form always writes a
 * timestamp; rows without one were typed in, and row order is the best witness of them.)
 */
function isLater(a: Application, b: Application): boolean {
  if (a.timestamp !== null && b.timestamp !== null && a.timestamp !== b.timestamp) {
    return a.timestamp > b.timestamp;
  }
  return a.row > b.row;
}

/** The application that counts for each email (rows without an email are left out). */
export function latestApplications<T extends Application>(
  applications: readonly T[],
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const application of applications) {
    if (application.email === '') continue;
    const current = latest.get(application.email);
    if (current === undefined || isLater(application, current))
      latest.set(application.email, application);
  }
  return latest;
}
