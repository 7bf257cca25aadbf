import { TicketsError } from './errors.js';
import { convertJsonApiDocument, isJsonApiDocument } from './jsonapi.js';
import { parseTicket, recordIdOf, type ParsedRecord } from './parse-ticket.js';
import type { Ticket, TicketProblem, TicketsPayload } from './types.js';

/** How a response body is read: detected, the plain format, or JSON:API. */
export type ResponseFormat = 'auto' | 'plain' | 'jsonapi';

/** A function from a parsed response body to an array of plain records. */
export type ResponseTransform = (body: unknown) => unknown;

/** Options for reading a response body. */
export interface DecodeOptions {
  format?: ResponseFormat;
  transform?: ResponseTransform;
  /** The response's `Content-Type`, which tells JSON:API apart in `auto`. */
  contentType?: string;
}

/** A warning about one record, by its position across all pages. */
export interface RecordWarning {
  index: number;
  reason: string;
}

/** One page of the endpoint's response. */
export interface ResponsePage {
  records: unknown[];
  /** The next page's URL from `links.next`, or `null` on the last page. */
  next: string | null;
  /** Warnings by the record's position on this page. */
  warnings: RecordWarning[];
}

function describeShape(body: unknown): string {
  if (body === null) return 'null';
  if (Array.isArray(body)) return 'an array';
  return typeof body === 'object' ? 'an object without a "data" array' : typeof body;
}

function nextLink(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const next = (body as { links?: { next?: unknown } }).links?.next;
  return typeof next === 'string' && next.trim() ? next.trim() : null;
}

function transformed(body: unknown, transform: ResponseTransform, url: string): unknown[] {
  let records: unknown;
  try {
    records = transform(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TicketsError('invalid-response', `The transform function failed on the response: ${reason}`, url, null, { cause: error });
  }
  if (!Array.isArray(records)) {
    throw new TicketsError('invalid-response', `The transform function returned ${describeShape(records)}; expected an array of tickets.`, url);
  }
  return records;
}

/**
 * Reads one response body: a bare array of records, an object with a `data`
 * array, or a JSON:API document whose `data` are note resources. A
 * `transform` replaces this reading for any other shape.
 *
 * @throws {TicketsError} of kind `invalid-response` for any other shape.
 */
export function decodePage(body: unknown, url: string, options: DecodeOptions = {}): ResponsePage {
  const next = nextLink(body);
  if (options.transform) return { records: transformed(body, options.transform, url), next, warnings: [] };

  const format = options.format ?? 'auto';
  const isJsonApi =
    format === 'jsonapi' ||
    (format === 'auto' && (/application\/vnd\.api\+json/i.test(options.contentType ?? '') || isJsonApiDocument(body)));

  if (Array.isArray(body) && !isJsonApi) return { records: body, next: null, warnings: [] };

  if (typeof body === 'object' && body !== null && Array.isArray((body as { data?: unknown }).data)) {
    if (!isJsonApi) return { records: (body as { data: unknown[] }).data, next, warnings: [] };

    const converted = convertJsonApiDocument(body as Record<string, unknown>);
    const warnings = converted.flatMap((item, index) => item.warnings.map((reason) => ({ index, reason })));
    return { records: converted.map((item) => item.record), next, warnings };
  }

  const expected = isJsonApi ? 'a JSON:API document with a "data" array' : 'an array of tickets or an object with a "data" array';
  throw new TicketsError('invalid-response', `The tickets endpoint returned ${describeShape(body)}; expected ${expected}.`, url);
}

function addWarnings(problems: TicketProblem[], ticket: Ticket, index: number, reasons: readonly string[]): void {
  for (const reason of reasons) problems.push({ id: String(ticket.id), index, reason, shown: true });
}

/**
 * Parses the records of every page into tickets. Records that cannot be
 * shown, and repeats of an id already read, become problems instead of
 * being dropped in silence. A warning about one field is a problem too, but
 * its ticket is shown.
 */
export function parseRecords(records: readonly unknown[], warnings: readonly RecordWarning[] = []): TicketsPayload {
  return collectTickets(records, warnings, parseTicket);
}

/** A function that reads one record, in place of {@link parseTicket}. */
export type RecordReader = (record: unknown) => ParsedRecord;

/**
 * Does the work of {@link parseRecords} with `read` in place of
 * `parseTicket`. `onShown` is called with every ticket that the payload
 * shows, right after `read` returned it for the same record, so a reader
 * can tell which of its results were kept.
 */
export function collectTickets(
  records: readonly unknown[],
  warnings: readonly RecordWarning[],
  read: RecordReader,
  onShown?: (ticket: Ticket) => void,
): TicketsPayload {
  const tickets: Ticket[] = [];
  const problems: TicketProblem[] = [];
  const seen = new Set<number>();
  const extraWarnings = new Map<number, string[]>();
  for (const { index, reason } of warnings) {
    const reasons = extraWarnings.get(index);
    if (reasons) reasons.push(reason);
    else extraWarnings.set(index, [reason]);
  }

  records.forEach((record, index) => {
    const parsed = read(record);
    if (!parsed.ok) {
      problems.push({ id: parsed.id, index, reason: parsed.reason, shown: false });
      return;
    }

    const { ticket } = parsed;
    if (seen.has(ticket.id)) {
      problems.push({
        id: recordIdOf(record),
        index,
        reason: `duplicate id ${ticket.id}; the first record with it is shown`,
        shown: false,
      });
      return;
    }

    seen.add(ticket.id);
    tickets.push(ticket);
    onShown?.(ticket);
    const extra = extraWarnings.get(index);
    if (extra) addWarnings(problems, ticket, index, extra);
    if (parsed.warnings.length > 0) addWarnings(problems, ticket, index, parsed.warnings);
  });

  return { tickets, problems };
}
