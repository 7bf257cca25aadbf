/**
 * Tells whether a click is a plain primary-button click. A click with a
 * modifier or another button keeps the browser's own meaning, such as
 * opening the link in a new tab, so the elements send no `ticket-open`.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
