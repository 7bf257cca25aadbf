/**
 * Returns `source` with the static parts of its `html`, `staticHtml`,
 * `svg` and `css` tagged templates minified, or `null` when it has none.
 */
export function minifyLiterals(source: string, fileName?: string): string | null;
