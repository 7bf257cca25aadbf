import { html, nothing, type PropertyDeclarations } from 'lit';
import { formatCustomerName } from '../data/customer-name.js';
import { dueStateOf, todayIn } from '../data/due.js';
import { formatDay, formatDueDate } from '../data/format.js';
import { selectDueTickets } from '../data/select.js';
import { ticketLink } from '../data/ticket-link.js';
import type { Ticket } from '../data/types.js';
import { fillTemplate, safeHref } from '../data/url-safety.js';
import { isPlainClick } from '../shared/clicks.js';
import { emit } from '../shared/events.js';
import { atHeadingLevel, headingLevelOf } from '../shared/heading.js';
import { renderNotice, renderSourceState } from '../shared/status-views.js';
import { statusStyles, theme } from '../shared/theme.js';
import { TicketsSourceElement } from '../shared/tickets-source-element.js';
import { warnOnce } from '../shared/warn.js';
import { dueTicketsSummaryStyles } from './due-tickets-summary.styles.js';
import { itemList } from './item-list.js';

/**
 * The Due Tickets section of the home dashboard: how many open tickets are
 * due today or earlier, a compact list of them, and a link to the inbox.
 *
 * @tag due-tickets-summary
 *
 * @attr {string} src - URL of the tickets endpoint.
 * @attr {string} user-id - Count only tickets assigned to this user id.
 * @attr {string} href - Target of "View All Tickets"; `/{company}/home/tickets`, or `/home/tickets` without a company, by default.
 * @attr {string} ticket-href - URL template for tickets without a `url`, with `{id}`, `{customerId}` and `{company}`.
 * @attr {string} company - Company slug for `{company}` and the default `href`.
 * @attr {string} date - Day to evaluate due dates against, `yyyy-MM-dd`; today by default.
 * @attr {string} locale - BCP 47 locale for dates; the document's or the browser's by default.
 * @attr {string} time-zone - IANA time zone for "today" and date-times; the browser's by default.
 * @attr {number} heading-level - Level of the heading, 1 to 6; 2 by default.
 * @attr {number} limit - The most tickets to list; the heading still counts every due ticket. Absent or 0 for all.
 * @attr {number} refresh-interval - Seconds between refreshes while the page is visible; absent or 0 for none.
 * @attr {string} format - How to read the response: `auto` (default), `plain` or `jsonapi`.
 * @attr {'light' | 'dark'} theme - Forces the light or dark colors; the system preference by default.
 * @attr {string} credentials - Whether requests send cookies: `same-origin` (default), `include` or `omit`.
 * @attr {number} timeout - Milliseconds one page request may take; 15000 by default.
 *
 * @fires {CustomEvent<TicketsLoadDetail>} tickets-load - After a load is rendered: the due tickets, their count and the records that could not be shown.
 * @fires {CustomEvent<TicketsErrorDetail>} tickets-error - When a load fails: the error and the URL.
 * @fires {CustomEvent<TicketsAuthRequiredDetail>} tickets-auth-required - When the endpoint responds 401 or 403, so the host can sign the user in again. Not retried.
 * @fires {CustomEvent<TicketOpenDetail>} ticket-open - Before a ticket's link is followed; cancelable.
 *
 * @slot heading - Replaces the heading text; the count stays.
 * @slot empty - Replaces the "Nothing due" text.
 *
 * @csspart section - The frame of the whole section.
 * @csspart heading - The heading.
 * @csspart count - The "(N)" in the heading.
 * @csspart list - The list of due tickets.
 * @csspart item - One due ticket in the list.
 * @csspart item-id - A ticket's id badge.
 * @csspart item-subject - A ticket's subject, a link when there is one.
 * @csspart item-customer - A ticket's customer.
 * @csspart item-due - A ticket's due date.
 * @csspart as-of - The "Due as of …" line, shown when `date` is not today.
 * @csspart more - The "and N more" line under a list cut by `limit`.
 * @csspart empty - The "Nothing due" block.
 * @csspart view-all - The "View All Tickets" link.
 * @csspart loading - The loading state.
 * @csspart error - The error block.
 * @csspart retry - The Retry button in the error block.
 * @csspart notice - The notice about records that could not be shown, or that no endpoint is configured.
 *
 * @cssprop --tickets-heading-font-size - Size of the heading.
 * @cssprop --tickets-surface-color - Background of the section.
 * @cssprop --tickets-border-color - Border of the section and between items.
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
export class DueTicketsSummary extends TicketsSourceElement {
  static override styles = [theme, statusStyles, dueTicketsSummaryStyles];

  static override properties: PropertyDeclarations = {
    href: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Target of the "View All Tickets" link. */
  href: string | null = null;

  /** Level of the heading, 1 to 6. */
  headingLevel: number | null = null;

  protected override shownTickets(tickets: readonly Ticket[]): Ticket[] {
    const { today, timeZone } = this.viewConfig;
    return selectDueTickets(tickets, this.effectiveUserId, today, timeZone);
  }

  #viewAllHref(): string | null {
    const explicit = this.href?.trim();
    if (explicit) {
      const safe = safeHref(explicit);
      if (!safe) warnOnce(this.tag, `href "${explicit}" is not an http(s) or relative URL; "View All Tickets" is shown without a link.`);
      return safe;
    }

    const { company } = this.viewConfig;
    if (!company) return '/home/tickets';

    const { href } = fillTemplate('/{company}/home/tickets', { id: '', customerId: null, company });
    if (!href) warnOnce(this.tag, `company "${company}" cannot be part of a link; "View All Tickets" is shown without a link.`);
    return href;
  }

  #onSubjectClick(event: MouseEvent, ticket: Ticket, href: string): void {
    if (!isPlainClick(event)) return;
    if (!emit(this, 'ticket-open', { ticket, href }, { cancelable: true })) event.preventDefault();
  }

  #renderItem(ticket: Ticket) {
    const { ticketHref, company, locale, timeZone, today } = this.viewConfig;
    const { href } = ticketLink(ticket, ticketHref, company);
    const dueState = dueStateOf(ticket.dueDate, today, timeZone);
    const subject = href
      ? html`<a href=${href} @click=${(event: MouseEvent) => this.#onSubjectClick(event, ticket, href)}><bdi>${ticket.subject}</bdi></a>`
      : html`<bdi>${ticket.subject}</bdi>`;

    // itemList() wraps this in the item's <li>.
    return html`<span part="item-id" class="id"><span class="visually-hidden">${this.text.ticketId(ticket.id)}</span><span aria-hidden="true">${ticket.id}</span></span>
      <span part="item-subject" class="subject">${subject}</span>
      <span class="meta">
        <span part="item-customer" class="customer"><bdi>${formatCustomerName(ticket.customer) ?? this.text.unknownCustomer}</bdi></span>
        <span part="item-due" class="due">
          ${ticket.dueDate
            ? html`<time datetime=${ticket.dueDate.raw}>${formatDueDate(ticket.dueDate, locale, timeZone)}</time>`
            : nothing}
          (${dueState === 'today' ? this.text.dueToday : this.text.overdue})
        </span>
      </span>`;
  }

  #renderAsOf() {
    const { today, timeZone, locale } = this.viewConfig;
    const isToday = today === todayIn(timeZone);
    return html`<p part="as-of" class="as-of" ?hidden=${isToday}>${this.text.dueAsOf(formatDay(today, locale))}</p>`;
  }

  protected override render() {
    const state = this.data.state;
    const payload = state?.payload ?? null;
    const tickets = payload ? this.shownOf(payload) : [];
    const listed = this.limited(tickets);

    const body = renderSourceState(state, { awaitsProvider: this.awaitsProvider, onRetry: () => void this.refresh(), text: this.text }, (loaded) =>
      html`${renderNotice(this.relevantProblems(loaded, tickets), this.text)}
        <ul part="list" class="list" ?hidden=${tickets.length === 0} ${itemList(listed, (ticket) => this.#renderItem(ticket))}></ul>
        <p part="more" class="more" ?hidden=${listed.length === tickets.length}>${this.text.andMore(tickets.length - listed.length)}</p>`,
    );

    const viewAll = this.#viewAllHref();
    return html`<section part="section" class="section" aria-labelledby="heading">
      ${atHeadingLevel(
        html`<h1 part="heading" class="heading" id="heading"
          ><slot name="heading">${this.text.dueTicketsHeading}</slot>${payload
            ? html` <span part="count" class="count">(${tickets.length})</span>`
            : nothing}</h1
        >`,
        headingLevelOf(this.tag, this.headingLevel, 2, this.getAttribute('heading-level')),
      )}
      ${this.#renderAsOf()}
      ${body}
      <div part="empty" class="empty" ?hidden=${!(payload && tickets.length === 0)}><slot name="empty">${this.text.nothingDue}</slot></div>
      ${viewAll
        ? html`<a part="view-all" class="view-all" href=${viewAll}>${this.text.viewAll}</a>`
        : html`<span part="view-all" class="view-all">${this.text.viewAll}</span>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'due-tickets-summary': DueTicketsSummary;
  }
}

// Re-exported so that a program importing only this module also gets the
// events' HTMLElementEventMap entries.
export type { TicketOpenDetail, TicketsAuthRequiredDetail, TicketsErrorDetail, TicketsLoadDetail } from '../shared/events.js';
