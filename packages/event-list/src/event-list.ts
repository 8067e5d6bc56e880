import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ATTENDANCE_MODES,
  button,
  buttonStyles,
  CtElement,
  feedLoading,
  feedProblem,
  feedStateStyles,
  fieldStyles,
  hostStyles,
  EVENT_TYPES,
  UK_REGIONS,
  announce,
  defineElement,
  heading,
  parseEvent,
  select,
  filterPanel,
  vocabularyIn,
  vocabularyLabels,
  type AnyCatalogue,
  type AttendanceMode,
  type CtEvent,
  type EventInput,
  type EventType,
  type UkRegion,
} from '@ctkit/core';
import { eventCardStyles, eventMessages, formatMonth, isPast, monthKey, type CtEventCard } from '@ctkit/event-card';
import { FeedError, loadFeed } from './feed.js';
import { listMessages } from './messages.js';
import { eventListStyles } from './event-list.styles.js';

type When = 'upcoming' | 'past' | 'all';

/** Cards rendered per task when a page is large (1,000 cards at once would block the page for a second). */
const RENDER_BATCH = 50;

interface Item {
  key: string;
  input: EventInput;
  event: CtEvent;
  /** Lower-case, accent-free text the search box looks in. */
  haystack: string;
  /** Occurrences of one recurring event share it: an iCalendar UID, else the same name, place, format and description. */
  series: string;
}

/** A row of the list: an event, and the later dates of the same series when rows are compact. */
interface Row {
  item: Item;
  alsoOn: Date[];
}

export interface EventFilters {
  format: AttendanceMode | '';
  type: EventType | '';
  region: UkRegion | '';
  when: When;
  query: string;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Which attendance modes a format filter accepts: a hybrid event is both online and in person. */
const FORMAT_MATCHES: Record<AttendanceMode, AttendanceMode[]> = {
  online: ['online', 'hybrid'],
  'in-person': ['in-person', 'hybrid'],
  hybrid: ['hybrid'],
};

/** Filters and orders events: upcoming soonest first, past most recent first. Exported for the bench and tests. */
export function filterEvents<T extends { event: CtEvent; haystack: string }>(
  items: T[],
  f: EventFilters,
  now: Date,
): T[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  const formats = f.format ? FORMAT_MATCHES[f.format] : undefined;
  const out = items.filter(({ event, haystack }) => {
    if (
      formats &&
      !(event.attendance && formats.includes(event.attendance)) &&
      !(f.format === 'online' && event.status === 'moved-online')
    )
      return false;
    if (f.type && event.eventType !== f.type) return false;
    if (f.region && event.region !== f.region) return false;
    if (f.when !== 'all' && isPast(event, now) !== (f.when === 'past')) return false;
    return words.every((w) => haystack.includes(w));
  });
  const time = (e: CtEvent) => e.start?.date.getTime() ?? Number.POSITIVE_INFINITY;
  out.sort(f.when === 'past' ? (a, b) => time(b.event) - time(a.event) : (a, b) => time(a.event) - time(b.event));
  return out;
}

/**
 * A list of events from a JSON or iCalendar feed, with filters (format, type, region, upcoming or past)
 * and a search box before the list, month headings and "Show more".
 *
 * Feeds: a JSON array of events (schema.org Event + the `ctkit` key, as for ct-event-card), a schema.org
 * ItemList, or an iCalendar (.ics) feed — read with ical.js, which is only downloaded when a feed is
 * iCalendar. Recurring events are expanded from 90 days ago to a year ahead. A feed that takes longer
 * than `timeout` or is bigger than `max-bytes` is refused with a clear message and a "Try again" button.
 *
 * @tagname ct-event-list
 * @summary A filterable, searchable list of events from a JSON or iCalendar feed.
 *
 * @slot - Your fallback content, usually a link to your events page: shown if the script never loads, and
 *   inside the "could not load" message.
 *
 * @csspart filters - The filter and search panel.
 * @csspart filters-heading - The filter panel's heading.
 * @csspart error-heading - The heading of the "could not load" message.
 * @csspart count - The "N events found" line.
 * @csspart month - Month headings.
 * @csspart more - The "Show more" button.
 * @csspart button - The other buttons ("Clear filters", "Try again"); every button also has `secondary-button`.
 *
 * @cssprop --ct-color-surface-secondary - The filter panel's background.
 * @cssprop --ct-color-brand - Cards' top border and buttons.
 *
 * @fires ct-events-loaded - A feed was read. `detail: { count }`.
 * @fires ct-events-error - A feed could not be loaded. `detail: { reason, message }`.
 */
export class CtEventList extends CtElement {
  // The filters are field partials; the cards render in their own shadow roots.
  static override styles = [hostStyles, fieldStyles, buttonStyles, feedStateStyles, eventCardStyles, eventListStyles];
  static override catalogues: readonly AnyCatalogue[] = [listMessages, eventMessages, vocabularyLabels];

  /** URL of the feed: JSON (array or ItemList) or iCalendar (.ics). Fetched without cookies. */
  @property() src?: string;

  /** Events given directly (same shape as a JSON feed). Takes precedence over `src`. */
  @property({ attribute: false }) events?: unknown[];

  /** How many events to show before "Show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Level of the month headings (2–6); cards' names go one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The language of the events' own text when an event does not say (`inLanguage`); given to each card. */
  @property({ attribute: 'content-lang' }) contentLang = '';

  /** Passed to every card: `inline` books in place with ct-sign-up-form. */
  @property() registration: 'link' | 'inline' = 'link';

  /** Passed to every card: where the inline booking form sends its answers. */
  @property({ attribute: 'booking-action' }) bookingAction?: string;

  /**
   * `compact` (default): one row per event — date block, name, date, format · place · price, status tags,
   * "Details" on demand — with a recurring event's dates on one row. `cards`: every event as a full card.
   */
  @property() layout: 'compact' | 'cards' = 'compact';

  /** Milliseconds to wait for a feed. */
  @property({ type: Number }) timeout = 15_000;

  /** Largest feed accepted, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 2_000_000;

  /** "Now", for upcoming and past. Defaults to the current time; set it for previews and tests. */
  @property({ attribute: false }) now?: Date;

  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private items: Item[] = [];
  @state() private filters: EventFilters = { format: '', type: '', region: '', when: 'upcoming', query: '' };
  @state() private shown = 10;
  /** Cards actually in the DOM: a big page grows in batches, a task each, so the page never freezes. */
  @state() private rendered = RENDER_BATCH;

  #controller?: AbortController;
  #batchTimer?: ReturnType<typeof setTimeout>;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #filtered?: { items: Item[]; filters: EventFilters; now: number; layout: string; result: Row[] };
  #uid = `ct-event-list-${Math.random().toString(36).slice(2, 8)}`;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#batchTimer);
  }

  /** Resolves when every card of the current page is in the DOM and rendered (for tests and the bench). */
  async pageRendered(): Promise<void> {
    for (;;) {
      await this.updateComplete;
      const cards = [...this.renderRoot.querySelectorAll<CtEventCard>('ct-event-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      if (this.rendered >= Math.min(this.shown, this.#visible().length)) return;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  protected override updated(): void {
    const target = Math.min(this.shown, this.#visible().length);
    if (this.rendered < target && this.#batchTimer === undefined) {
      this.#batchTimer = setTimeout(() => {
        this.#batchTimer = undefined;
        this.rendered = Math.min(target, this.rendered + RENDER_BATCH);
      }, 0);
    }
  }

  /** Starts rendering a new page from its first batch. */
  #resetPage(): void {
    this.shown = Math.max(1, this.pageSize);
    this.rendered = RENDER_BATCH;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize')) this.#resetPage();
    if (changed.has('events') && this.events) {
      this.#controller?.abort();
      this.#ingest(this.events);
    } else if (changed.has('src') && this.src && !this.events) {
      void this.load();
    }
  }

  /** (Re)loads the feed from `src`. */
  async load({ reload = false } = {}): Promise<void> {
    if (!this.src) return;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'loading';
    const now = this.#now();
    try {
      const inputs = await loadFeed(this.src, {
        timeout: this.timeout,
        maxBytes: this.maxBytes,
        window: { start: new Date(now.getTime() - 90 * 86_400_000), end: new Date(now.getTime() + 366 * 86_400_000) },
        signal: controller.signal,
        reload,
      });
      if (controller.signal.aborted) return;
      this.#ingest(inputs);
      this.#announceResults(`${this.i18n.messages(listMessages).loadingDone}. `);
      this.fire('ct-events-loaded', { count: this.items.length });
    } catch (error) {
      if (controller.signal.aborted) return;
      const reason = error instanceof FeedError ? error.reason : 'network';
      this.status = 'error';
      const message = error instanceof Error ? error.message : String(error);
      // The reason (a status code, a parse error, the size limit) is for whoever runs the site: the
      // reader is told plainly that the events did not load, with the partner's link and "Try again".
      this.warnOnce(`could not load ${this.src}: ${message}`);
      this.fire('ct-events-error', { reason, message });
    }
  }

  #ingest(inputs: unknown[]): void {
    const e = this.i18n.messages(eventMessages);
    this.items = inputs.map((input, i) => {
      const { event } = parseEvent(input);
      const haystack = fold(
        [
          event.name,
          event.description,
          event.venue?.name,
          event.venue?.address,
          event.organizer,
          event.eventType && e.eventType(event.eventType),
        ]
          .filter(Boolean)
          .join(' '),
      );
      const series = event.id.includes('#')
        ? event.id.slice(0, event.id.indexOf('#'))
        : JSON.stringify([event.name, event.venue?.name, event.venue?.address, event.attendance, event.description]);
      return { key: `${event.id}|${i}`, input: input as EventInput, event, haystack, series };
    });
    this.status = 'ready';
    this.#resetPage();
  }

  #minute?: Date;
  /**
   * `now`, or the current minute — the same Date object between renders, so the filtered list is reused
   * and cards (which take `now` as a property) are not re-rendered for nothing.
   */
  #now(): Date {
    if (this.now) return this.now;
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    if (this.#minute?.getTime() !== minute) this.#minute = new Date(minute);
    return this.#minute;
  }

  /** The filtered, ordered rows (memoised): in compact rows, a recurring event once, at its first date. */
  #visible(): Row[] {
    const now = this.#now().getTime();
    const c = this.#filtered;
    if (c?.items === this.items && c.filters === this.filters && c.now === now && c.layout === this.layout)
      return c.result;
    const events = filterEvents(this.items, this.filters, new Date(now));
    let result: Row[];
    if (this.layout === 'cards') result = events.map((item) => ({ item, alsoOn: [] }));
    else {
      // A cancelled or past occurrence keeps its own row: it must not hide behind the next date's.
      const bySeries = new Map<string, Row>();
      result = [];
      for (const item of events) {
        const key = `${item.series}|${item.event.status}|${isPast(item.event, new Date(now))}`;
        const row = bySeries.get(key);
        if (row && item.event.start) row.alsoOn.push(item.event.start.date);
        else {
          const first = { item, alsoOn: [] };
          if (item.event.start) bySeries.set(key, first);
          result.push(first);
        }
      }
    }
    this.#filtered = { items: this.items, filters: this.filters, now, layout: this.layout, result };
    return result;
  }

  #setFilter<K extends keyof EventFilters>(key: K, value: EventFilters[K], delay: number): void {
    if (this.filters[key] === value) return;
    this.filters = { ...this.filters, [key]: value };
    this.#resetPage();
    clearTimeout(this.#announceTimer);
    // Typing waits for a pause, so a screen reader is not talked over at every key.
    this.#announceTimer = setTimeout(() => {
      this.#announceResults();
    }, delay);
  }

  /** Says politely how many events the filters now show ("12 events found"). */
  #announceResults(before = ''): void {
    void announce(`${before}${this.i18n.messages(listMessages).results(this.locale, this.#visible().length)}`, {
      lang: this.locale,
    });
  }

  #clearFilters = () => {
    // The button goes with the "no events" message: focus moves first to the search box, where a new
    // search starts, not to the page.
    this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-f-q`)?.focus();
    this.filters = { format: '', type: '', region: '', when: this.filters.when, query: '' };
    this.#resetPage();
    clearTimeout(this.#announceTimer);
    this.#announceResults();
  };

  #showMore = async () => {
    const first = this.shown;
    this.shown += this.pageSize;
    // The first new card is in the first batch.
    this.rendered = Math.max(this.rendered, first + Math.min(this.pageSize, RENDER_BATCH));
    await this.updateComplete;
    const card = this.renderRoot.querySelector<CtEventCard>(`ct-event-card[data-index="${first}"]`);
    if (card) {
      await card.updateComplete;
      card.focus();
    }
  };

  /** Focus follows the person: to the loading status, then to the result count (or the error again). */
  #retry = async () => {
    const loading = this.load({ reload: true });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.ct-feed-state[role="status"]')?.focus();
    await loading;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(this.status === 'error' ? '[part~="error-heading"]' : '.ct-filters__count')
      ?.focus();
  };

  protected override render() {
    const m = this.i18n.messages(listMessages);
    if (this.status === 'loading' || (this.status === 'idle' && this.src && !this.events)) return this.#loading();
    if (this.status === 'error') return this.#error();
    if (!this.items.length) return html`<p data-empty>${m.emptyFeed}</p>`;

    const visible = this.#visible();
    const shown = visible.slice(0, this.shown);
    const left = visible.length - shown.length;
    return html`${this.#filtersPanel(
      html`${m.results(this.locale, visible.length)}${left > 0 ? html`<span class="ct-visually-hidden">. ${m.showing(shown.length, visible.length)}</span>` : nothing}`,
    )}
      ${
        visible.length
          ? this.#groups(shown.slice(0, this.rendered))
          : html`<div data-empty><p>${m.emptyFiltered}</p>${button({ label: m.clearFilters, variant: 'secondary', onClick: this.#clearFilters })}</div>`
      }
      ${left > 0 ? html`<div class="ct-event-list__more">${button({ label: m.showMore(this.locale, Math.min(this.pageSize, left)), variant: 'secondary', part: 'more', onClick: this.#showMore })}</div>` : nothing}`;
  }

  /** A heading at the list's level: a month (styled) or the error's title (focused after "Try again"). */
  #heading(part: 'month' | 'error-heading', content: unknown, id?: string) {
    return heading(
      this.headingLevel,
      {
        className: part === 'month' ? 'ct-event-list__month' : '',
        part,
        focusable: part === 'error-heading',
        ...(id ? { id } : {}),
      },
      content,
    );
  }

  #groups(shown: Row[]) {
    const groups: { key: string; title: string; items: { row: Row; index: number }[] }[] = [];
    shown.forEach((row, index) => {
      const { item } = row;
      const key = item.event.start ? monthKey(item.event.start.date) : 'tbc';
      let group = groups[groups.length - 1];
      if (group?.key !== key) {
        group = {
          key,
          title: item.event.start
            ? formatMonth(item.event.start.date, this.locale)
            : this.i18n.messages(eventMessages).dateToBeConfirmed,
          items: [],
        };
        groups.push(group);
      }
      group.items.push({ row, index });
    });
    const now = this.#now();
    return groups.map(
      (g, gi) => html`${this.#heading('month', g.title, `${this.#uid}-m${gi}`)}
        <ul class="ct-event-list__events ${this.layout === 'cards' ? '' : 'ct-event-list__events--compact'}" aria-labelledby=${`${this.#uid}-m${gi}`}>
          ${repeat(
            g.items,
            ({ row }) => row.item.key,
            ({ row, index }) =>
              html`<li><ct-event-card data-index=${index} .event=${row.item.input} .now=${now} heading-level=${this.headingLevel + 1}
                variant=${this.layout === 'cards' ? 'full' : 'compact'} .alsoOn=${row.alsoOn}
                registration=${this.registration} booking-action=${this.bookingAction ?? nothing}
                content-lang=${this.contentLang || nothing}></ct-event-card></li>`,
          )}
        </ul>`,
    );
  }

  #filtersPanel(count: unknown) {
    const m = this.i18n.messages(listMessages);
    const e = this.i18n.messages(eventMessages);
    const regionNames = vocabularyIn(this.locale).region;
    const f = this.filters;
    const types = EVENT_TYPES.filter((t) => this.items.some((i) => i.event.eventType === t));
    const regions = UK_REGIONS.filter((r) => this.items.some((i) => i.event.region === r));
    const id = (name: string) => `${this.#uid}-${name}`;
    // Core's select partial: the value is bound live, so "Clear filters" shows "Any" again in every browser.
    const filter = <K extends 'when' | 'format' | 'type' | 'region'>(
      key: K,
      label: string,
      options: [EventFilters[K], string][],
    ) =>
      select({
        id: id(key),
        label,
        value: f[key],
        options,
        onChange: (v) => {
          this.#setFilter(key, v as EventFilters[K], 150);
        },
      });
    /** "Any …", then each value by its name. */
    const anyOf = <T extends string>(any: string, values: readonly T[], name: (v: T) => string) =>
      [['', any], ...values.map((v) => [v, name(v)])] as [T | '', string][];
    return filterPanel({
      id: id('f'),
      title: m.filters,
      headingLevel: this.headingLevel,
      search: {
        label: m.search,
        hint: m.searchHint,
        value: f.query,
        onInput: (v) => {
          this.#setFilter('query', v, 600);
        },
      },
      selects: html`${filter('when', m.whenFilter, [
        ['upcoming', m.upcoming],
        ['past', m.pastEvents],
        ['all', m.allDates],
      ])}
      ${filter('format', m.formatFilter, anyOf(m.anyFormat, ATTENDANCE_MODES, e.attendance))}
      ${types.length ? filter('type', m.typeFilter, anyOf(m.anyType, types, e.eventType)) : nothing}
      ${
        regions.length
          ? filter(
              'region',
              m.regionFilter,
              anyOf(m.anyRegion, regions, (r) => regionNames[r]),
            )
          : nothing
      }`,
      count,
      countPart: 'count',
    });
  }

  #loading() {
    return feedLoading(`${this.i18n.messages(listMessages).loading}…`);
  }

  #error() {
    return feedProblem({
      locale: this.locale,
      title: this.#heading('error-heading', this.i18n.messages(listMessages).errorHeading),
      onRetry: this.#retry,
    });
  }
}

defineElement('ct-event-list', CtEventList);

declare global {
  interface HTMLElementTagNameMap {
    'ct-event-list': CtEventList;
  }
}

export type { When as EventWhen };
