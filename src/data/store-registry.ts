import { baseUrl, type FetchOptions } from './fetch-tickets.js';
import { TicketStore } from './ticket-store.js';

// Elements on one page that load the same endpoint the same way share one
// store, so they send one request and show one snapshot. An entry lives
// while at least one element holds it.
const entries = new Map<string, { store: TicketStore; holders: number }>();

// Functions and header objects have no useful text form, so each gets a
// number that stands for its identity in the key.
const identities = new WeakMap<object, number>();
let nextIdentity = 1;

function identity(value: object | undefined): string {
  if (value === undefined) return '';
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(value, id);
  }
  return String(id);
}

function headersKey(headers: HeadersInit | undefined): string {
  if (headers === undefined) return '';
  return JSON.stringify([...new Headers(headers)]);
}

/** Returns the text that is equal for two loads exactly when they send the same requests. */
export function storeKey(src: string, options: FetchOptions = {}): string {
  let url = src;
  try {
    url = new URL(src, baseUrl()).href;
  } catch {
    // An invalid URL keeps its text; the store reports it when it loads.
  }
  return JSON.stringify([
    url,
    headersKey(options.headers),
    options.credentials ?? '',
    options.timeout ?? '',
    options.format ?? '',
    identity(options.fetcher),
    identity(options.transform),
  ]);
}

/**
 * Returns the store for `key`, creating it with `create` when no element
 * holds one. Call the returned `release` when the element lets go.
 */
export function acquireStore(key: string, create: () => TicketStore): { store: TicketStore; release: () => void } {
  let entry = entries.get(key);
  if (!entry) {
    entry = { store: create(), holders: 0 };
    entries.set(key, entry);
  }
  entry.holders += 1;

  const held = entry;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.holders -= 1;
    if (held.holders === 0 && entries.get(key) === held) entries.delete(key);
  };
  return { store: held.store, release };
}
