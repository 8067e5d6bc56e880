import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  CtElement,
  onDemand,
  defineElement,
  eventsFromJson,
  heading,
  formatCount,
  intlTag,
  messagesIn,
  tagStyles,
  parseEvent,
  tag,
  type AnyCatalogue,
  type CtEvent,
  type EventInput,
  type EventProblem,
  type Locale,
} from '@ctkit/core';
import { dateBlock, formatEventDates, formatDay } from './dates.js';
import { messages, type EventMessages } from './messages.js';
import { eventCardStyles } from './event-card.styles.js';

/** Fewer places than this and the card says "Only N places left". */
const FEW_PLACES = 5;

/** A compact row names this many further dates of a recurring event, then "and N more". */
const ALSO_ON_SHOWN = 3;

/** "£12", "£12.50", "Free", "£5 to £20". In Welsh once the card's Welsh strings have arrived (a card waits for them). */
export function formatPrice(event: CtEvent, locale: Locale): string | undefined {
  const m = messagesIn(messages, locale);
  if (event.free) return m.free;
  if (!event.prices.length) return undefined;
  const money = (p: CtEvent['prices'][number]) =>
    p.amount === 0
      ? m.free
      : p.currency === 'GBP' && p.amount > 0 && Number.isSafeInteger(Math.round(p.amount * 100))
        ? pounds(p.amount, locale)
        : new Intl.NumberFormat(intlTag(locale), {
            style: 'currency',
            currency: p.currency,
            minimumFractionDigits: Number.isInteger(p.amount) ? 0 : 2,
          }).format(p.amount);
  const low = event.prices[0];
  const high = event.prices[event.prices.length - 1];
  if (!low || !high) return undefined;
  return low.amount === high.amount ? money(low) : m.priceRange(money(low), money(high));
}

/**
 * "£12", "£1,250", "£12.50" — as Intl's en-GB and cy-GB write pounds, without paying for a page's first
 * Intl.NumberFormat (ICU's number data: about 25 ms of main thread on a desktop CPU, 4× on a phone).
 */
function pounds(amount: number, locale: Locale): string {
  const pence = Math.round(amount * 100);
  const whole = formatCount(Math.floor(pence / 100), locale);
  return pence % 100 === 0 ? `£${whole}` : `£${whole}.${String(pence % 100).padStart(2, '0')}`;
}

/** Whether the event is over (its end, or its start when it has no end, is before `now`). */
export function isPast(event: CtEvent, now: Date): boolean {
  const last = event.end ?? event.start;
  if (!last) return false;
  // An all-day event lasts until the end of its (last) day.
  const until = last.allDay ? last.date.getTime() + 86_400_000 : last.date.getTime();
  return until < now.getTime();
}

let cardCount = 0;

/**
 * The parts of the card fetched on demand (see onDemand in core): "Add to calendar" (the .ics writer and
 * the Google and Outlook links), fetched when a reader shows interest — focus or pointer on the
 * disclosure, before it can be opened — so the links are ready by the time it opens; and the booking
 * form, a widget of its own rendered in this shadow root where no page-level loader sees it.
 */
export const lazyParts = {
  calendar: () => import('./calendar.js'),
  signUpForm: () => import('@ctkit/sign-up-form'),
};
type Calendar = Awaited<ReturnType<typeof lazyParts.calendar>>;

/** A fact of the card: a term and its value in the `<dl>`. */
const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;

/** A status label at the start of the name, with a separator screen readers say ("Cancelled: Launch event"). */
const nameTag = (text: string, colour: 'red' | 'yellow' | 'grey') =>
  html`${tag(text, colour)}<span class="ct-visually-hidden">: </span>`;

/**
 * An event anyone can read, book and add to their calendar: name, date and time in GOV.UK style, format,
 * place, type, price, places, status and access information in plain words.
 *
 * The event comes from one source, in this order: the `event` property; else `src` (a URL that returns
 * one event as JSON); else a `<script type="application/ld+json">` child holding a schema.org Event —
 * so search engines and the card read the same data. See the README for the shape and the `ctkit`
 * extension key.
 *
 * Bad data never gives a blank box: the card shows what it could read, a visible "This event's details
 * are incomplete" note, and logs one console warning naming the fields.
 *
 * @tagname ct-event-card
 * @summary An event card with access information, booking and "Add to calendar".
 *
 * @slot - A `<script type="application/ld+json">` with a schema.org Event, and a plain-HTML summary of it for
 *   readers whose browser never runs the script. Neither is displayed once the widget runs.
 *
 * @csspart card - The card's outer box (`<article>`).
 * @csspart heading - The event name (and the booking form's heading).
 * @csspart tag - Status labels ("Cancelled", "Past event").
 * @csspart button - The booking button or link.
 * @csspart calendar - The "Add to calendar" disclosure.
 *
 * @cssprop --ct-color-brand - The card's top border and the booking button.
 * @cssprop --ct-color-border - Lines between facts.
 * @cssprop --ct-color-link - Links.
 *
 * @fires ct-booking-opened - The inline booking form was opened. `detail: { eventId }`.
 * @fires ct-booking-open - Deprecated: the old name of `ct-booking-opened`, fired with it.
 */
export class CtEventCard extends CtElement {
  // Buttons come with CtElement; the card's tags need theirs.
  // The card draws its own frame and padding on the host's surface.
  static override styles = [...(CtElement.styles as never[]), tagStyles, eventCardStyles, css`:host { padding: 0; }`];
  static override catalogues: readonly AnyCatalogue[] = [messages];

  /** The event, in the same shape as the JSON-LD (schema.org Event + `ctkit`). Takes precedence over `src` and JSON-LD. */
  @property({ attribute: false }) event?: EventInput;

  /** URL of one event as JSON (same shape). Fetched without cookies, with a 10 s time limit. */
  @property() src?: string;

  /** The level of the event's name heading, 2–6. Subheadings go one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The language of the event's own text (name, description, venue) when the event does not say
   * (`inLanguage`): e.g. `content-lang="en"` for English events on a Welsh page, so screen readers
   * pronounce them as English.
   */
  @property({ attribute: 'content-lang' }) contentLang = '';

  /** `inline` books in place with a `ct-sign-up-form`; `link` (default) goes to the event's URL. */
  @property() registration: 'link' | 'inline' = 'link';

  /** Where the inline booking form sends its answers (its `action`). */
  @property({ attribute: 'booking-action' }) bookingAction?: string;

  /** The privacy notice the inline booking form's consent links to (its `privacy-url`). */
  @property({ attribute: 'booking-privacy-url' }) bookingPrivacyUrl?: string;

  /** The organisation the inline booking form's consent names (its `org-name`). */
  @property({ attribute: 'booking-org-name' }) bookingOrgName?: string;

  /** "Now", for deciding what is past. Defaults to the current time; set it for previews and tests. */
  @property({ attribute: false }) now?: Date;

  /**
   * `full` (default): every fact on the card. `compact`: one row — a date block, the name, the date, one line
   * for format · place · price with status tags — and the rest behind a "Details" button (ct-event-list's rows).
   */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Further dates of the same event, shown on a compact row ("Other dates: …"). ct-event-list sets it for recurring events. */
  @property({ attribute: false }) alsoOn: Date[] = [];

  @state() private jsonLd?: unknown;
  @state() private jsonLdError?: string;
  @state() private fetched?: unknown;
  @state() private loadError?: string;
  @state() private bookingOpen = false;
  @state() private calendarOpen = false;
  /** A compact row's "Details" are open. */
  @state() private detailsOpen = false;

  #uid = `ct-event-${++cardCount}`;
  readonly #parts = onDemand(
    lazyParts,
    {
      calendar: 'could not load "Add to calendar".',
      signUpForm: 'could not load ct-sign-up-form; linking to the event page instead.',
    },
    this,
  );
  #observer?: MutationObserver;
  #icsUrl?: string;
  #parsed?: { source: unknown; event: CtEvent; problems: EventProblem[] };
  #loading?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readJsonLd();
    this.#observer = new MutationObserver(() => {
      this.#readJsonLd();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#loading?.abort();
    this.#revokeIcs();
  }

  /** Moves focus to the event's name (used by ct-event-list's "Show more"). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.ct-event-card__name')?.focus(options);
  }

  /** The event as read, and what was wrong with it. */
  get parsed(): { event: CtEvent; problems: EventProblem[] } {
    const source = this.event ?? (this.src ? this.fetched : this.jsonLd);
    const cached = this.#parsed;
    if (cached && cached.source === source && source !== undefined) return cached;
    const result = source === undefined ? { event: parseEvent({}).event, problems: [] } : parseEvent(source);
    if (this.jsonLdError && this.event === undefined && !this.src)
      result.problems.unshift({ field: '(JSON-LD)', message: this.jsonLdError });
    this.#parsed = { source, ...result };
    return this.#parsed;
  }

  #readJsonLd(): void {
    const script = this.querySelector('script[type="application/ld+json"]');
    if (!script) {
      this.jsonLd = undefined;
      this.jsonLdError = undefined;
      return;
    }
    try {
      const data: unknown = JSON.parse(script.textContent || 'null');
      this.jsonLd = Array.isArray(data) ? data[0] : data;
      this.jsonLdError = undefined;
    } catch {
      this.jsonLd = {};
      this.jsonLdError = 'is not valid JSON';
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.src && this.event === undefined) void this.#load(this.src);
    if (changed.has('event') || changed.has('jsonLd') || changed.has('fetched')) {
      this.#revokeIcs();
      this.calendarOpen = false;
    }
  }

  async #load(src: string): Promise<void> {
    this.#loading?.abort();
    const controller = new AbortController();
    this.#loading = controller;
    this.loadError = undefined;
    this.fetched = undefined;
    try {
      const response = await fetch(src, {
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]),
        credentials: 'omit',
      });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const text = await response.text();
      if (text.length > 500_000) throw new Error('the event is over 500 kB');
      const data: unknown = JSON.parse(text);
      if (controller.signal.aborted) return;
      this.fetched = eventsFromJson(data)?.[0] ?? data;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.loadError = error instanceof Error ? error.message : String(error);
      this.warnOnce(`could not load the event from ${src}: ${this.loadError}`);
    }
  }

  protected override updated(): void {
    const { event, problems } = this.parsed;
    const waiting = this.src && this.event === undefined && this.fetched === undefined;
    if (problems.length && !waiting) {
      this.warnOnce(
        `the details of event "${event.name || '(no name)'}" are incomplete: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      );
    }
  }

  #revokeIcs(): void {
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = undefined;
  }

  /** A Blob URL for the .ics file, made when "Add to calendar" is first opened. Blob URLs work under a strict CSP. */
  #icsHref(event: CtEvent, c: Calendar): string {
    this.#icsUrl ??= URL.createObjectURL(new Blob([c.toIcs([event])], { type: 'text/calendar;charset=utf-8' }));
    return this.#icsUrl;
  }

  #prefetchCalendar = () => {
    void this.#parts.load('calendar'); // a failure is shown when the disclosure opens
  };

  #onCalendarToggle = (e: Event) => {
    this.calendarOpen = (e.currentTarget as HTMLDetailsElement).open;
    // Opened before anything fetched the links (a script, or assistive technology that clicks without
    // focusing): the list appears as soon as they arrive.
    if (this.calendarOpen) {
      void this.#parts.load('calendar').then(() => {
        this.requestUpdate(); // the links, or that they could not be loaded
      });
    }
  };

  #openBooking = async () => {
    this.bookingOpen = !this.bookingOpen;
    if (!this.bookingOpen) return;
    // The booking form is a widget of its own, rendered in this shadow root where no page-level loader
    // sees it: fetch it now (a lazy chunk in the embed bundle). If it cannot load, the card says so.
    if (!customElements.get('ct-sign-up-form')) await this.#parts.load('signUpForm');
    this.fire('ct-booking-opened', { eventId: this.parsed.event.id }, 'ct-booking-open');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.ct-event-card__booking-heading')?.focus();
  };

  #closeBooking = async () => {
    this.bookingOpen = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-book]')?.focus();
  };

  protected override render() {
    const m = this.i18n.messages(messages);
    if (this.src && this.event === undefined && this.fetched === undefined && !this.loadError) {
      return html`<div class="ct-event-card" part="card" role="status">${m.loadingEvent}</div>`;
    }
    const { event, problems } = this.parsed;
    const incomplete = problems.length > 0 || (this.loadError !== undefined && this.event === undefined);
    const now = this.now ?? new Date();
    const past = isPast(event, now);
    const live = !past && event.status !== 'cancelled';
    const name = event.name || m.untitled;
    const statusLabel = m.status(event.status);
    const level = this.headingLevel;
    const online = event.attendance === 'online' || event.attendance === 'hybrid' || event.status === 'moved-online';
    const deadlinePassed = event.bookingDeadline !== undefined && event.bookingDeadline.getTime() < now.getTime();
    const bookable = live && !deadlinePassed && event.status !== 'postponed' && event.availability !== 'full';
    const price = formatPrice(event, this.locale);
    const venue =
      event.venue && event.status !== 'moved-online'
        ? [event.venue.name, event.venue.address].filter(Boolean).join(', ')
        : '';
    // The language of the event's own words: its `inLanguage`, else the partner's `content-lang`.
    const own = event.language ?? (this.contentLang.trim() || nothing);

    const compact = this.variant === 'compact';
    const nameHeading = heading(
      level,
      { id: `${this.#uid}-name`, className: 'ct-event-card__name', focusable: true, part: 'heading' },
      html`${statusLabel ? nameTag(statusLabel, event.status === 'cancelled' ? 'red' : 'yellow') : nothing}${past ? nameTag(m.past, 'grey') : nothing}${event.name ? html`<span lang=${own}>${name}</span>` : name}`,
    );
    // In a compact row the date, format, place and price are on the row itself; the rest is behind "Details".
    const details = html`${statusLabel ? this.#statusNote(event, m) : nothing}
      ${past ? html`<p class="ct-event-card__status ct-event-card__status--past">${m.pastNote}</p>` : nothing}
      <dl class="ct-event-card__facts">
        ${compact ? nothing : fact(m.date, this.#date(event, m, online))}
        ${event.attendance ? fact(m.format, m.attendance(event.attendance)) : nothing}
        ${venue || (online && live) ? fact(m.where, html`${venue ? html`<p lang=${own}>${venue}</p>` : nothing}${online && live ? html`<p>${m.joiningLink}</p>` : nothing}`) : nothing}
        ${event.eventType ? fact(m.type, m.eventType(event.eventType)) : nothing}
        ${price ? fact(m.price, price) : nothing}
        ${live ? this.#places(event, m, deadlinePassed) : nothing}
        ${event.organizer ? fact(m.organiser, event.organizer) : nothing}
      </dl>
      ${event.description ? html`<p class="ct-event-card__description" lang=${own}>${event.description}</p>` : nothing}
      ${live ? this.#access(event, m, level + 1) : nothing}`;
    const actions = html`<div class="ct-event-card__actions">${this.#booking(event, m, name, bookable)} ${live && event.start ? this.#calendar(event, m, name) : nothing}
      ${
        compact
          ? html`<button type="button" class="ct-link-button" data-details-toggle aria-expanded=${this.detailsOpen ? 'true' : 'false'}
            aria-controls=${`${this.#uid}-details`} @click=${this.#toggleDetails}>${m.details}<span class="ct-visually-hidden">: ${name}</span></button>`
          : nothing
      }</div>`;
    const incompleteNote = incomplete
      ? html`<div class="ct-event-card__incomplete" role="note"><p><strong>${m.incomplete}</strong>${m.incompleteBody}</p></div>`
      : nothing;
    const classes = `ct-event-card ${compact ? 'ct-event-card--compact' : ''} ${event.status === 'cancelled' ? 'ct-event-card--cancelled' : ''} ${past ? 'ct-event-card--past' : ''}`;

    if (compact) {
      const block = event.start ? dateBlock(event.start.date, m.shortMonths) : undefined;
      const place =
        event.venue && event.status !== 'moved-online'
          ? [event.venue.name, event.venue.address].find(Boolean)
          : undefined;
      const line = [
        event.attendance ? m.attendance(event.attendance) : undefined,
        place,
        event.free ? undefined : price,
      ].filter(Boolean);
      return html`<article class=${classes} part="card" aria-labelledby=${`${this.#uid}-name`}>
        ${block ? html`<div class="ct-event-card__date-block" aria-hidden="true"><span class="ct-event-card__date-block-day">${block.day}</span><span class="ct-event-card__date-block-month">${block.month}</span></div>` : nothing}
        <div class="ct-event-card__row">
          ${incompleteNote} ${nameHeading}
          <p class="ct-event-card__when">${this.#date(event, m, online)}</p>
          ${
            line.length || live
              ? html`<p class="ct-event-card__meta">${line.map((text, i) => html`${i ? html`<span aria-hidden="true"> · </span><span class="ct-visually-hidden">, </span>` : nothing}<span lang=${text === place ? own : nothing}>${text}</span>`)}
                ${live ? this.#statusTags(event, m, deadlinePassed) : nothing}</p>`
              : nothing
          }
          ${this.alsoOn.length ? this.#alsoOn(m) : nothing}
          ${actions}
          <div class="ct-event-card__details" id=${`${this.#uid}-details`} ?hidden=${!this.detailsOpen}>${this.detailsOpen ? details : nothing}</div>
          ${this.bookingOpen && bookable ? this.#bookingForm(event, m, name, level + 1) : nothing}
        </div>
      </article>`;
    }

    return html`<article class=${classes} part="card" aria-labelledby=${`${this.#uid}-name`}>
      ${incompleteNote} ${nameHeading} ${details} ${actions}
      ${this.bookingOpen && bookable ? this.#bookingForm(event, m, name, level + 1) : nothing}
    </article>`;
  }

  /** Tags on a compact row: places, free, booking closed. The full card says the same in its facts. */
  #statusTags(event: CtEvent, m: EventMessages, deadlinePassed: boolean) {
    const tags: [string, 'grey' | 'yellow' | 'green'][] = [];
    if (event.availability === 'full') tags.push([m.full, 'grey']);
    else if (event.availability === 'waiting-list') tags.push([m.full, 'grey']);
    else if (event.placesLeft !== undefined && event.placesLeft <= FEW_PLACES)
      tags.push([m.fewPlacesLeft(this.locale, event.placesLeft), 'yellow']);
    if (deadlinePassed) tags.push([m.bookingClosed, 'grey']);
    if (event.free || (event.prices.length && event.prices.every((p) => p.amount === 0))) tags.push([m.free, 'green']);
    return tags.map(([text, colour]) => html`<span class="ct-visually-hidden">. </span>${tag(text, colour)}`);
  }

  /** "Other dates: …" for a recurring event that ct-event-list shows once. */
  #alsoOn(m: EventMessages) {
    const shown = this.alsoOn.slice(0, ALSO_ON_SHOWN);
    const more = this.alsoOn.length - shown.length;
    return html`<p class="ct-event-card__also-on">${m.otherDates}: ${shown.map((d) => formatDay(d, this.locale)).join(', ')}${more ? m.moreDates(this.locale, more) : ''}</p>`;
  }

  #toggleDetails = () => {
    this.detailsOpen = !this.detailsOpen;
  };

  #statusNote(event: CtEvent, m: EventMessages) {
    const previously =
      event.status === 'rescheduled' && event.previousStart
        ? ` ${m.previouslyOn(formatDay(event.previousStart.date, this.locale))}`
        : '';
    return html`<p class="ct-event-card__status">${m.statusNote(event.status)}${previously}</p>`;
  }

  #date(event: CtEvent, m: EventMessages, online: boolean) {
    if (!event.start) return m.dateToBeConfirmed;
    const written = formatEventDates(event.start, event.end, this.locale, { ukTime: online });
    // role="none": the <time> elements keep their datetime for machines, but are not objects of their
    // own for a screen reader, which otherwise cut the date into pieces ("…12:30pm. / to. / 1:30pm.").
    return written.segments.map((s) =>
      s.datetime ? html`<time role="none" datetime=${s.datetime}>${s.text}</time>` : s.text,
    );
  }

  #places(event: CtEvent, m: EventMessages, deadlinePassed: boolean) {
    const items: string[] = [];
    if (event.availability === 'full') items.push(m.full);
    else if (event.availability === 'waiting-list') items.push(m.waitingList);
    else if (event.placesLeft !== undefined) {
      items.push((event.placesLeft <= FEW_PLACES ? m.fewPlacesLeft : m.placesLeft)(this.locale, event.placesLeft));
    }
    if (event.bookingDeadline) {
      items.push(
        deadlinePassed
          ? m.bookingClosed
          : m.bookBy(formatEventDates({ date: event.bookingDeadline, allDay: false }, undefined, this.locale).text),
      );
    }
    return items.length
      ? fact(
          m.places,
          items.map((i) => html`<p>${i}</p>`),
        )
      : nothing;
  }

  #access(event: CtEvent, m: EventMessages, level: number) {
    const contact = event.accessContact;
    return html`${heading(level, { className: 'ct-event-card__access-heading', part: 'heading' }, m.access)}
      ${
        event.accessFeatures.length
          ? html`<ul class="ct-event-card__access-list">${event.accessFeatures.map((f) => html`<li>${m.accessFeature(f)}</li>`)}</ul>`
          : html`<p>${m.noAccessInfo}</p>`
      }
      ${
        contact
          ? html`<div class="ct-event-card__access-contact"><p>${m.accessContactIntro}</p><ul class="ct-event-card__access-list">
            ${contact.name ? html`<li>${contact.name}</li>` : nothing}
            ${contact.email ? html`<li>${m.accessContactEmail}: <a href=${`mailto:${contact.email}`}>${contact.email}</a></li>` : nothing}
            ${
              contact.telephone
                ? html`<li>${m.accessContactPhone}: <a href=${`tel:${contact.telephone.replace(/[^\d+]/g, '')}`}>${contact.telephone}</a></li>`
                : nothing
            }
          </ul></div>`
          : nothing
      }`;
  }

  #booking(event: CtEvent, m: EventMessages, name: string, bookable: boolean) {
    if (!bookable) {
      return event.url
        ? html`<a href=${event.url} aria-label=${m.moreDetailsNamed(name)}>${m.moreDetails}</a>`
        : nothing;
    }
    const waiting = event.availability === 'waiting-list';
    const label = waiting ? m.joinWaitingList : m.book;
    const accessibleName = waiting ? m.joinWaitingListNamed(name) : m.bookNamed(name);
    if (this.registration === 'inline') {
      return html`<button type="button" class="ct-button" data-book part="button" aria-label=${accessibleName}
        aria-expanded=${this.bookingOpen ? 'true' : 'false'} aria-controls=${this.bookingOpen ? `${this.#uid}-booking` : nothing} @click=${this.#openBooking}>${label}</button>`;
    }
    return event.url
      ? html`<a class="ct-button" data-book part="button" href=${event.url} aria-label=${accessibleName}>${label}</a>`
      : nothing;
  }

  #calendar(event: CtEvent, m: EventMessages, name: string) {
    return html`<details class="ct-event-card__calendar" part="calendar" @toggle=${this.#onCalendarToggle} @focusin=${this.#prefetchCalendar} @pointerenter=${this.#prefetchCalendar}>
      <summary class="ct-link-button" aria-label=${m.addToCalendarNamed(name)}>${m.addToCalendar}</summary>
      ${this.calendarOpen ? this.#calendarLinks(event, m, name) : nothing}
    </details>`;
  }

  #calendarLinks(event: CtEvent, m: EventMessages, name: string) {
    const c = this.#parts.get('calendar');
    if (!c) return this.#parts.failed('calendar') ? html`<p>${m.calendarMissing}</p>` : nothing;
    return c.calendarLinks(event, m, name, this.#icsHref(event, c));
  }

  #bookingForm(event: CtEvent, m: EventMessages, name: string, level: number) {
    return html`<section class="ct-event-card__booking" id=${`${this.#uid}-booking`} aria-labelledby=${`${this.#uid}-booking-heading`}>
      ${heading(level, { id: `${this.#uid}-booking-heading`, className: 'ct-event-card__booking-heading', focusable: true, part: 'heading' }, m.bookingFormHeading(name))}
      ${
        customElements.get('ct-sign-up-form')
          ? html`<ct-sign-up-form event-id=${event.id} event-name=${name} action=${this.bookingAction ?? nothing}
            privacy-url=${this.bookingPrivacyUrl ?? nothing} org-name=${this.bookingOrgName ?? nothing} list="events" lang=${this.locale}
            heading-level=${level + 1} heading-size="body"></ct-sign-up-form>`
          : html`<p>${m.bookingFormMissing}</p>
            ${event.url ? html`<p><a href=${event.url}>${m.bookOnEventPage(name)}</a></p>` : nothing}`
      }
      <p><button type="button" class="ct-link-button" @click=${this.#closeBooking}>${m.closeBooking}</button></p>
    </section>`;
  }
}

defineElement('ct-event-card', CtEventCard);

declare global {
  interface HTMLElementTagNameMap {
    'ct-event-card': CtEventCard;
  }
}
