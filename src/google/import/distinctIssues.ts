/** Import issues once each: the same problem found twice in the same row is listed once. */
import type { ImportIssue } from '../../core/records';

/** The issues once each, in the order first met. */
export function distinctIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.sheet, issue.row, issue.problem]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
