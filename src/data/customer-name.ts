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

/**
 * Returns the business name to show beside a customer's personal name, so a
 * commercial account whose contact is named still shows the company. Returns
 * `null` when the personal name is not shown or there is no business name.
 */
export function businessNameBeside(customer: Customer | null): string | null {
  if (!customer) return null;

  const hasPersonalName = Boolean(customer.lastName.trim() || customer.firstName.trim());
  return hasPersonalName ? customer.businessName.trim() || null : null;
}
