import { isValid, parseISO } from 'date-fns';
import type { DueDate } from './types.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Tells whether `day` is a real calendar day written as `yyyy-MM-dd`. */
export function isCalendarDay(day: string): boolean {
  return DATE_ONLY.test(day) && isValid(parseISO(day));
}

/**
 * Reads a due date: `yyyy-MM-dd`, a date-time with an offset, or a date-time
 * without one (a wall-clock time in the viewer's zone). Returns `null` for a
 * string that is none of these or names a day that does not exist.
 */
export function parseDueDate(value: string): DueDate | null {
  const raw = value.trim();

  if (DATE_ONLY.test(raw)) {
    return isCalendarDay(raw) ? { kind: 'date', day: raw, raw } : null;
  }

  if (WITH_OFFSET.test(raw)) {
    const instant = parseISO(raw);
    return isValid(instant) ? { kind: 'instant', instant, raw } : null;
  }

  const wallClock = WALL_CLOCK.exec(raw);
  if (wallClock) {
    const [, day, hour, minute, second = '00'] = wallClock;
    const normalized = `${day}T${hour}:${minute}:${second}`;
    return isValid(parseISO(normalized)) ? { kind: 'wall-clock', wallClock: normalized, raw } : null;
  }

  return null;
}

/** Reads a date-time with an offset, such as `createdAt`; `null` when invalid. */
export function parseInstant(value: string): Date | null {
  const raw = value.trim();
  if (!WITH_OFFSET.test(raw)) return null;

  const instant = parseISO(raw);
  return isValid(instant) ? instant : null;
}
