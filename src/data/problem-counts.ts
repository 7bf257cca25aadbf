import type { TicketProblem } from './types.js';

/**
 * Counts the records behind a list of problems: those left out, and those
 * shown with fields left out. A record with several problems counts once.
 */
export function countProblemRecords(problems: readonly TicketProblem[]): { skipped: number; partial: number } {
  const skipped = new Set<number>();
  const partial = new Set<number>();
  for (const problem of problems) (problem.shown ? partial : skipped).add(problem.index);
  return { skipped: skipped.size, partial: partial.size };
}
