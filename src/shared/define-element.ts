/**
 * Registers `element` as `tag` unless the tag is taken. A page that loads
 * two copies of the library keeps the first registration; a different
 * class under the same tag gets a warning instead of an exception.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element) {
    console.warn(`<${tag}> is already defined by another copy of my-open-tickets; that copy is used.`);
  }
}
