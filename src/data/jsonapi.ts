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

function camelToSnake(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Reads the first of `names` present in `fields`, each tried in camelCase and snake_case. */
function pick(fields: Fields | undefined, ...names: string[]): unknown {
  if (!fields) return undefined;
  for (const name of names) {
    if (name in fields) return fields[name];
    const snake = camelToSnake(name);
    if (snake in fields) return fields[snake];
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
  const name = pick(attributes, 'name', 'displayName', 'fullName');
  if (typeof name === 'string' && name.trim()) return name;

  const first = pick(attributes, 'fname', 'firstName');
  const last = pick(attributes, 'lname', 'lastName');
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

  const related = (label: string, ...names: string[]): { id: string; attributes: Fields | undefined } | null => {
    const identifier = identifierOf(pick(relationships, ...names));
    if (!identifier) return null;

    const found = included.get(`${identifier.type}:${identifier.id}`);
    if (!found) warnings.push(`${label} ${identifier.type} ${identifier.id} is not in "included"`);
    return { id: identifier.id, attributes: isObject(found?.attributes) ? found.attributes : undefined };
  };

  const customer = related('customer', 'customer');
  const assignee = related('assigned user', 'assignedUser', 'assignedTo', 'assignee');
  const creator = related('creating user', 'createdByUser', 'createdBy', 'user');
  const noteType = related('note type', 'noteType', 'customerNoteType');

  const record: Fields = {
    id: resource.id,
    subject: pick(attributes, 'subject'),
    body: pick(attributes, 'note', 'body'),
    isTicket: pick(attributes, 'isTicket'),
    status: pick(attributes, 'status', 'ticketStatus'),
    priority: pick(attributes, 'priority'),
    dueDate: pick(attributes, 'dueDate'),
    createdAt: pick(attributes, 'createdAt'),
    url: pick(attributes, 'url'),
    noteType: noteType?.attributes ? { id: noteType.id, name: pick(noteType.attributes, 'name') } : null,
    customer: customer
      ? customer.attributes
        ? convertCustomer(customer.id, customer.attributes)
        : null
      : pick(attributes, 'customer') ?? null,
    assignedTo: assignee ? { id: assignee.id, name: personName(assignee.attributes) } : null,
    createdBy: creator?.attributes ? { id: creator.id, name: personName(creator.attributes) } : null,
  };
  return { record, warnings };
}

function convertCustomer(id: string, attributes: Fields): Fields {
  return {
    id,
    firstName: pick(attributes, 'fname', 'firstName') ?? null,
    lastName: pick(attributes, 'lname', 'lastName') ?? null,
    businessName: pick(attributes, 'businessName') ?? null,
  };
}
