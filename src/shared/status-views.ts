import { html, nothing, type TemplateResult } from 'lit';
import type { TicketsError } from '../data/errors.js';
import type { TicketProblem } from '../data/types.js';
import { messages } from './messages.js';

/** The loading block shown while the first response is awaited. */
export function renderLoading(): TemplateResult {
  return html`<div part="loading" class="loading" role="status">${messages.loading}</div>`;
}

/** The block shown when no `src` and no `tickets` are set. */
export function renderNoSource(): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${messages.noSource}</p>
  </div>`;
}

/**
 * The error block: what failed, on which URL, and a Retry button. `stale`
 * says the tickets shown below it are from an earlier load.
 */
export function renderError(
  error: TicketsError,
  options: { stale: boolean; pending: boolean; onRetry: () => void },
): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${options.stale ? messages.refreshFailed : messages.loadFailed}</p>
    <p class="error-message">${error.message}</p>
    ${error.url
      ? html`<p class="error-url">${messages.failedUrl}: <code>${error.url}</code></p>`
      : nothing}
    <button part="retry" type="button" ?disabled=${options.pending} @click=${options.onRetry}>
      ${options.pending ? messages.retrying : messages.retry}
    </button>
  </div>`;
}

/**
 * The notice that records were left out or read in part, with the ids and
 * reasons in a disclosure, so that no record disappears without a trace.
 */
export function renderNotice(problems: readonly TicketProblem[]): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;

  const skipped = new Set(problems.filter((problem) => !problem.shown).map((problem) => problem.index));
  const partial = new Set(problems.filter((problem) => problem.shown).map((problem) => problem.index));

  return html`<div part="notice" class="notice" role="status">
    ${skipped.size > 0 ? html`<p>${messages.recordsNotShown(skipped.size)}</p>` : nothing}
    ${partial.size > 0 ? html`<p>${messages.fieldsNotRead(partial.size)}</p>` : nothing}
    <details>
      <summary>${messages.problemDetails}</summary>
      <ul>
        ${problems.map(
          (problem) =>
            html`<li>${problem.id === null ? `record ${problem.index + 1}` : `id ${problem.id}`}: ${problem.reason}</li>`,
        )}
      </ul>
    </details>
  </div>`;
}
