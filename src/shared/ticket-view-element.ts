import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ensureContextRoot, ticketsContext, type ProvidedTickets } from './tickets-context.js';
import { englishStrings, mergeStrings, type TicketStrings } from './strings.js';
import { warnOnce } from './warn.js';
import { resolveViewConfig, type ViewConfig } from './view-config.js';

ensureContextRoot();

/**
 * The settings every element shares: how dates are shown and evaluated,
 * and how ticket links are built. A setting left unset on the element comes
 * from the nearest `<tickets-provider>`, if any. Subclasses read
 * {@link viewConfig}, which has the defaults applied, never the raw
 * properties.
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

  /**
   * Replacements for the texts the element shows, such as a translation;
   * they apply over the provider's `strings` and the English defaults.
   */
  @property({ attribute: false }) strings: Partial<TicketStrings> | undefined = undefined;

  /**
   * `light` or `dark` to force that color scheme; without it the element
   * follows the user's system preference. Cards in a list follow the list.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  /** What the nearest `<tickets-provider>` gives, or `undefined` outside one. */
  @consume({ context: ticketsContext, subscribe: true })
  @state()
  protected provided: ProvidedTickets | undefined = undefined;

  protected viewConfig!: ViewConfig;

  /** The texts to show: the English defaults with the provider's and this element's replacements. */
  protected text: TicketStrings = englishStrings;

  /** The tag name to put in warnings, such as `my-open-tickets`. */
  protected get tag(): string {
    return this.localName;
  }

  /** Whether the day to evaluate against is set, here or on the provider, rather than today. */
  protected get hasFixedDate(): boolean {
    return Boolean((this.date ?? this.provided?.settings.date)?.trim());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme !== null && this.theme !== 'light' && this.theme !== 'dark') {
      warnOnce(this.tag, `theme "${this.theme}" is not light or dark; following the system preference.`);
    }
    const provided = this.provided?.settings;
    if (changed.has('strings') || changed.has('provided' as keyof TicketViewElement)) this.text = mergeStrings(provided?.strings, this.strings);
    this.viewConfig = resolveViewConfig(this.tag, {
      locale: this.locale ?? provided?.locale ?? null,
      timeZone: this.timeZone ?? provided?.timeZone ?? null,
      date: this.date ?? provided?.date ?? null,
      company: this.company ?? provided?.company ?? null,
      ticketHref: this.ticketHref ?? provided?.ticketHref ?? null,
    });
  }
}
