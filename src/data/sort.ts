import { dueTimeIn } from './due.js';
import type { Ticket } from './types.js';

/** Orders tickets newest first: by numeric id, highest first. */
export function byIdDescending(a: Ticket, b: Ticket): number {
  return b.id - a.id;
}

/**
 * Returns a comparator that puts the earliest due date first and breaks
 * ties by id, highest first. Tickets without a due date go last.
 */
export function byDueDate(timeZone: string): (a: Ticket, b: Ticket) => number {
  return (a, b) => {
    if (a.dueDate && b.dueDate) {
      const difference = dueTimeIn(a.dueDate, timeZone) - dueTimeIn(b.dueDate, timeZone);
      if (difference !== 0) return difference;
    } else if (a.dueDate || b.dueDate) {
      return a.dueDate ? -1 : 1;
    }
    return byIdDescending(a, b);
  };
}
