const warned = new Set<string>();

/**
 * Logs one `console.warn` for a misuse, once per element tag and message, so
 * a bad attribute on a list of a hundred cards warns once.
 */
export function warnOnce(tag: string, message: string): void {
  const key = `${tag}|${message}`;
  if (warned.has(key)) return;

  warned.add(key);
  console.warn(`<${tag}>: ${message}`);
}
