import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveViewConfig, type ViewConfig } from './view-config.js';

/**
 * The settings every element shares: how dates are shown and evaluated,
 * and how ticket links are built. Subclasses read {@link viewConfig}, which
 * has the defaults applied, never the raw properties.
 */
export class TicketViewElement extends LitElement {
  /** The company slug for `{company}` in link templates and the default "View All Tickets" link. */
  @property() company: string | null = null;

  /** URL template for tickets without their own `url`: `{id}`, `{customerId}` and `{company}` are filled in. */
  @property({ attribute: 'ticket-href' }) ticketHref: string | null = null;

  /** The day to evaluate due dates against, `yyyy-MM-dd`; today in `time-zone` when not set. */
  @property() date: string | null = null;

  /** BCP 47 locale for dates; the document's `lang` or the browser's language when not set. */
  @property() locale: string | null = null;

  /** IANA time zone for "today" and for date-times; the browser's zone when not set. */
  @property({ attribute: 'time-zone' }) timeZone: string | null = null;

  protected viewConfig!: ViewConfig;

  /** The tag name to put in warnings, such as `my-open-tickets`. */
  protected get tag(): string {
    return this.localName;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.viewConfig = resolveViewConfig(this.tag, {
      locale: this.locale,
      timeZone: this.timeZone,
      date: this.date,
      company: this.company,
      ticketHref: this.ticketHref,
    });
  }
}
