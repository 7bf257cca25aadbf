import { todayIn } from '../data/due.js';
import { isCalendarDay } from '../data/due-date.js';
import { defaultTimeZone, isValidLocale, isValidTimeZone } from '../data/locale.js';
import { warnOnce } from './warn.js';

/** The attributes that say how tickets are shown, as set on an element. */
export interface ViewSettings {
  locale: string | null;
  timeZone: string | null;
  date: string | null;
  company: string | null;
  ticketHref: string | null;
}

/** {@link ViewSettings} with defaults applied and invalid values replaced. */
export interface ViewConfig {
  locale: string;
  timeZone: string;
  /** The day due dates are evaluated against, `yyyy-MM-dd`. */
  today: string;
  company: string | null;
  ticketHref: string | null;
}

function defaultLocale(): string {
  const lang = globalThis.document?.documentElement.lang;
  if (lang && isValidLocale(lang)) return lang;
  return globalThis.navigator?.language || 'en-US';
}

function blankToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value.trim();
}

/**
 * Applies the documented defaults to an element's settings. An invalid
 * `time-zone`, `locale` or `date` logs one warning naming the attribute and
 * the value, and falls back to the default, so the element still renders.
 */
export function resolveViewConfig(tag: string, settings: ViewSettings, now: Date = new Date()): ViewConfig {
  let timeZone = blankToNull(settings.timeZone) ?? defaultTimeZone();
  if (!isValidTimeZone(timeZone)) {
    const fallback = defaultTimeZone();
    warnOnce(tag, `time-zone "${timeZone}" is not a known IANA time zone; using the browser's time zone, ${fallback}.`);
    timeZone = fallback;
  }

  let locale = blankToNull(settings.locale) ?? defaultLocale();
  if (!isValidLocale(locale)) {
    const fallback = defaultLocale();
    warnOnce(tag, `locale "${locale}" is not a valid language tag; using ${fallback}.`);
    locale = fallback;
  }

  let today = blankToNull(settings.date) ?? todayIn(timeZone, now);
  if (!isCalendarDay(today)) {
    const fallback = todayIn(timeZone, now);
    warnOnce(tag, `date "${today}" is not a calendar day written as yyyy-MM-dd; using today, ${fallback}.`);
    today = fallback;
  }

  return {
    locale,
    timeZone,
    today,
    company: blankToNull(settings.company),
    ticketHref: blankToNull(settings.ticketHref),
  };
}
