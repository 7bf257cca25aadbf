import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { selectOpenTickets } from '../data/select.js';
import type { Ticket, TicketsPayload } from '../data/types.js';
import { atHeadingLevel, headingLevelOf } from '../shared/heading.js';
import { renderNotice, renderSourceState } from '../shared/status-views.js';
import { statusStyles, theme } from '../shared/theme.js';
import { PROGRESSIVE_THRESHOLD, ProgressiveRenderController } from '../shared/progressive-render.js';
import { TicketsSourceElement } from '../shared/tickets-source-element.js';
import { cardList, type CardSettings } from './card-list.js';
import { myOpenTicketsStyles } from './my-open-tickets.styles.js';

function sameCardSettings(a: CardSettings, b: CardSettings): boolean {
  return (Object.keys(a) as (keyof CardSettings)[]).every((key) => a[key] === b[key]);
}

/**
 * The My Open Tickets page: a heading with the count, and one
 * `<ticket-card>` per open ticket, newest first.
 *
 * @tag my-open-tickets
 *
 * @attr {string} src - URL of the tickets endpoint.
 * @attr {string} user-id - Show only tickets assigned to this user id.
 * @attr {string} ticket-href - URL template for tickets without a `url`, with `{id}`, `{customerId}` and `{company}`.
 * @attr {string} company - Company slug for `{company}`.
 * @attr {string} date - Day to evaluate due dates against, `yyyy-MM-dd`; today by default.
 * @attr {string} locale - BCP 47 locale for dates; the document's or the browser's by default.
 * @attr {string} time-zone - IANA time zone for "today" and date-times; the browser's by default.
 * @attr {number} heading-level - Level of the page heading, 1 to 6; 2 by default. Cards use one level below.
 * @attr {boolean} hide-refresh - Hides the Refresh button.
 * @attr {number} limit - The most cards to list; the heading still counts every ticket. Absent or 0 for all.
 * @attr {number} refresh-interval - Seconds between refreshes while the page is visible; absent or 0 for none.
 * @attr {string} format - How to read the response: `auto` (default), `plain` or `jsonapi`.
 * @attr {'light' | 'dark'} theme - Forces the light or dark colors for the list and its cards; the system preference by default.
 * @attr {string} credentials - Whether requests send cookies: `same-origin` (default), `include` or `omit`.
 * @attr {number} timeout - Milliseconds one page request may take; 15000 by default.
 *
 * @fires {CustomEvent<TicketsLoadDetail>} tickets-load - After a load is rendered: the tickets shown, their count and the records that could not be shown.
 * @fires {CustomEvent<TicketsErrorDetail>} tickets-error - When a load fails: the error and the URL.
 * @fires {CustomEvent<TicketsAuthRequiredDetail>} tickets-auth-required - When the endpoint responds 401 or 403, so the host can sign the user in again. Not retried.
 * @fires {CustomEvent<TicketOpenDetail>} ticket-open - From a card, before its link is followed; cancelable.
 *
 * @slot heading - Replaces the heading text; the count stays.
 * @slot empty - Replaces the "Nothing here" text of the empty state.
 * @slot actions - Beside the heading, for host controls such as a filter.
 *
 * @csspart heading - The page heading.
 * @csspart count - The "(N)" in the heading.
 * @csspart actions - The box beside the heading that contains the `actions` slot and the Refresh button.
 * @csspart list - The list of cards.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @csspart error - The error block.
 * @csspart retry - The Retry button in the error block.
 * @csspart notice - The notice about records that could not be shown, or that no endpoint is configured.
 * @csspart more - The "Showing N of M tickets" line under a list cut by `limit`.
 * @csspart refresh - The Refresh button beside the heading; hidden with `hide-refresh`.
 * @csspart card - Each card's frame; every other card part is forwarded as `card-<part>`, such as `card-due`.
 *
 * @cssprop --tickets-heading-font-size - Size of the page heading.
 * @cssprop --tickets-background - Background of the list; transparent in light colors, dark in dark ones.
 * @cssprop --tickets-surface-color - Background of the cards and buttons.
 * @cssprop --tickets-border-color - Border of cards, blocks and buttons.
 * @cssprop --tickets-font-family - Font of the element; inherits the page's by default.
 * @cssprop --tickets-font-size - Base font size; 0.9375rem by default.
 * @cssprop --tickets-text-color - Main text color.
 * @cssprop --tickets-muted-color - Color of labels and secondary text.
 * @cssprop --tickets-link-color - Color of links.
 * @cssprop --tickets-focus-color - Color of the focus outline.
 * @cssprop --tickets-radius - Corner radius of cards, badges and blocks.
 * @cssprop --tickets-padding - Inner spacing of cards and blocks.
 * @cssprop --tickets-gap - Space between cards, items and blocks.
 * @cssprop --tickets-badge-text-color - Text color of the filled badges.
 * @cssprop --tickets-badge-padding - Inner spacing of badges; `0.0625rem 0.5rem` by default.
 * @cssprop --tickets-badge-radius - Corner radius of the status, priority and type badges; a pill by default.
 * @cssprop --tickets-id-color - Background of the id badge.
 * @cssprop --tickets-due-color - Color of a due date that is today or earlier.
 * @cssprop --tickets-error-color - Border and title color of the error block.
 * @cssprop --tickets-error-surface-color - Background of the error block.
 * @cssprop --tickets-warning-color - Border and title color of a failed refresh or partial load.
 * @cssprop --tickets-notice-surface-color - Background of notices and warnings.
 * @cssprop --tickets-button-padding - Inner spacing of the Refresh and Retry buttons.
 */
export class MyOpenTickets extends TicketsSourceElement {
  static override styles = [theme, statusStyles, myOpenTicketsStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    hideRefresh: { attribute: 'hide-refresh', type: Boolean },
    announcement: { state: true, attribute: false },
  };

  /** Level of the page heading, 1 to 6. */
  headingLevel: number | null = null;

  /** Hides the Refresh button. */
  hideRefresh = false;

  /** The polite live region's text: what the last refresh changed. */
  private announcement = '';

  readonly #progressive = new ProgressiveRenderController(this);
  // Set by End before every card is rendered: the element that had focus,
  // so that the last card gets it once the list is complete.
  #focusLastFrom: Element | null | undefined = undefined;
  #announcedFor: TicketsPayload | null = null;
  #shownIds: Set<number> | null = null;
  // Kept while the settings stay equal, so the cards can tell by identity
  // that theirs did not change.
  #cardSettings: CardSettings | null = null;

  // The list sets every setting of its cards, from its own and the provider's.
  protected override configuresInnerElements = true;

  protected override shownTickets(tickets: readonly Ticket[]): Ticket[] {
    return selectOpenTickets(tickets, this.effectiveUserId);
  }

  #renderHeading(count: number | null) {
    const template = html`<h1 part="heading" class="heading" id="heading"
      ><slot name="heading">${this.text.openTicketsHeading}</slot>${count === null
        ? nothing
        : html` <span part="count" class="count">(${count})</span>`}</h1
    >`;
    return atHeadingLevel(template, headingLevelOf(this.tag, this.headingLevel, 2, this.getAttribute('heading-level')));
  }

  #cardHeadingLevel(): number {
    // One level below the page heading; h6 is the lowest there is.
    return Math.min(headingLevelOf(this.tag, this.headingLevel, 2, this.getAttribute('heading-level')) + 1, 6);
  }

  #settingsForCards(): CardSettings {
    const { company, ticketHref, today, locale, timeZone } = this.viewConfig;
    const settings: CardSettings = {
      company,
      ticketHref,
      date: today,
      locale,
      timeZone,
      headingLevel: this.#cardHeadingLevel(),
      strings: this.text,
      theme: this.theme === 'light' || this.theme === 'dark' ? this.theme : null,
    };
    if (!this.#cardSettings || !sameCardSettings(this.#cardSettings, settings)) this.#cardSettings = settings;
    return this.#cardSettings;
  }

  #renderList(tickets: readonly Ticket[]) {
    const rendered = this.#progressive.take(tickets);
    return html`<ul
      part="list"
      class="list ${tickets.length > PROGRESSIVE_THRESHOLD ? 'long' : ''}"
      aria-labelledby="heading"
      aria-busy=${this.#progressive.pending ? 'true' : 'false'}
      ?hidden=${tickets.length === 0}
      @keydown=${this.#onListKeydown}
      ${cardList(rendered, this.#settingsForCards())}
    ></ul>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusLastFrom === undefined || this.#progressive.pending) return;
    // A key pressed while the rest rendered wins over the End.
    const last = this.shadowRoot!.activeElement === this.#focusLastFrom ? [...this.renderRoot.querySelectorAll('ticket-card')].at(-1) : undefined;
    this.#focusLastFrom = undefined;
    // The card renders its link after this update, so it can take focus then.
    void last?.updateComplete.then(() => last.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);

    const payload = this.data.state?.payload ?? null;
    if (payload === this.#announcedFor) return;
    const shown = payload ? this.shownOf(payload) : null;
    const shownIds = shown ? new Set(shown.map((ticket) => ticket.id)) : null;
    if (payload && shown && shownIds && this.#shownIds) this.announcement = this.#describeChanges(payload, shown, this.#shownIds, shownIds);
    this.#announcedFor = payload;
    this.#shownIds = shownIds;
  }

  /** Returns the live region text for what a refresh changed, or '' for no change. */
  #describeChanges(payload: TicketsPayload, shown: readonly Ticket[], before: ReadonlySet<number>, after: ReadonlySet<number>): string {
    let added = 0;
    for (const ticket of shown) if (!before.has(ticket.id)) added += 1;

    const leftIds = new Set<number>();
    for (const id of before) if (!after.has(id)) leftIds.add(id);
    // A ticket that left the list is counted as closed when the payload
    // still has it as closed, and as removed otherwise.
    let closed = 0;
    if (leftIds.size > 0) {
      for (const ticket of payload.tickets) if (leftIds.has(ticket.id) && ticket.status === 'closed') closed += 1;
    }
    return this.text.changes(added, closed, leftIds.size - closed);
  }

  /**
   * Moves focus between cards: j or ArrowDown to the next, k or ArrowUp to
   * the previous, Home and End to the first and last. Enter follows the
   * focused subject link as links do. Keys typed into a form control
   * inside a card are left alone.
   */
  #onListKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const origin = event.composedPath()[0];
    if (origin instanceof HTMLElement && origin.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;

    const cards = [...this.renderRoot.querySelectorAll('ticket-card')];
    const current = cards.findIndex((card) => event.composedPath().includes(card));
    const last = cards.length - 1;
    const targets: Record<string, number> = {
      j: current + 1,
      ArrowDown: current + 1,
      k: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in targets) || cards.length === 0) return;

    event.preventDefault();
    if (event.key === 'End' && this.#progressive.pending) {
      this.#progressive.finish();
      this.#focusLastFrom = this.shadowRoot!.activeElement;
      return;
    }
    const target = Math.min(Math.max(targets[event.key], 0), last);
    cards[target].focus();
  };

  #renderRefresh() {
    const pending = Boolean(this.data.state?.pending);
    return html`<button
      part="refresh"
      class="refresh"
      type="button"
      ?hidden=${this.hideRefresh || !this.data.store?.remote || !this.data.state?.payload}
      aria-disabled=${pending ? 'true' : 'false'}
      @click=${() => {
        if (!pending) void this.refresh();
      }}
    >
      ${pending && this.data.state?.payload ? this.text.refreshing : this.text.refresh}
    </button>`;
  }

  protected override render() {
    const state = this.data.state;
    const payload = state?.payload ?? null;
    const tickets = payload ? this.shownOf(payload) : [];

    const listed = this.limited(tickets);
    const body = renderSourceState(state, { awaitsProvider: this.awaitsProvider, onRetry: () => void this.refresh(), text: this.text }, (loaded) =>
      html`${renderNotice(this.relevantProblems(loaded, tickets), this.text)} ${this.#renderList(listed)}
        <p part="more" class="more" ?hidden=${listed.length === tickets.length}>${this.text.showingSome(listed.length, tickets.length)}</p>`,
    );

    return html`<div class="top">
        ${this.#renderHeading(payload ? tickets.length : null)}
        <div part="actions" class="actions">
          <slot name="actions"></slot>
          ${this.#renderRefresh()}
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${body}
      <div part="empty" class="empty" ?hidden=${!(payload && tickets.length === 0)}>
        <slot name="empty">${this.text.empty}</slot>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'my-open-tickets': MyOpenTickets;
  }
}

// Re-exported so that a program importing only this module also gets the
// events' HTMLElementEventMap entries.
export type { TicketOpenDetail, TicketsAuthRequiredDetail, TicketsErrorDetail, TicketsLoadDetail } from '../shared/events.js';
