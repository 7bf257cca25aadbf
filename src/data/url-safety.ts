// The one place that decides which strings may become an `href`.

const SAFE_SCHEMES = new Set(['http', 'https']);

// Browsers drop tabs and newlines anywhere in a URL and strip leading and
// trailing C0 controls and spaces, so `java\tscript:` and ` javascript:`
// still run script. The check must see the URL as the browser will.
const REMOVED_ANYWHERE = /[\t\n\r]/g;
const TRIMMED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

// Numeric and named character references, decoded only to look for a hidden
// scheme such as `javascript&#58;`. The href itself keeps the original text.
const CHARACTER_REFERENCE = /&(#x[0-9a-f]+|#[0-9]+|colon|tab|newline);?/gi;
const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n' };

function decodeReferences(value: string): string {
  return value.replace(CHARACTER_REFERENCE, (_match, name: string) => {
    const lower = name.toLowerCase();
    if (lower in NAMED_REFERENCES) return NAMED_REFERENCES[lower];

    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function normalizeForScheme(value: string): string {
  return value.replace(REMOVED_ANYWHERE, '').replace(TRIMMED_AT_ENDS, '');
}

function hasUnsafeScheme(value: string): boolean {
  const scheme = SCHEME.exec(normalizeForScheme(value))?.[1];
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme.toLowerCase());
}

/**
 * Returns `value` when it may be used as a link target: an `http:` or
 * `https:` URL, or a relative URL. Returns `null` for every other scheme
 * (`javascript:`, `data:`, `vbscript:` and the rest) in any letter case,
 * behind spaces, tabs or newlines, or spelled with character references.
 */
export function safeHref(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;

  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (hasUnsafeScheme(trimmed) || hasUnsafeScheme(decodeReferences(trimmed))) return null;

  return trimmed;
}

// An unpaired surrogate half, which JSON can carry and which makes
// encodeURIComponent throw.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** URL-encodes one value for a path or query, with lone surrogates replaced by U+FFFD. */
export function encodePathValue(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

/** Values that a link template may substitute. */
export interface TemplateValues {
  id: number | string;
  customerId: number | string | null;
  company: string | null;
}

/**
 * Fills `{id}`, `{customerId}` and `{company}` in a link template. Each value
 * is URL-encoded, so an id such as `../admin` or `1?x=y` cannot change the
 * path or the query. Returns `null`, with the missing placeholder names,
 * when the template needs a value that is not known.
 */
export function fillTemplate(
  template: string,
  values: TemplateValues,
): { href: string | null; missing: string[] } {
  const missing: string[] = [];
  const href = template.replace(/\{(id|customerId|company)\}/g, (_match, name: keyof TemplateValues) => {
    const value = values[name];
    // A value of `.` or `..` would still move up the path after encoding,
    // because URL parsers treat `%2E%2E` as `..` too, so it counts as unknown.
    if (value === null || value === '' || /^\.{1,2}$/.test(String(value))) {
      missing.push(name);
      return '';
    }
    return encodePathValue(String(value));
  });

  return { href: missing.length > 0 ? null : safeHref(href), missing };
}
