import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ensureContextRoot, ticketsContext, type ProvidedTickets } from './tickets-context.js';
import { englishStrings, mergeStrings, type TicketStrings } from './strings.js';
import { warnOnce } from './warn.js';
import { resolveViewConfig, type ViewConfig, type ViewSettings } from './view-config.js';

ensureContextRoot();

// Every card of a list resolves the same settings, and checking a locale,
// zone and day is costly next to rendering a card, so the last result is
// kept. It is kept only when the locale, zone and day are all set and
// valid, because a default can change: "today" at midnight and the locale
// with the document's `lang`.
let lastResolved: { tag: string; settings: ViewSettings; config: ViewConfig } | null = null;

function sameSettings(a: ViewSettings, b: ViewSettings): boolean {
  return a.locale === b.locale && a.timeZone === b.timeZone && a.date === b.date && a.company === b.company && a.ticketHref === b.ticketHref;
}

function cachedViewConfig(tag: string, settings: ViewSettings): ViewConfig {
  if (lastResolved && lastResolved.tag === tag && sameSettings(lastResolved.settings, settings)) return lastResolved.config;

  const config = resolveViewConfig(tag, settings);
  const explicit = config.today === settings.date?.trim() && config.locale === settings.locale?.trim() && config.timeZone === settings.timeZone?.trim();
  lastResolved = explicit ? { tag, settings, config } : null;
  return config;
}

// The results of mergeStrings. A list passes its merged texts to each of its
// cards, and merging a complete set again with nothing over it would only
// copy it, so such a set is used as it is. These sets are never changed in
// place.
const mergedTexts = new WeakSet<TicketStrings>([englishStrings]);

function textsOf(provided: Partial<TicketStrings> | undefined, own: Partial<TicketStrings> | undefined): TicketStrings {
  if (provided === undefined && own !== undefined && mergedTexts.has(own as TicketStrings)) return own as TicketStrings;

  const text = mergeStrings(provided, own);
  mergedTexts.add(text);
  return text;
}

/**
 * The settings every element shares: how dates are shown and evaluated,
 * and how ticket links are built. A setting left unset on the element comes
 * from the nearest `<tickets-provider>`, if any. Subclasses read
 * {@link viewConfig}, which has the defaults applied, never the raw
 * properties.
 */
export class TicketViewElement extends LitElement {
  static override properties: PropertyDeclarations = {
    company: {},
    ticketHref: { attribute: 'ticket-href' },
    date: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
    strings: { attribute: false },
    theme: { reflect: true },
    provided: { state: true, attribute: false },
  };

  /** The company slug for `{company}` in link templates and the default "View All Tickets" link. */
  company: string | null = null;

  /** URL template for tickets without their own `url`: `{id}`, `{customerId}` and `{company}` are filled in. */
  ticketHref: string | null = null;

  /** The day to evaluate due dates against, `yyyy-MM-dd`; today in `time-zone` when not set. */
  date: string | null = null;

  /** BCP 47 locale for dates; the document's `lang` or the browser's language when not set. */
  locale: string | null = null;

  /** IANA time zone for "today" and for date-times; the browser's zone when not set. */
  timeZone: string | null = null;

  /**
   * Replacements for the texts the element shows, such as a translation;
   * they apply over the provider's `strings` and the English defaults.
   */
  strings: Partial<TicketStrings> | undefined = undefined;

  /**
   * `light` or `dark` to force that color scheme; without it the element
   * follows the user's system preference. Cards in a list follow the list.
   */
  theme: 'light' | 'dark' | null = null;

  /** What the nearest `<tickets-provider>` gives, or `undefined` outside one. */
  protected provided: ProvidedTickets | undefined = undefined;

  /**
   * Whether this element sets every view setting, `strings` and `theme` on
   * the library elements that it renders in its own shadow root. Those
   * elements then skip looking up a provider, because what a provider
   * gives them reaches them through this element already.
   */
  protected configuresInnerElements = false;

  #consumer: ContextConsumer<typeof ticketsContext, this> | null = null;

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

  override connectedCallback(): void {
    super.connectedCallback();
    // Created after the render root, so that adding the controller sends
    // the request once, here, and later connections send it again.
    if (!this.#consumer && !this.#configuredByHost()) {
      this.#consumer = new ContextConsumer(this, {
        context: ticketsContext,
        subscribe: true,
        callback: (value) => {
          this.provided = value;
        },
      });
    }
  }

  #configuredByHost(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof TicketViewElement && root.host.configuresInnerElements;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme !== null && this.theme !== 'light' && this.theme !== 'dark') {
      warnOnce(this.tag, `theme "${this.theme}" is not light or dark; following the system preference.`);
    }
    const provided = this.provided?.settings;
    if (changed.has('strings') || changed.has('provided' as keyof TicketViewElement)) this.text = textsOf(provided?.strings, this.strings);
    this.viewConfig = cachedViewConfig(this.tag, {
      locale: this.locale ?? provided?.locale ?? null,
      timeZone: this.timeZone ?? provided?.timeZone ?? null,
      date: this.date ?? provided?.date ?? null,
      company: this.company ?? provided?.company ?? null,
      ticketHref: this.ticketHref ?? provided?.ticketHref ?? null,
    });
  }
}
