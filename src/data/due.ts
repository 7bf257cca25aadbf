import type { DueDate, DueState, Ticket } from './types.js';

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

const DAY = 86_400_000;

// Date.UTC reads years 0 to 99 as 1900 to 1999. The Gregorian calendar
// repeats every 400 years, 146,097 days, so those years are computed 400
// years later and moved back.
const CALENDAR_CYCLE = 146_097 * DAY;

/**
 * Returns the epoch milliseconds of a date and time read in UTC, with
 * `month` counted from 1. Out-of-range fields roll over as in `Date.UTC`.
 */
export function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  return year < 100
    ? Date.UTC(year + 400, month - 1, day, hour, minute, second, millisecond) - CALENDAR_CYCLE
    : Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
}

// Intl formatters are costly to create, so one is kept per time zone.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Returns the wall-clock time that `time` (epoch milliseconds) shows in
 * `timeZone`, as the epoch milliseconds of the same fields read in UTC.
 *
 * @throws {RangeError} for a time zone that Intl does not know.
 */
function wallClockOf(time: number, timeZone: string): number {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    // `era` distinguishes years before 1 AD, and `h23` avoids the hour 24
    // that some engines print for midnight.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormatters.set(timeZone, formatter);
  }

  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatter.formatToParts(time)) fields[type] = value;
  const year = fields.era === 'BC' ? 1 - +fields.year! : +fields.year!;
  // Intl prints whole seconds, so the milliseconds come from `time` itself.
  const millisecond = time - Math.floor(time / 1000) * 1000;
  return utcTime(year, +fields.month!, +fields.day!, +fields.hour!, +fields.minute!, +fields.second!, millisecond);
}

/**
 * Returns the instant at which `timeZone` shows the wall-clock time
 * `wallClock`, given as epoch milliseconds of its fields read in UTC.
 *
 * A time that occurs twice, in the hour a daylight saving change repeats,
 * maps to the earlier instant. A time that a change skips moves forward by
 * the length of the skip. A skipped midnight therefore becomes the first
 * time that exists when the skip starts at midnight, as in America/Santiago,
 * America/Havana and Asia/Beirut.
 */
export function instantOfWallClock(wallClock: number, timeZone: string): number {
  // The offsets a day before and after cover both sides of any daylight
  // saving change that could affect `wallClock`.
  const before = wallClockOf(wallClock - DAY, timeZone) - (wallClock - DAY);
  const after = wallClockOf(wallClock + DAY, timeZone) - (wallClock + DAY);
  if (before === after) return wallClock - before;

  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    if (wallClockOf(wallClock - offset, timeZone) === wallClock) return wallClock - offset;
  }
  return wallClock - before;
}

// Cards and the summary look up the day of the same instants on every
// render, and each formatToParts call takes several microseconds, so the
// days are kept per zone. A zone's entries are dropped together once there are this many.
const MAX_CACHED_DAYS = 10_000;
const cachedDays = new Map<string, Map<number, string>>();

/**
 * Returns the calendar day (`yyyy-MM-dd`) on which `instant` falls in
 * `timeZone`. Days are compared as such strings, which sort the same way as
 * the days they name.
 *
 * @throws {RangeError} for a time zone that Intl does not know.
 */
export function calendarDayIn(instant: Date, timeZone: string): string {
  const time = instant.getTime();
  let days = cachedDays.get(timeZone);
  if (!days) {
    days = new Map();
    cachedDays.set(timeZone, days);
  }

  let day = days.get(time);
  if (day === undefined) {
    const local = new Date(wallClockOf(time, timeZone));
    day = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    if (days.size === MAX_CACHED_DAYS) days.clear();
    days.set(time, day);
  }
  return day;
}

/** Returns today's calendar day in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return calendarDayIn(now, timeZone);
}

/**
 * Returns the first instant of the day after `day` (`yyyy-MM-dd`) in
 * `timeZone`: its midnight, or the first time that exists when a daylight
 * saving change skips that midnight.
 */
function startOfDayAfter(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return instantOfWallClock(utcTime(year, month, date + 1), timeZone);
}

/** Returns the instant, in epoch milliseconds, at which the day after the one containing `now` starts in `timeZone`. */
export function nextDayStartIn(timeZone: string, now: number): number {
  return startOfDayAfter(todayIn(timeZone, new Date(now)), timeZone);
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
      return startOfDayAfter(due.day, timeZone) - 1;
    case 'wall-clock': {
      const [year, month, day, hour, minute, second] = due.wallClock.split(/[-T:]/).map(Number);
      return instantOfWallClock(utcTime(year, month, day, hour, minute, second), timeZone);
    }
  }
}
