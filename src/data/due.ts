import { TZDate } from '@date-fns/tz';
import type { DueDate, DueState, Ticket } from './types.js';

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * Returns the calendar day (`yyyy-MM-dd`) on which `instant` falls in
 * `timeZone`. Days are compared as such strings, which sort the same way as
 * the days they name.
 */
export function calendarDayIn(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** Returns today's calendar day in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return calendarDayIn(now, timeZone);
}

/**
 * Returns the calendar day a due date falls on for a viewer in `timeZone`.
 * A date-only value is that day in every zone, never UTC midnight; a
 * date-time without an offset is a wall-clock time in `timeZone`.
 */
export function dueDayIn(due: DueDate, timeZone: string): string {
  switch (due.kind) {
    case 'date':
      return due.day;
    case 'wall-clock':
      return due.wallClock.slice(0, 10);
    case 'instant':
      return calendarDayIn(due.instant, timeZone);
  }
}

/**
 * Returns where a due date stands against `today` (a `yyyy-MM-dd` day in
 * `timeZone`), or `null` when there is no due date.
 */
export function dueStateOf(
  due: DueDate | null,
  today: string,
  timeZone: string,
): DueState | null {
  if (!due) return null;

  const day = dueDayIn(due, timeZone);
  if (day < today) return 'overdue';
  if (day === today) return 'today';
  return 'upcoming';
}

/**
 * Tells whether a ticket is due: it has a due date on `today` or earlier,
 * which is at or before the end of today in `timeZone`.
 */
export function isDue(ticket: Ticket, today: string, timeZone: string): boolean {
  const state = dueStateOf(ticket.dueDate, today, timeZone);
  return state === 'overdue' || state === 'today';
}

/**
 * Returns the moment a due date stands for, in epoch milliseconds, so that
 * due dates of all three kinds can be ordered. A date-only value means "by
 * the end of that day", so it counts as the last millisecond of its day in
 * `timeZone` and sorts after the timed tickets of the same day.
 */
export function dueTimeIn(due: DueDate, timeZone: string): number {
  switch (due.kind) {
    case 'instant':
      return due.instant.getTime();
    case 'date':
      return wallClockTime(`${due.day}T23:59:59`, timeZone) + 999;
    case 'wall-clock':
      return wallClockTime(due.wallClock, timeZone);
  }
}

function wallClockTime(wallClock: string, timeZone: string): number {
  const [year, month, day, hour, minute, second] = wallClock
    .split(/[-T:]/)
    .map(Number);
  return new TZDate(year, month - 1, day, hour, minute, second || 0, timeZone).getTime();
}
