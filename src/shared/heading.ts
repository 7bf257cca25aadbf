import { html, type TemplateResult } from 'lit';
import { warnOnce } from './warn.js';

/**
 * Returns the heading level for a `heading-level` value, 1 to 6. Any other
 * value warns once and uses `fallback`, so the page outline stays valid.
 * The warning names `attribute`, the attribute's text, when there is one,
 * because a text such as "abc" reaches the property as NaN.
 */
export function headingLevelOf(tag: string, level: number | null, fallback: number, attribute: string | null = null): number {
  if (level === null) return fallback;
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;

  warnOnce(tag, `heading-level "${attribute ?? level}" is not a whole number from 1 to 6; using ${fallback}.`);
  return fallback;
}

// The template strings of each source template, one array per level, so
// Lit prepares each level's template once, as it does for a literal.
const stringsByLevel = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/**
 * Returns `template`, whose heading is written as an `h1` element, with the
 * heading at level `requested`, 1 to 6. Each render costs one WeakMap
 * lookup, where `lit/static-html.js` (lit 3.3.3) joins the template's
 * strings into a key.
 */
export function atHeadingLevel(template: TemplateResult, requested: number): TemplateResult {
  // The level becomes part of the markup, so only a digit from 2 to 6 may
  // get there. Callers pass a level from headingLevelOf(), and any other
  // value keeps the template's h1.
  const level = requested | 0;
  if (level < 2 || level > 6) return template;

  let levels = stringsByLevel.get(template.strings);
  if (!levels) stringsByLevel.set(template.strings, (levels = []));
  let strings = levels[level];
  if (!strings) {
    const parts = template.strings.map((part) => part.replace(/(<\/?h)1\b/g, `$1${level}`));
    // Lit renders only arrays with `raw`, as a template literal's strings
    // are, so text from data cannot become markup. These strings are a
    // literal's, with a digit from 2 to 6 in the tag names.
    strings = levels[level] = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
  }
  return html(strings, ...template.values);
}
