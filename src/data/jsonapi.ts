// Converts a JSON:API document of note resources, as the SecurityTrax API
// sends them, into records of the plain format. Attribute names may be
// snake_case or camelCase; related resources come from `included`.

type Fields = Record<string, unknown>;

/** A plain record made from one resource, and what could not be resolved. */
export interface ConvertedResource {
  record: Fields;
  warnings: string[];
}

interface Identifier {
  type: string;
  id: string;
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The names a field may have, in the order they are tried: each name in
// camelCase, then in snake_case. The table is written out, because
// converting the names at run time took about a quarter of a parse.
const CUSTOMER = ['customer'];
const ASSIGNEE = ['assignedUser', 'assigned_user', 'assignedTo', 'assigned_to', 'assignee'];
const CREATOR = ['createdByUser', 'created_by_user', 'createdBy', 'created_by', 'user'];
const NOTE_TYPE = ['noteType', 'note_type', 'customerNoteType', 'customer_note_type'];
const PERSON_NAME = ['name', 'displayName', 'display_name', 'fullName', 'full_name'];
const FIRST_NAME = ['fname', 'firstName', 'first_name'];
const LAST_NAME = ['lname', 'lastName', 'last_name'];
const BUSINESS_NAME = ['businessName', 'business_name'];
const BODY = ['note', 'body'];
const IS_TICKET = ['isTicket', 'is_ticket'];
const STATUS = ['status', 'ticketStatus', 'ticket_status'];
const DUE_DATE = ['dueDate', 'due_date'];
const CREATED_AT = ['createdAt', 'created_at'];

/** Reads the first of `names` present in `fields`. */
function pick(fields: Fields | undefined, names: readonly string[]): unknown {
  if (!fields) return undefined;
  for (const name of names) {
    if (name in fields) return fields[name];
  }
  return undefined;
}

function identifierOf(value: unknown): Identifier | null {
  if (!isObject(value) || !isObject(value.data)) return null;
  const { type, id } = value.data;
  if (typeof type !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) return null;
  return { type, id: String(id) };
}

/** Tells whether a response body looks like a JSON:API document of resources. */
export function isJsonApiDocument(body: unknown): boolean {
  if (!isObject(body) || !Array.isArray(body.data)) return false;
  const [first] = body.data;
  return isObject(first) && typeof first.type === 'string' && isObject(first.attributes);
}

function personName(attributes: Fields | undefined): string {
  const name = pick(attributes, PERSON_NAME);
  if (typeof name === 'string' && name.trim()) return name;

  const first = pick(attributes, FIRST_NAME);
  const last = pick(attributes, LAST_NAME);
  return [first, last].filter((part) => typeof part === 'string' && part.trim()).join(' ');
}

/**
 * Converts the `data` resources of a JSON:API document. A relationship that
 * names a resource missing from `included` keeps its id where the plain
 * format has one, and becomes a warning, so the card shows its placeholder.
 */
export function convertJsonApiDocument(body: Fields): ConvertedResource[] {
  const included = new Map<string, Fields>();
  for (const resource of Array.isArray(body.included) ? body.included : []) {
    if (isObject(resource) && typeof resource.type === 'string' && resource.id !== undefined) {
      included.set(`${resource.type}:${String(resource.id)}`, resource);
    }
  }

  return (body.data as unknown[]).map((resource) => convertResource(resource, included));
}

function convertResource(resource: unknown, included: Map<string, Fields>): ConvertedResource {
  if (!isObject(resource)) return { record: resource as Fields, warnings: [] };

  const attributes = isObject(resource.attributes) ? resource.attributes : {};
  const relationships = isObject(resource.relationships) ? resource.relationships : {};
  const warnings: string[] = [];

  const related = (label: string, names: readonly string[]): { id: string; attributes: Fields | undefined } | null => {
    const identifier = identifierOf(pick(relationships, names));
    if (!identifier) return null;

    const found = included.get(`${identifier.type}:${identifier.id}`);
    if (!found) warnings.push(`${label} ${identifier.type} ${identifier.id} is not in "included"`);
    return { id: identifier.id, attributes: isObject(found?.attributes) ? found.attributes : undefined };
  };

  const customer = related('customer', CUSTOMER);
  const assignee = related('assigned user', ASSIGNEE);
  const creator = related('creating user', CREATOR);
  const noteType = related('note type', NOTE_TYPE);

  // A single name needs no search: reading an absent one gives `undefined`.
  const record: Fields = {
    id: resource.id,
    subject: attributes.subject,
    body: pick(attributes, BODY),
    isTicket: pick(attributes, IS_TICKET),
    status: pick(attributes, STATUS),
    priority: attributes.priority,
    dueDate: pick(attributes, DUE_DATE),
    createdAt: pick(attributes, CREATED_AT),
    url: attributes.url,
    noteType: noteType?.attributes ? { id: noteType.id, name: noteType.attributes.name } : null,
    customer: customer
      ? customer.attributes
        ? convertCustomer(customer.id, customer.attributes)
        : null
      : attributes.customer ?? null,
    assignedTo: assignee ? { id: assignee.id, name: personName(assignee.attributes) } : null,
    createdBy: creator?.attributes ? { id: creator.id, name: personName(creator.attributes) } : null,
  };
  return { record, warnings };
}

function convertCustomer(id: string, attributes: Fields): Fields {
  return {
    id,
    firstName: pick(attributes, FIRST_NAME) ?? null,
    lastName: pick(attributes, LAST_NAME) ?? null,
    businessName: pick(attributes, BUSINESS_NAME) ?? null,
  };
}
