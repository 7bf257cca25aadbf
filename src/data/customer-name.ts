import type { Customer } from './types.js';

/**
 * Formats a customer's name last-name-first: "Doe, John", "Doe" or "John".
 * A customer with no personal name gets its business name. Returns `null`
 * when the record has no name at all, so the caller can show its own
 * placeholder.
 */
export function formatCustomerName(customer: Customer | null): string | null {
  if (!customer) return null;

  const last = customer.lastName.trim();
  const first = customer.firstName.trim();
  if (last && first) return `${last}, ${first}`;
  if (last || first) return last || first;

  return customer.businessName.trim() || null;
}
