import { waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Returns the text of a node with runs of white space folded to one space. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns the element in `host`'s shadow root that carries `part`. */
export function part(host: Element, name: string): HTMLElement | null {
  return host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Returns every element in `host`'s shadow root that carries `part`. */
export function parts(host: Element, name: string): HTMLElement[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** Tells whether an element takes up space on the page. */
export function isShown(element: Element | null): boolean {
  return element !== null && element.getClientRects().length > 0;
}

/** Waits until `host` has sent `name`, and returns the event. */
export function nextEvent<T extends Event = CustomEvent>(host: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) => host.addEventListener(name, (event) => resolve(event as T), { once: true }));
}

/** Waits until `predicate` holds for `host` after its updates have settled. */
export async function settle(
  host: LitElement,
  predicate: () => boolean,
  message = 'element did not settle',
  timeout = 4000,
): Promise<void> {
  await waitUntil(async () => {
    await host.updateComplete;
    return predicate();
  }, message, { timeout });
}

/**
 * Collects console warnings and errors while a test runs, so a test can
 * assert a clean console or the exact warning it expects.
 */
export function watchConsole(): { warnings: unknown[][]; errors: unknown[][]; restore: () => void } {
  const { warn, error } = console;
  const log = { warnings: [] as unknown[][], errors: [] as unknown[][], restore: () => {} };
  console.warn = (...args: unknown[]) => log.warnings.push(args);
  console.error = (...args: unknown[]) => log.errors.push(args);
  log.restore = () => {
    console.warn = warn;
    console.error = error;
  };
  return log;
}
