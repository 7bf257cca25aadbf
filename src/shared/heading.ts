import { literal, type StaticValue } from 'lit/static-html.js';
import { warnOnce } from './warn.js';

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/**
 * Returns the heading tag for a `heading-level` value, 1 to 6. Any other
 * value warns once and uses `fallback`, so the page outline stays valid.
 */
export function headingTag(tag: string, level: number | null, fallback: number): StaticValue {
  if (level === null) return TAGS[fallback - 1];
  if (Number.isInteger(level) && level >= 1 && level <= 6) return TAGS[level - 1];

  warnOnce(tag, `heading-level "${level}" is not a whole number from 1 to 6; using ${fallback}.`);
  return TAGS[fallback - 1];
}
