import type { Ticket } from '../data/types.js';

/** An element that stands for one ticket in a keyed list. */
export interface KeyedItem {
  element: Element;
}

/**
 * Makes the children of `list` the items of `tickets`, in their order, keyed
 * by ticket id. It removes the items of tickets no longer listed, creates
 * missing ones with `create`, passes kept ones to `update`, and moves only
 * the items that are out of place, so focus inside a kept item survives.
 * `items` is the caller's map from id to item, kept across calls, and
 * `list` must have no children besides those items. A payload contains each
 * id once, because parseRecords keeps the first record of an id.
 */
export function syncKeyedItems<T extends KeyedItem>(
  list: Element,
  items: Map<number, T>,
  tickets: readonly Ticket[],
  create: (ticket: Ticket) => T,
  update: (item: T, ticket: Ticket) => void,
): void {
  const listed = new Set(tickets.map((ticket) => ticket.id));
  // Removed first, so that the items after a removed one stay in place
  // instead of each moving up past it.
  for (const [id, item] of items) {
    if (listed.has(id)) continue;
    item.element.remove();
    items.delete(id);
  }

  let cursor = list.firstElementChild;
  for (const ticket of tickets) {
    let item = items.get(ticket.id);
    if (item) {
      update(item, ticket);
    } else {
      item = create(ticket);
      items.set(ticket.id, item);
    }

    if (item.element === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(item.element, cursor);
  }
}
