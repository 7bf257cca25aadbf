/** Builds a record in the endpoint's plain format, open and assigned to user 9. */
export function record(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 1042,
    subject: 'Keypad beeps every night',
    body: 'Customer says it starts at 2am.\nPlease call before 5pm.',
    isTicket: true,
    status: 'open',
    priority: 'high',
    noteType: { id: 3, name: 'Service Issue' },
    customer: { id: 77, firstName: 'John', lastName: 'Doe', businessName: null },
    createdAt: '2026-12-01T15:04:05Z',
    createdBy: { id: 5, name: 'Ann Lee' },
    assignedTo: { id: 9, name: 'Sam Ortiz' },
    dueDate: '2026-12-04',
    url: null,
    ...overrides,
  };
}
