import { expect } from '@open-wc/testing';
import { formatCustomerName } from '../../src/data/customer-name.js';
import type { Customer } from '../../src/data/types.js';

function customer(fields: Partial<Customer>): Customer {
  return { id: 1, firstName: '', lastName: '', businessName: '', ...fields };
}

describe('formatCustomerName', () => {
  it('puts the last name first', () => {
    expect(formatCustomerName(customer({ firstName: 'John', lastName: 'Doe' }))).to.equal('Doe, John');
  });

  it('uses a lone last or first name without a comma', () => {
    expect(formatCustomerName(customer({ lastName: 'Doe' }))).to.equal('Doe');
    expect(formatCustomerName(customer({ firstName: 'John' }))).to.equal('John');
  });

  it('ignores blank parts', () => {
    expect(formatCustomerName(customer({ firstName: '  ', lastName: ' Doe ' }))).to.equal('Doe');
  });

  it('falls back to the business name', () => {
    expect(formatCustomerName(customer({ businessName: 'Smith & Sons Hardware' }))).to.equal('Smith & Sons Hardware');
  });

  it('prefers a personal name on a business customer', () => {
    const contact = customer({ firstName: 'Ana', lastName: 'Ruiz', businessName: 'Ruiz Bakery' });

    expect(formatCustomerName(contact)).to.equal('Ruiz, Ana');
  });

  it('returns null when there is no name', () => {
    expect(formatCustomerName(customer({}))).to.equal(null);
    expect(formatCustomerName(null)).to.equal(null);
  });
});
