import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { businessNameBeside, formatCustomerName } from '../data/customer-name.js';
import { dueStateOf } from '../data/due.js';
import { formatDateTime, formatDueDate } from '../data/format.js';
import { parseTicket } from '../data/parse-ticket.js';
import { ticketLink } from '../data/ticket-link.js';
import type { DueState, Ticket } from '../data/types.js';
import { isPlainClick } from '../shared/clicks.js';
import { emit } from '../shared/events.js';
import { atHeadingLevel, headingLevelOf } from '../shared/heading.js';
import { theme } from '../shared/theme.js';
import { TicketViewElement } from '../shared/ticket-view-element.js';
import { warnOnce } from '../shared/warn.js';
import { isParsed } from './parsed-tickets.js';
import { ticketCardStyles } from './ticket-card.styles.js';

// Clicks on these open nothing, because they have an action of their own or
// the user is working with the text.
const INTERACTIVE = 'a, button, input, select, textarea, summary, label, [contenteditable], [tabindex]';

/**
 * One ticket: its id, subject link, status, priority and type badges,
 * customer, body, creation, assignee and due date.
 *
 * @tag ticket-card
 *
 * @attr {number} heading-level - Level of the subject heading, 1 to 6; 3 by default.
 * @attr {string} ticket-href - URL template for a ticket without a `url`, with `{id}`, `{customerId}` and `{company}`.
 * @attr {string} company - Company slug for `{company}`.
 * @attr {string} date - Day to evaluate the due date against, `yyyy-MM-dd`; today by default.
 * @attr {string} locale - BCP 47 locale for dates; the document's or the browser's by default.
 * @attr {string} time-zone - IANA time zone for "today" and date-times; the browser's by default.
 * @attr {'light' | 'dark'} theme - Forces the light or dark colors; the system preference by default.
 * @attr {'overdue' | 'today' | 'upcoming'} due-state - Set by the card from the due date; absent when there is none.
 *
 * @fires {CustomEvent<TicketOpenDetail>} ticket-open - Before the ticket's link is followed. Cancelable: `preventDefault()` stops the navigation, so a single-page host can route itself.
 *
 * @slot actions - Host controls at the foot of the card, such as a Close button.
 *
 * @csspart card - The card's frame, an `article`.
 * @csspart header - The id, subject and badges row.
 * @csspart id - The ticket id badge.
 * @csspart subject - The subject heading; its link, when there is one, is inside.
 * @csspart badges - The group of status, priority and type badges.
 * @csspart status - The "Open Ticket" or "Closed Ticket" badge.
 * @csspart priority - The priority badge; absent when no priority is set.
 * @csspart type - The note type badge; absent when no type is set.
 * @csspart customer - The customer's name.
 * @csspart body - The note text.
 * @csspart created - The creation date, time and creator.
 * @csspart assigned - The assignee's name.
 * @csspart due - The due date and, when due, "Overdue" or "Due today".
 * @csspart actions - The foot of the card that contains the `actions` slot.
 * @csspart message - The text shown instead of a card when there is no valid ticket.
 *
 * @cssprop --tickets-surface-color - Card background.
 * @cssprop --tickets-border-color - Card border.
 * @cssprop --tickets-card-shadow - Shadow under the card.
 * @cssprop --tickets-card-hover-border-color - Border of a linked card under the pointer.
 * @cssprop --tickets-status-open-color - Background of the "Open Ticket" badge.
 * @cssprop --tickets-status-closed-color - Background of the "Closed Ticket" badge.
 * @cssprop --tickets-priority-high-color - Background of the high priority badge.
 * @cssprop --tickets-priority-medium-color - Background of the medium priority badge.
 * @cssprop --tickets-priority-low-color - Background of the low priority badge.
 * @cssprop --tickets-type-color - Background of the note type badge.
 * @cssprop --tickets-body-border-color - Border at the start side of the body block.
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
 */
export class TicketCard extends TicketViewElement {
  static override styles = [theme, ticketCardStyles];

  static override properties: PropertyDeclarations = {
    ticket: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    hasActions: { state: true, attribute: false },
  };

  /** The ticket: a record in the endpoint's format or a parsed {@link Ticket}. */
  ticket: unknown = undefined;

  /** Level of the subject heading, 1 to 6. */
  headingLevel: number | null = null;

  private hasActions = false;

  #parsed: Ticket | null = null;
  #invalidReason: string | null = null;
  #dueState: DueState | null = null;
  /** The subject link of the last render, or `null` when the subject is plain text. */
  #href: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);

    if (changed.has('ticket')) this.#parse();
    const dueState = this.#parsed ? dueStateOf(this.#parsed.dueDate, this.viewConfig.today, this.viewConfig.timeZone) : null;
    this.#dueState = dueState;
    if (dueState) this.setAttribute('due-state', dueState);
    else this.removeAttribute('due-state');
  }

  #parse(): void {
    this.#parsed = null;
    this.#invalidReason = null;
    if (this.ticket === undefined || this.ticket === null) return;
    if (isParsed(this.ticket)) {
      this.#parsed = this.ticket;
      return;
    }

    const result = parseTicket(this.ticket);
    if (result.ok) {
      this.#parsed = result.ticket;
      for (const warning of result.warnings) warnOnce(this.tag, `ticket ${result.ticket.id}: ${warning}.`);
    } else {
      this.#invalidReason = result.reason;
      warnOnce(this.tag, `ticket ${result.id ?? '(no id)'} cannot be shown: ${result.reason}.`);
    }
  }

  #link(ticket: Ticket): string | null {
    const { ticketHref, company } = this.viewConfig;
    const link = ticketLink(ticket, ticketHref, company);
    if (link.missing.length > 0) {
      warnOnce(this.tag, `ticket-href "${ticketHref}" needs ${link.missing.join(' and ')}, which is not set or is "." or ".."; the subject is shown without a link.`);
    }
    return link.href;
  }

  /** Sends `ticket-open`; returns whether the navigation may go ahead. */
  #announceOpen(ticket: Ticket, href: string): boolean {
    return emit(this, 'ticket-open', { ticket, href }, { cancelable: true });
  }

  /**
   * Handles clicks on a linked card, the subject link's included. One
   * listener on the card serves both, so a list of 1,000 cards adds 1,000
   * listeners instead of 2,000.
   */
  #onCardClick = (event: MouseEvent): void => {
    const ticket = this.#parsed;
    const href = this.#href;
    if (!ticket || !href) return;

    const path = event.composedPath();
    const card = event.currentTarget as HTMLElement;
    const subjectLink = this.renderRoot.querySelector('.subject a');
    for (const target of path) {
      if (target === card) break;
      // The browser follows the link itself, so the card only sends
      // `ticket-open`, which a listener may cancel.
      if (target === subjectLink) {
        if (isPlainClick(event) && !this.#announceOpen(ticket, href)) event.preventDefault();
        return;
      }
      if (target instanceof Element && target.matches(INTERACTIVE)) return;
    }
    if (event.button !== 0 || event.defaultPrevented) return;
    // A click that ends a text selection is the user copying text.
    if (String(getSelection() ?? '').length > 0) return;

    if (!isPlainClick(event)) {
      window.open(href, '_blank', 'noopener');
      return;
    }
    if (this.#announceOpen(ticket, href)) window.location.assign(href);
  };

  /**
   * Moves focus to the subject link, or to the card itself when the ticket
   * has no link, so keyboard users can step from card to card.
   */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('.subject a') ?? this.renderRoot.querySelector<HTMLElement>('.card');
    target?.focus(options);
  }

  #onActionsChange(event: Event): void {
    this.hasActions = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  #statusText(status: string): string {
    if (status === 'open') return this.text.openTicket;
    if (status === 'closed') return this.text.closedTicket;
    return this.text.statusTicket(status);
  }

  // Texts that fill an element are set through `.textContent` bindings, not
  // child bindings. A child binding costs a marker comment in every clone,
  // a text node and an insertion, and a card has up to 18 texts.

  #renderSubject(ticket: Ticket, href: string | null) {
    // The heading and its link are one template, not two, because every
    // nested template is one more clone and tree walk per card.
    const template = href
      ? html`<h1 part="subject" class="subject" id="subject"><a href=${href}><bdi .textContent=${ticket.subject}></bdi></a></h1>`
      : html`<h1 part="subject" class="subject" id="subject"><bdi .textContent=${ticket.subject}></bdi></h1>`;
    return atHeadingLevel(template, headingLevelOf(this.tag, this.headingLevel, 3, this.getAttribute('heading-level')));
  }

  #renderDue(ticket: Ticket, dueState: DueState | null) {
    if (!ticket.dueDate) return this.text.noDueDate;

    const { locale, timeZone } = this.viewConfig;
    const when = formatDueDate(ticket.dueDate, locale, timeZone);
    let label: string | null = null;
    if (dueState === 'overdue') label = this.text.overdue;
    else if (dueState === 'today') label = this.text.dueToday;
    return label
      ? html`<time datetime=${ticket.dueDate.raw} .textContent=${when}></time> <span class="due-label" .textContent=${`(${label})`}></span>`
      : html`<time datetime=${ticket.dueDate.raw} .textContent=${when}></time>`;
  }

  #renderCreated(ticket: Ticket) {
    const by = ticket.createdBy?.name.trim() ? ticket.createdBy.name : null;
    if (!ticket.createdAt) {
      return by ? html`${this.text.unknownDate} ${this.text.createdBy} <bdi .textContent=${by}></bdi>` : this.text.unknownDate;
    }

    const { locale, timeZone } = this.viewConfig;
    const datetime = ticket.createdAt.toISOString();
    const when = formatDateTime(ticket.createdAt, locale, timeZone);
    return by
      ? html`<time datetime=${datetime} .textContent=${when}></time> ${this.text.createdBy} <bdi .textContent=${by}></bdi>`
      : html`<time datetime=${datetime} .textContent=${when}></time>`;
  }

  #renderTicket(ticket: Ticket) {
    const href = this.#link(ticket);
    this.#href = href;
    const dueState = this.#dueState;
    const isDue = dueState === 'overdue' || dueState === 'today';
    const customer = formatCustomerName(ticket.customer);
    const business = businessNameBeside(ticket.customer);
    const open = ticket.status === 'open';

    // The parts that every card has are in this one template, and only the
    // optional ones are nested, which keeps the clones per card few.
    return html`<article
      part="card"
      class="card ${href ? 'linked' : ''}"
      aria-labelledby="subject"
      tabindex=${href ? nothing : '-1'}
      @click=${href ? this.#onCardClick : nothing}
    >
      <div part="header" class="header">
        <div class="title">
          <span part="id" class="id"
            ><span class="visually-hidden" .textContent=${this.text.ticketId(ticket.id)}></span
            ><span aria-hidden="true" .textContent=${String(ticket.id)}></span
          ></span>
          ${this.#renderSubject(ticket, href)}
        </div>
        <div part="badges" class="badges">
          <span part="status" class="badge ${open ? 'status-open' : 'status-closed'}" .textContent=${this.#statusText(ticket.status)}></span>
          ${ticket.priority
            ? html`<span part="priority" class="badge priority-${ticket.priority}"
                >${this.text.priority[ticket.priority]}<span class="visually-hidden" .textContent=${` ${this.text.priorityLabel}`}></span
              ></span>`
            : nothing}
          ${ticket.noteType
            ? html`<span part="type" class="badge type"
                ><span class="visually-hidden" .textContent=${`${this.text.typeLabel}: `}></span><bdi .textContent=${ticket.noteType}></bdi
              ></span>`
            : nothing}
        </div>
      </div>
      <p part="customer" class="customer">
        <bdi .textContent=${customer ?? this.text.unknownCustomer}></bdi>${business
          ? html`<span class="business"> · <bdi .textContent=${business}></bdi></span>`
          : nothing}
      </p>
      ${ticket.body.trim() ? html`<div part="body" class="body" dir="auto" .textContent=${ticket.body}></div>` : nothing}
      <dl class="meta">
        <dt .textContent=${this.text.created}></dt>
        <dd part="created">${this.#renderCreated(ticket)}</dd>
        <dt .textContent=${this.text.assignedTo}></dt>
        <dd part="assigned"><bdi .textContent=${ticket.assignedTo?.name.trim() || this.text.unassigned}></bdi></dd>
        <dt .textContent=${this.text.dueDate}></dt>
        <dd part="due" class="due ${isDue ? 'is-due' : ''}">${this.#renderDue(ticket, dueState)}</dd>
      </dl>
      <div part="actions" class="footer" ?hidden=${!this.hasActions}>
        <slot name="actions" @slotchange=${this.#onActionsChange}></slot>
      </div>
    </article>`;
  }

  protected override render() {
    if (this.#parsed) return this.#renderTicket(this.#parsed);

    this.#href = null;
    const text = this.#invalidReason ? this.text.invalidTicket(this.#invalidReason) : this.text.noTicket;
    // The same foot as in #renderTicket, where it is inlined.
    return html`<div part="message" class="message" role="status">${text}</div>
      <div part="actions" class="footer" ?hidden=${!this.hasActions}>
        <slot name="actions" @slotchange=${this.#onActionsChange}></slot>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ticket-card': TicketCard;
  }
}

// Re-exported so that a program importing only this module also gets the
// events' HTMLElementEventMap entries.
export type { TicketOpenDetail, TicketsAuthRequiredDetail, TicketsErrorDetail, TicketsLoadDetail } from '../shared/events.js';
