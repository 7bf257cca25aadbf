import { dueTimeIn } from './due.js';
import type { DueDate, Ticket } from './types.js';

/** Orders tickets newest first: by numeric id, highest first. */
export function byIdDescending(a: Ticket, b: Ticket): number {
  return b.id - a.id;
}

/**
 * Returns a comparator that puts the earliest due date first and breaks
 * ties by id, highest first. Tickets without a due date go last.
 */
export function byDueDate(timeZone: string): (a: Ticket, b: Ticket) => number {
  // A sort compares each ticket many times, and many tickets share a due
  // day, so the zone arithmetic runs once per distinct due date. The parser
  // writes days as `yyyy-MM-dd` and wall-clock times as
  // `yyyy-MM-ddTHH:mm:ss`, so the two kinds of key cannot collide.
  const times = new Map<string, number>();
  const timeOf = (due: DueDate) => {
    if (due.kind === 'instant') return due.instant.getTime();

    const key = due.kind === 'date' ? due.day : due.wallClock;
    let time = times.get(key);
    if (time === undefined) {
      time = dueTimeIn(due, timeZone);
      times.set(key, time);
    }
    return time;
  };

  return (a, b) => {
    if (a.dueDate && b.dueDate) {
      const difference = timeOf(a.dueDate) - timeOf(b.dueDate);
      if (difference !== 0) return difference;
    } else if (a.dueDate || b.dueDate) {
      return a.dueDate ? -1 : 1;
    }
    return byIdDescending(a, b);
  };
}
