// Checks for the `locale`, `time-zone` and `date` settings, so that a bad
// value can be reported and replaced before it reaches Intl or date-fns.

// Every element checks its settings on each update, and a list may hold a
// thousand cards, so each result is cached.
const checked = new Map<string, boolean>();

function remember(key: string, check: () => unknown): boolean {
  let valid = checked.get(key);
  if (valid === undefined) {
    try {
      check();
      valid = true;
    } catch {
      valid = false;
    }
    checked.set(key, valid);
  }
  return valid;
}

/** Tells whether Intl accepts `timeZone` as an IANA time zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  return remember(`zone:${timeZone}`, () => new Intl.DateTimeFormat('en', { timeZone }));
}

/** Tells whether Intl accepts `locale` as a BCP 47 language tag. */
export function isValidLocale(locale: string): boolean {
  return remember(`locale:${locale}`, () => Intl.getCanonicalLocales(locale));
}

/** The browser's own time zone. */
export function defaultTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
