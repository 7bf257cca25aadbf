import { utcTime } from './due.js';
import type { DueDate } from './types.js';

// `yyyy-MM-dd`, then optionally `T` or a space and a time of `HH:mm`,
// `HH:mm:ss` or `HH:mm:ss.fraction`, and then optionally an offset of `Z`,
// `±hh:mm` or `±hhmm`. Captures: year, month, day, hour, minute, second,
// fraction, offset, and the offset's sign, hours and minutes.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/;

/** Returns the epoch milliseconds of a day's UTC midnight, or `NaN` when the day does not exist. */
function dayStart(year: string, month: string, day: string): number {
  const date = +day;
  if (+month < 1 || +month > 12 || date < 1) return NaN;

  const time = utcTime(+year, +month, date);
  // Every month has at least 28 days. Date.UTC rolls a later day past the
  // end of its month, such as 2026-02-30, over into the next month, so only
  // a real day survives the round trip.
  return date <= 28 || new Date(time).getUTCDate() === date ? time : NaN;
}

/**
 * Returns the milliseconds from midnight to a time of day, or `NaN` when a
 * field is out of range. `24:00:00` is the end of the day, as in ISO 8601.
 * Digits of the fraction beyond milliseconds are cut off.
 */
function timeOfDay(hour: string, minute: string, second = '0', fraction = ''): number {
  const hours = +hour;
  const minutes = +minute;
  const seconds = +second;
  const inRange =
    minutes < 60 && seconds < 60 && (hours < 24 || (hours === 24 && minutes + seconds === 0 && !/[1-9]/.test(fraction)));
  return inRange ? ((hours * 60 + minutes) * 60 + seconds) * 1000 + +fraction.slice(0, 3).padEnd(3, '0') : NaN;
}

/** Returns the instant of a match with an offset, or `null` when a field is out of range. */
function instantOf(match: RegExpExecArray): Date | null {
  const [, year, month, day, hour, minute, second, fraction, offset, sign, offsetHours, offsetMinutes] = match;
  let offsetTime = 0;
  if (offset !== 'Z') {
    offsetTime = +offsetMinutes < 60 ? (+offsetHours * 60 + +offsetMinutes) * 60_000 : NaN;
    if (sign === '-') offsetTime = -offsetTime;
  }
  const time = dayStart(year, month, day) + timeOfDay(hour, minute, second, fraction) - offsetTime;
  return Number.isNaN(time) ? null : new Date(time);
}

/** Tells whether `day` is a real calendar day written as `yyyy-MM-dd`. */
export function isCalendarDay(day: string): boolean {
  const match = ISO_DATE_TIME.exec(day);
  return match !== null && match[4] === undefined && !Number.isNaN(dayStart(match[1], match[2], match[3]));
}

/**
 * Reads a due date: `yyyy-MM-dd`, a date-time with an offset, or a date-time
 * without one (a wall-clock time in the viewer's zone). Returns `null` for a
 * string that is none of these or names a day that does not exist.
 */
export function parseDueDate(value: string): DueDate | null {
  const raw = value.trim();
  const match = ISO_DATE_TIME.exec(raw);
  if (!match) return null;

  const [, year, month, day, hour, minute, second = '00', , offset] = match;
  if (hour === undefined) return Number.isNaN(dayStart(year, month, day)) ? null : { kind: 'date', day: raw, raw };

  if (offset) {
    const instant = instantOf(match);
    return instant && { kind: 'instant', instant, raw };
  }

  // The fraction of a wall-clock time is dropped, and does not count when
  // `24:00:00` is checked.
  if (Number.isNaN(dayStart(year, month, day) + timeOfDay(hour, minute, second))) return null;
  return { kind: 'wall-clock', wallClock: `${year}-${month}-${day}T${hour}:${minute}:${second}`, raw };
}

/** Reads a date-time with an offset, such as `createdAt`; `null` when invalid. */
export function parseInstant(value: string): Date | null {
  const match = ISO_DATE_TIME.exec(value.trim());
  return match?.[8] ? instantOf(match) : null;
}
