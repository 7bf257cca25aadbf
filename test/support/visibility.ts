/**
 * Makes `document.visibilityState` report `state` and sends the
 * `visibilitychange` event, as switching browser tabs does.
 */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Restores the browser's own `document.visibilityState`. */
export function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
}
