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
  // A sort compares each ticket many times; the zone arithmetic runs once per ticket.
  const times = new Map<Ticket, number>();
  const timeOf = (ticket: Ticket, due: NonNullable<Ticket['dueDate']>) => {
    let time = times.get(ticket);
    if (time === undefined) {
      time = dueTimeIn(due, timeZone);
      times.set(ticket, time);
    }
    return time;
  };

  return (a, b) => {
    if (a.dueDate && b.dueDate) {
      const difference = timeOf(a, a.dueDate) - timeOf(b, b.dueDate);
      if (difference !== 0) return difference;
    } else if (a.dueDate || b.dueDate) {
      return a.dueDate ? -1 : 1;
    }
    return byIdDescending(a, b);
  };
}
