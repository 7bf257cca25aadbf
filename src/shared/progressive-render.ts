import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Lists longer than this render in chunks and skip painting offscreen items. */
export const PROGRESSIVE_THRESHOLD = 200;

/** How many items the first chunk renders; each later chunk doubles the count. */
export const CHUNK_SIZE = 200;

/**
 * Renders a long list a chunk at a time, one task apart, so the first
 * screen paints at once while the rest follows. The count doubles with
 * each chunk, so 10,000 items take seven updates, not fifty. Every item still ends up in
 * the DOM, unlike a virtualized list, so find-in-page, the accessibility
 * tree and keyboard movement reach every ticket.
 */
export class ProgressiveRenderController implements ReactiveController {
  #host: ReactiveControllerHost;
  #count = CHUNK_SIZE;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending = false;
  #completed = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether some items are still to be rendered. */
  get pending(): boolean {
    return this.#pending;
  }

  /** Returns the items to render now, and schedules the next chunk when some are left. */
  take<T>(items: readonly T[]): readonly T[] {
    // Once a list has rendered in full, a refresh that adds a few tickets
    // shows them at once instead of a chunk later.
    if (this.#completed) this.#count = Math.max(this.#count, items.length);

    this.#pending = items.length > PROGRESSIVE_THRESHOLD && this.#count < items.length;
    if (!this.#pending) {
      this.#completed = true;
      return items;
    }

    this.#schedule();
    return items.slice(0, this.#count);
  }

  /** Renders every item at the next update, as jumping to the end needs. */
  complete(): void {
    this.#count = Number.POSITIVE_INFINITY;
    this.#cancel();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (this.#pending) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#cancel();
  }

  #schedule(): void {
    if (this.#timer !== null) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#count *= 2;
      this.#host.requestUpdate();
    }, 0);
  }

  #cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
