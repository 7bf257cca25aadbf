import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Lists longer than this render in chunks and skip painting offscreen items. */
export const PROGRESSIVE_THRESHOLD = 200;

/** How many items the first chunk renders. */
export const CHUNK_SIZE = 200;

/**
 * Milliseconds of main-thread time that each later chunk aims at. Every
 * frame's style, layout and paint cover the whole list, so each chunk also
 * costs time in proportion to the items already rendered. Chunks sized for
 * 25 ms took 10,000 cards from 7 s to 27 s in total on the benchmark
 * machine, and chunks that double held the main thread for seconds at a
 * time. About 100 ms keeps a click or key waiting at most that long, while
 * scrolling runs on the compositor thread.
 */
export const CHUNK_BUDGET_MS = 100;

// A later chunk has at least CHUNK_SIZE items and at most MAX_CHUNK, so one
// slow or fast chunk cannot stall or flood the next.
const MAX_CHUNK = 2000;

/**
 * Returns how many items the next chunk adds, from how long the last one
 * took: as many as fit in {@link CHUNK_BUDGET_MS} at the last chunk's time
 * per item.
 */
export function nextChunkSize(lastAdded: number, lastMs: number): number {
  if (lastAdded <= 0) return CHUNK_SIZE;
  const perItem = Math.max(lastMs, 1) / lastAdded;
  return Math.min(MAX_CHUNK, Math.max(CHUNK_SIZE, Math.floor(CHUNK_BUDGET_MS / perItem)));
}

/**
 * Renders a long list a chunk at a time, one task apart, so the first
 * screen paints at once while the rest follows. Each later chunk is sized
 * from the time the one before took, so each task stays near
 * {@link CHUNK_BUDGET_MS} unless 200 items take longer, and the list
 * completes in few updates on a fast machine. Every item
 * still ends up in the DOM, unlike a virtualized list, so find-in-page, the
 * accessibility tree and keyboard movement reach every ticket.
 */
export class ProgressiveRenderController implements ReactiveController {
  #host: ReactiveControllerHost;
  #count = CHUNK_SIZE;
  // The chunk being rendered: when its update started and how many items it added.
  #chunkStart = 0;
  #chunkAdded = 0;
  #rendered = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  // Set by finish(): later chunks take the largest size until the list is complete.
  #rushing = false;
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

    // An update that renders no new chunk, such as a changed setting, keeps
    // the timing of the chunk before it.
    if (this.#count !== this.#rendered) {
      this.#chunkStart = performance.now();
      this.#chunkAdded = this.#count - this.#rendered;
      this.#rendered = this.#count;
    }
    this.#schedule();
    return items.slice(0, this.#count);
  }

  /**
   * Renders the rest in the largest chunks, as jumping to the end needs.
   * Chunks of the largest size keep the page responding between them,
   * where one update of every item held the main thread for 4.4 s at
   * 10,000 cards. {@link pending} turns false once every item is rendered.
   */
  finish(): void {
    this.#rushing = true;
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
      // The time since the update began also covers the cards' own updates
      // and any frame painted before this task, which a chunk costs as well.
      this.#count += this.#rushing ? MAX_CHUNK : nextChunkSize(this.#chunkAdded, performance.now() - this.#chunkStart);
      this.#host.requestUpdate();
    }, 0);
  }

  #cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
