import { html, nothing, type TemplateResult } from 'lit';
import type { TicketsError } from '../data/errors.js';
import { countProblemRecords } from '../data/problem-counts.js';
import type { TicketStoreState } from '../data/ticket-store.js';
import type { TicketProblem, TicketsPayload } from '../data/types.js';
import type { TicketStrings } from './strings.js';

/** The loading block shown while the first response is awaited. */
export function renderLoading(text: TicketStrings): TemplateResult {
  return html`<div part="loading" class="loading" role="status">${text.loading}</div>`;
}

/** The block shown when no `src` and no `tickets` are set. */
export function renderNoSource(text: TicketStrings): TemplateResult {
  return html`<div part="notice" class="notice" role="status">
    <p>${text.noSource}</p>
  </div>`;
}

/**
 * What the tickets on screen are when an error is shown: none, those of an
 * earlier load, or the pages that loaded before the failure.
 */
export type ErrorContext = 'nothing-shown' | 'earlier-load' | 'partial';

function errorTitle(context: ErrorContext, text: TicketStrings): string {
  if (context === 'nothing-shown') return text.loadFailed;
  return context === 'partial' ? text.partialLoad : text.refreshFailed;
}

/** Returns which error block fits a store state that has an error. */
export function errorContextOf(state: { payload: unknown; partial: boolean }): ErrorContext {
  if (!state.payload) return 'nothing-shown';
  return state.partial ? 'partial' : 'earlier-load';
}

/** The error block: what failed, on which URL, and a Retry button. */
export function renderError(
  error: TicketsError,
  options: { context: ErrorContext; pending: boolean; onRetry: () => void; text: TicketStrings },
): TemplateResult {
  const { text } = options;
  // With tickets still on screen the failure is a warning. Either way it is
  // announced once, politely, and focus stays where the user left it.
  const nothingShown = options.context === 'nothing-shown';
  return html`<div part="error" class="error ${nothingShown ? '' : 'warning'}" role="status">
    <p class="error-title">${errorTitle(options.context, text)}</p>
    <p class="error-message">${text.describeError(error)}</p>
    ${error.url
      ? html`<p class="error-url">${text.failedUrl}: <code>${error.url}</code></p>`
      : nothing}
    <button
      part="retry"
      type="button"
      aria-disabled=${options.pending ? 'true' : 'false'}
      @click=${() => {
        if (!options.pending) options.onRetry();
      }}
    >
      ${options.pending ? text.retrying : text.retry}
    </button>
  </div>`;
}

/**
 * The notice that records were left out or read in part, with the ids and
 * reasons in a disclosure, so that no record disappears without a trace.
 */
export function renderNotice(problems: readonly TicketProblem[], text: TicketStrings): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;

  const { skipped, partial } = countProblemRecords(problems);

  return html`<div part="notice" class="notice" role="status">
    ${skipped > 0 ? html`<p>${text.recordsNotShown(skipped)}</p>` : nothing}
    ${partial > 0 ? html`<p>${text.fieldsNotRead(partial)}</p>` : nothing}
    <details>
      <summary>${text.problemDetails}</summary>
      <ul>
        ${problems.map(
          (problem) =>
            html`<li>${text.problemRecord(problem.id, problem.index + 1)}: ${problem.reason}</li>`,
        )}
      </ul>
    </details>
  </div>`;
}

/**
 * Renders the state of an element's store: no source (or loading, while a
 * provider is still to be defined), loading, or an error with nothing to show; otherwise `ready` with the loaded tickets, after
 * the error block of a failed refresh or a partial load.
 */
export function renderSourceState(
  state: TicketStoreState | null,
  options: { awaitsProvider: boolean; onRetry: () => void; text: TicketStrings },
  ready: (payload: TicketsPayload) => unknown,
): unknown {
  const { onRetry, text } = options;
  if (!state) return options.awaitsProvider ? renderLoading(text) : renderNoSource(text);

  const error = state.error
    ? renderError(state.error, { context: errorContextOf(state), pending: state.pending, onRetry, text })
    : nothing;
  if (!state.payload) return state.error ? error : renderLoading(text);

  return html`${error}${ready(state.payload)}`;
}
