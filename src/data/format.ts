import { utcTime } from './due.js';
import type { DueDate } from './types.js';

// Intl formatters are costly to create, so one is kept per locale, time
// zone and style instead of one per card.
const formatters = new Map<string, Intl.DateTimeFormat>();

type Style = 'date' | 'date-time';

function formatter(locale: string, timeZone: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, {
      timeZone,
      dateStyle: 'medium',
      ...(style === 'date-time' ? { timeStyle: 'short' } : {}),
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** Formats a calendar day (`yyyy-MM-dd`) in `locale`, with no time zone shift. */
export function formatDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return formatter(locale, 'UTC', 'date').format(utcTime(year, month, date));
}

/** Formats an instant as a date and time in `locale` and `timeZone`. */
export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, 'date-time').format(instant);
}

/**
 * Formats a due date: the day alone for a date-only value, the day and time
 * otherwise. A wall-clock value is shown as written, since it already is a
 * time in the viewer's zone.
 */
export function formatDueDate(due: DueDate, locale: string, timeZone: string): string {
  switch (due.kind) {
    case 'date':
      return formatDay(due.day, locale);
    case 'instant':
      return formatDateTime(due.instant, locale, timeZone);
    case 'wall-clock': {
      const [year, month, day, hour, minute, second] = due.wallClock.split(/[-T:]/).map(Number);
      return formatter(locale, 'UTC', 'date-time').format(utcTime(year, month, day, hour, minute, second));
    }
  }
}
