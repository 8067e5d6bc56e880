import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type AnyCatalogue,
  BodyTooLargeError,
  readCapped,
  select,
  filterPanel,
  COMMUNITY_TYPES,
  CtElement,
  onDemand,
  button,
  buttonStyles,
  feedLoading,
  feedProblem,
  feedStateStyles,
  fieldStyles,
  hostStyles,
  tagStyles,
  MEMBER_TYPES,
  MemberFeedError,
  UK_REGIONS,
  announce,
  defineElement,
  parseMembers,
  vocabularyIn,
  vocabularyLabels,
  type CommunityType,
  type Member,
  type MemberType,
  type SkippedMember,
  type UkRegion,
} from '@ctkit/core';
import { filterMembers, hasFilters, indexMembers, tagsOf, type IndexedMember, type MemberFilters } from './filter.js';
import { memberFacts, memberName } from './member.js';
import { mapMessages, type MapMessages } from './messages.js';
import { communityMapStyles } from './community-map.styles.js';
import { lazyParts } from './lazy.js';
import type { MapViews } from './map-view.js';

export type MapView = 'list' | 'map' | 'regions';
const VIEWS: readonly MapView[] = ['list', 'map', 'regions'];
const partWarnings = {
  geo: "could not load the region outlines, so regions are not found from coordinates or from names other than the regions' own.",
  names:
    'could not load the region names, so members that give their region in other words ("Greater Manchester") have none.',
  mapViews: 'could not load the map view.',
};
const PAGE_SIZE = 50;

type Status = 'empty' | 'loading' | 'ready' | 'error';
interface LoadProblem {
  kind: 'failed' | 'too-large';
  detail: string;
}

/**
 * Who is in the network, where, and which regions have no one yet. Filters and search come first; the
 * members then show as a list (the default, complete on its own), on an offline map of the UK's 12
 * regions, or as counts by region. No tiles and no third-party requests: the base map ships with the
 * widget (region outlines from Natural Earth, public domain).
 *
 * @tagname ct-community-map
 * @summary Network members as a list, an offline UK map and counts by region, with filters and search.
 *
 * @slot - Your fallback content, usually a link to your members page: shown if the script never loads, and
 *   inside the "could not load" message.
 *
 * @fires ct-members-loaded - Members were read from `src` or `members`. `detail: { members, skipped }`.
 * @fires ct-members-error - The feed could not be loaded or was refused. `detail: { kind, detail }`.
 * @fires ct-view-changed - The person chose another view. `detail: { view }`.
 * @fires ct-members-load - Deprecated: the old name of `ct-members-loaded`, fired with it.
 * @fires ct-view-change - Deprecated: the old name of `ct-view-changed`, fired with it.
 *
 * @csspart filters - The search landmark above the views (core's filter panel; its heading is for screen readers only).
 * @csspart tabs - The tab list that switches views.
 * @csspart list - The list of members.
 * @csspart map - The map's frame.
 * @csspart marker - Every marker on the map (single members and clusters).
 * @csspart popover - The details popover of a marker.
 * @csspart regions - The regions view.
 * @csspart button - Buttons (zoom, retry, show more).
 *
 * @cssprop [--ct-map-land=#f3f2f1] - Fill of the regions on the map view.
 * @cssprop [--ct-map-border=#505a5f] - Region borders.
 * @cssprop [--ct-map-marker=var(--ct-color-brand)] - Marker colour (a member with coordinates).
 * @cssprop [--ct-map-cluster=var(--ct-color-brand)] - Background of cluster badges.
 * @cssprop [--ct-map-cluster-text=var(--ct-color-on-brand)] - The count on a cluster badge: keep 4.5:1 against `--ct-map-cluster`.
 * @cssprop --ct-map-shade-1 - Regions view: the fewest members. Default: `--ct-map-shade-3` at 20% on the surface.
 * @cssprop --ct-map-shade-2 - Regions view: some members. Default: `--ct-map-shade-3` at 50% on the surface.
 * @cssprop [--ct-map-shade-3=var(--ct-color-brand)] - Regions view: the most members.
 * @cssprop [--ct-color-brand=#00703c] - Buttons, the selected tab, and the map's markers, clusters and shading unless set on their own (from the shared tokens).
 * @cssprop [--ct-color-on-brand=#ffffff] - Text on the brand colour: cluster counts (from the shared tokens).
 */
export class CtCommunityMap extends CtElement {
  // The filters are field partials, the member types tags; buttons come in cascade order after fields.
  static override styles = [hostStyles, fieldStyles, buttonStyles, feedStateStyles, tagStyles, communityMapStyles];
  static override catalogues: readonly AnyCatalogue[] = [mapMessages, vocabularyLabels];

  /** URL of the feed: a JSON array of members, or a GeoJSON FeatureCollection. */
  @property() src = '';

  /** The view shown: `list` (default), `map` or `regions`. Reflects the person's choice. */
  @property({ reflect: true }) view: MapView = 'list';

  /** Feeds larger than this many bytes are refused with a clear message. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 5_000_000;

  /**
   * The language the feed's own words (descriptions, tags) are in, when it differs from the widget's:
   * e.g. `content-lang="en"` on a Welsh page, so screen readers read them as English.
   */
  @property({ attribute: 'content-lang' }) contentLang = '';

  /** The same data as `src` takes, given directly (an array of members or a FeatureCollection). */
  @property({ attribute: false }) members: unknown;

  @state() private status: Status = 'empty';
  @state() private problem: LoadProblem | undefined;
  @state() private skipped: SkippedMember[] = [];
  @state() private filters: MemberFilters = {};
  @state() private listLimit = PAGE_SIZE;
  /** The map and regions views' code: not needed until one of them is shown. */
  @state() private mapViews: 'idle' | 'loading' | 'failed' | MapViews = 'idle';

  /** The members as the feed gave them; #all is the same with each one's region decided (see #prepare). */
  #parsed: Member[] = [];
  #all: Member[] = [];
  #index: IndexedMember[] = [];
  #regionById = new Map<string, UkRegion | undefined>();
  #tags: string[] = [];
  #results: IndexedMember[] = [];
  #abort: AbortController | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** A member's region from its coordinates, else the region it names; arrives with the region outlines (see #ingest). */
  #regionAt: ((member: Member) => UkRegion | undefined) | undefined;
  /** A member's region from its region text ("Greater Manchester"); arrives with the names table. */
  #regionByName: ((member: Member) => UkRegion | undefined) | undefined;
  #feed = 0;
  /** The chunks fetched on demand; updateComplete waits for those on their way and the render they bring. */
  readonly #parts = onDemand(lazyParts, partWarnings, this);

  private get m(): MapMessages {
    return this.i18n.messages(mapMessages);
  }

  /** The members currently shown in every view (after filters and search). */
  get results(): Member[] {
    return this.#results.map((r) => r.member);
  }

  /** Entries of the last feed that could not be shown, with the reason for each. */
  get skippedEntries(): SkippedMember[] {
    return this.skipped;
  }

  /** Loads `src` again (what the "Try again" button does). */
  reload(): Promise<void> {
    return this.#load();
  }

  /** Applies filters, as the form does. */
  setFilters(filters: MemberFilters): void {
    this.filters = { ...filters };
    this.#applyFilters();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('view') && !VIEWS.includes(this.view)) {
      this.warnOnce(`view="${this.view as string}" is not one of ${VIEWS.join(', ')}: showing the list.`);
      this.view = 'list';
    }
    if (changed.has('members') && this.members !== undefined) this.#ingest(this.members);
    else if (changed.has('src') && this.src && this.members === undefined) void this.#load();
    if (this.view !== 'list' && this.mapViews === 'idle') this.#loadMapViews();
  }

  // ── Lazy parts ────────────────────────────────────────────────────────────────────────────────────

  /** Fetches the region outlines once; on failure members keep the regions they give (and a retry later). */
  async #loadGeo(): Promise<void> {
    const geo = await this.#parts.load('geo');
    if (geo) this.#regionAt = geo.memberRegion;
  }

  /** Fetches the region names table once; on failure those members have no region (and a retry with the next feed). */
  async #loadNames(): Promise<void> {
    const names = await this.#parts.load('names');
    if (names) this.#regionByName = names.regionByName;
  }

  /** Fetches the map and regions views (and the outlines they draw). Shows a status, then an error with retry. */
  #loadMapViews(): void {
    if (this.mapViews !== 'idle' && this.mapViews !== 'failed') return;
    this.mapViews = 'loading';
    const hadRegions = this.#regionAt !== undefined;
    this.#parts.track(
      Promise.all([this.#parts.load('mapViews'), this.#loadGeo()]).then(([mod]) => {
        if (!mod || !this.#regionAt) {
          this.mapViews = 'failed';
          return;
        }
        this.mapViews = new mod.MapViews(this, {
          m: () => this.m,
          locale: () => this.locale,
          all: () => this.#all,
          shown: () => this.#results,
          filtered: () => hasFilters(this.filters),
          regionOf: (member) => this.#regionById.get(member.id),
          contentLang: () => this.contentLang,
        });
        // Members read while the outlines could not be fetched, that give a point or a region's name, get
        // their regions now — keeping how far down the list the reader has gone.
        if (!hadRegions && this.status === 'ready' && this.#parsed.some((member) => member.geolocation)) {
          const limit = this.listLimit;
          this.#prepare();
          this.listLimit = limit;
        }
      }),
    );
  }

  /** Prefetches the map views when a person heads for their tabs, so they are usually there on arrival. */
  #prefetch(): void {
    if (this.mapViews === 'idle') this.#loadMapViews();
  }

  #retryMapViews(): void {
    // The button goes away: keep focus in the panel, where the view will appear.
    this.renderRoot.querySelector<HTMLElement>(`#panel-${this.view}`)?.focus();
    this.#loadMapViews();
  }

  // ── Loading ───────────────────────────────────────────────────────────────────────────────────────

  /** "Try again" goes with the alert that holds it: focus follows, to the loading status, then to the count (or the new "Try again"). */
  async #retry(): Promise<void> {
    const loading = this.#load();
    // The next render only, not the chunks updateComplete also waits for.
    await this.nextRender();
    const status = this.renderRoot.querySelector<HTMLElement>('.ct-feed-state[role="status"]');
    status?.focus();
    await loading;
    await this.updateComplete;
    // Only if the reader is still waiting there (a slow feed): someone who moved on is not pulled back.
    // (The status itself may be gone with the render, leaving focus on the page's body.)
    const inside = (this.renderRoot as ShadowRoot).activeElement;
    const page = document.activeElement;
    if (inside ? inside !== status : page !== null && page !== document.body && page !== this) return;
    this.renderRoot
      .querySelector<HTMLElement>(this.status === 'error' ? '.ct-feed-state--problem button' : '#f-count')
      ?.focus();
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'loading';
    this.problem = undefined;
    let text: string;
    try {
      const response = await fetch(new URL(this.src, document.baseURI), {
        signal: abort.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json, application/geo+json' },
      });
      if (!response.ok) throw new LoadFailure('failed', `the server answered with status ${String(response.status)}`);
      text = await readCapped(response, this.maxBytes);
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof BodyTooLargeError) abort.abort();
      this.#fail(
        error instanceof LoadFailure
          ? error
          : error instanceof BodyTooLargeError
            ? new LoadFailure('too-large', `the feed is over ${this.#formatBytes(this.maxBytes)}`)
            : new LoadFailure('failed', 'the server could not be reached'),
      );
      return;
    }
    if (abort.signal.aborted) return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.#fail(new LoadFailure('failed', 'the feed is not valid JSON'));
      return;
    }
    this.#ingest(data);
  }

  #formatBytes(bytes: number): string {
    const nf = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
    return bytes >= 1_000_000 ? `${nf.format(bytes / 1_000_000)} MB` : `${nf.format(bytes / 1000)} kB`;
  }

  #fail(failure: LoadFailure): void {
    this.status = 'error';
    this.problem = { kind: failure.kind, detail: failure.message };
    // The reason is for whoever runs the site; the public reads plain words, with the partner's link.
    console.warn(`<ct-community-map>: could not load ${this.src || 'the members given'}: ${failure.message}`);
    this.fire('ct-members-error', { ...this.problem });
  }

  #ingest(data: unknown): void {
    let parsed;
    try {
      parsed = parseMembers(data);
    } catch (error) {
      if (error instanceof MemberFeedError) {
        this.#fail(
          new LoadFailure(
            'failed',
            'the feed is not a list of members (expected a JSON array or a GeoJSON FeatureCollection)',
          ),
        );
        return;
      }
      throw error;
    }
    const feed = ++this.#feed;
    const ready = () => {
      if (feed !== this.#feed) return;
      this.#parsed = parsed.members;
      this.skipped = parsed.skipped;
      this.#prepare();
      this.#warnNotUnderstood(parsed.ignored);
      this.status = 'ready';
      this.problem = undefined;
      // Entries that could not be read are the publisher's to fix: the console (and skippedEntries, and the
      // ct-members-loaded event) list them; the public sees the members that could be read.
      if (parsed.skipped.length) {
        console.warn(
          `<ct-community-map>: ${String(parsed.skipped.length)} ${parsed.skipped.length === 1 ? 'entry' : 'entries'} could not be shown:\n` +
            parsed.skipped
              .map((s) => `  entry ${String(s.index + 1)}${s.name ? ` (${s.name})` : ''}: ${s.reason}`)
              .join('\n'),
        );
      }
      this.fire('ct-members-loaded', { members: this.#all, skipped: parsed.skipped }, 'ct-members-load');
    };
    // A member with coordinates is counted in the region its point lies in (that needs the outlines),
    // and one that names its region in other words ("Greater Manchester") in that region (that needs the
    // names table): the members wait for what they need (still "Loading members…").
    const waits: Promise<void>[] = [];
    if (!this.#regionAt && parsed.members.some((member) => member.geolocation)) waits.push(this.#loadGeo());
    if (!this.#regionByName && parsed.members.some((member) => member.region_text)) waits.push(this.#loadNames());
    if (waits.length) {
      this.status = 'loading';
      this.#parts.track(Promise.all(waits).then(ready));
    } else ready();
  }

  /**
   * Each member's region — from its coordinates first, else the region it names (see geo.ts
   * memberRegion) — and the search index. Members whose region is decided here are copies with
   * `region` set, so every view and `ct-members-loaded` agree.
   */
  #prepare(): void {
    this.#regionById = new Map();
    const decide = this.#regionAt;
    const byName = this.#regionByName;
    this.#all = this.#parsed.map((member) => {
      const region = (decide ? decide(member) : member.region) ?? byName?.(member);
      this.#regionById.set(member.id, region);
      return region === member.region ? member : { ...member, region };
    });
    this.#index = indexMembers(this.#all, (member) => this.#regionById.get(member.id));
    this.#tags = tagsOf(this.#all);
    this.#applyFilters(false);
  }

  /**
   * One console warning per feed, in English for whoever publishes it, naming each value that was not
   * understood (the members are shown without it), with how many entries gave it.
   */
  #warnNotUnderstood(ignored: readonly SkippedMember[]): void {
    const notes = [...ignored];
    if (this.#regionByName) {
      this.#all.forEach((member, i) => {
        const given = this.#parsed[i];
        if (!member.region && given?.region_text) {
          notes.push({
            index: Number(member.id.slice(1)),
            name: member.name,
            problem: { code: 'unknown-region', value: JSON.stringify(given.region_text) },
            reason: `unknown region ${JSON.stringify(given.region_text)}`,
          });
        }
      });
    }
    if (!notes.length) return;
    const groups = new Map<string, number[]>();
    for (const note of notes) groups.set(note.reason, [...(groups.get(note.reason) ?? []), note.index + 1]);
    console.warn(
      `<ct-community-map>: ${notes.length === 1 ? '1 value' : `${String(notes.length)} values`} in the feed not understood; the members are shown without ${notes.length === 1 ? 'it' : 'them'} (uncategorised, or without a region):\n` +
        [...groups]
          .map(
            ([reason, entries]) =>
              `  ${reason}: ${entries.length === 1 ? 'entry' : `${String(entries.length)} entries,`} ${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}`,
          )
          .join('\n'),
    );
  }

  // ── Filters ───────────────────────────────────────────────────────────────────────────────────────

  #applyFilters(speak = true): void {
    this.#results = filterMembers(this.#index, this.filters);
    this.listLimit = PAGE_SIZE;
    this.requestUpdate();
    if (speak) {
      clearTimeout(this.#announceTimer);
      // Wait for a pause in typing, then say the count once.
      this.#announceTimer = setTimeout(() => {
        void announce(this.#countText(), { lang: this.locale });
      }, 400);
    }
  }

  #countText(): string {
    return this.#results.length === 0
      ? this.m.noResults
      : this.m.count(this.locale, this.#results.length, this.#all.length);
  }

  #onFilter(key: keyof MemberFilters, value: string): void {
    this.filters = { ...this.filters, [key]: value };
    this.#applyFilters();
  }

  #clearFilters(): void {
    // Focus is already on the search box (the filter panel moves it). The count is still said after the usual pause.
    this.filters = {};
    this.#applyFilters();
  }

  // ── Tabs (APG: automatic activation, arrows, Home/End) ───────────────────────────────────────────

  #select(view: MapView, focus = false): void {
    if (view !== this.view) {
      this.view = view;
      if (typeof this.mapViews === 'object') this.mapViews.close();
      else if (view !== 'list' && this.mapViews === 'failed') this.#loadMapViews();
      this.fire('ct-view-changed', { view }, 'ct-view-change');
    }
    // Focus follows the selected tab at the next render — not after the map views' chunk arrives, which
    // `updateComplete` also waits for: arrow keys must move focus at once on a slow connection.
    if (focus) void this.nextRender().then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  #onTabKey(event: KeyboardEvent): void {
    const i = VIEWS.indexOf(this.view);
    const next: Partial<Record<string, number>> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: VIEWS.length - 1,
    };
    const to = next[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.#select(VIEWS[(to + VIEWS.length) % VIEWS.length] ?? 'list', true);
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const m = this.m;
    return html`<div class="ct-map" lang=${this.locale}>
      ${this.status === 'loading' ? feedLoading(m.loading) : nothing}
      ${this.status === 'error' ? this.#renderProblem() : nothing}
      ${this.status === 'ready' ? this.#renderBody() : nothing}
    </div>`;
  }

  #renderProblem(): TemplateResult {
    const m = this.m;
    return feedProblem({
      locale: this.locale,
      title: html`<p>${m.loadError}</p>`,
      // Trying again cannot shrink a feed that is too large.
      onRetry: this.problem?.kind === 'failed' && this.src ? () => void this.#retry() : undefined,
    });
  }

  #renderBody(): TemplateResult {
    const m = this.m;
    return html`${this.#renderFilters()}
      <div class="ct-map-tabs" role="tablist" aria-label=${m.views} part="tabs" @keydown=${this.#onTabKey} @focusin=${this.#prefetch}>
        ${VIEWS.map((v) => {
          const label = v === 'list' ? m.viewList : v === 'map' ? m.viewMap : m.viewRegions;
          const selected = v === this.view;
          return html`<button type="button" role="tab" class="ct-map-tab" id=${`tab-${v}`} aria-controls=${`panel-${v}`}
            aria-selected=${selected ? 'true' : 'false'} tabindex=${selected ? '0' : '-1'} @click=${() => {
              this.#select(v);
            }}
            @pointerenter=${v === 'list' ? undefined : this.#prefetch}>${label}</button>`;
        })}
      </div>
      ${VIEWS.map(
        // The map's panel is not a tab stop: its zoom buttons are, and a focused tab panel is only an unnamed
        // "scroll pane" to Orca (Chromium maps it so on Linux). The others keep one (APG), for their text.
        (
          v,
        ) => html`<div class="ct-map-panel" role="tabpanel" id=${`panel-${v}`} aria-labelledby=${`tab-${v}`} tabindex=${v === 'map' ? nothing : '0'} ?hidden=${v !== this.view}>
          ${v !== this.view ? nothing : v === 'list' ? this.#renderList() : this.#renderMapViews(v)}
        </div>`,
      )}`;
  }

  #renderFilters(): TemplateResult {
    const m = this.m;
    const labels = vocabularyIn(this.locale);
    const f = this.filters;
    const filter = <T extends string>(
      key: keyof MemberFilters,
      label: string,
      options: readonly T[],
      name: (o: T) => string,
    ) =>
      select({
        id: `f-${key}`,
        label,
        value: f[key] ?? '',
        options: [['', m.any], ...options.map((o) => [o, name(o)] as const)],
        onChange: (v) => {
          this.#onFilter(key, v);
        },
      });
    return filterPanel({
      id: 'f',
      title: m.filtersHeading,
      headingLevel: 2,
      hideHeading: true,
      search: {
        label: m.search,
        hint: m.searchHint,
        value: f.query ?? '',
        onInput: (v) => {
          this.#onFilter('query', v);
        },
      },
      selects: html`${filter<MemberType>('memberType', m.memberType, MEMBER_TYPES, (o) => labels.memberType[o])}
      ${filter<CommunityType | 'other'>('communityType', m.communityType, [...COMMUNITY_TYPES, 'other'], (o) => (o === 'other' ? m.other : labels.communityType[o]))}
      ${filter<UkRegion | 'none'>('region', m.region, [...UK_REGIONS, 'none'], (o) => (o === 'none' ? m.regionNotGiven : labels.region[o]))}
      ${this.#tags.length ? filter<string>('tag', m.tag, this.#tags, (o) => o) : nothing}`,
      // The button goes with the filters it cleared: the partial moves focus to the search box first.
      clear: hasFilters(f)
        ? {
            label: m.clearFilters,
            onClick: () => {
              this.#clearFilters();
            },
          }
        : undefined,
      count: this.#countText(),
    });
  }

  #renderList(): TemplateResult {
    const m = this.m;
    if (!this.#results.length) return this.#renderNoResults();
    const shown = this.#results.slice(0, this.listLimit);
    const more = this.#results.length - shown.length;
    return html`<ul class="ct-map-list" part="list">
        ${shown.map(
          (
            { member },
            i,
          ) => html`<li class="ct-map-member" tabindex=${i === this.listLimit - PAGE_SIZE && i > 0 ? '-1' : nothing} data-index=${i}>
            <p class="ct-map-member__name">${memberName(member)}</p>
            ${memberFacts(member, this.#regionById.get(member.id), m, this.locale, this.contentLang)}
          </li>`,
        )}
      </ul>
      ${
        more > 0
          ? button({
              label: m.showMore(this.locale, Math.min(PAGE_SIZE, more)),
              variant: 'secondary',
              onClick: () => void this.#showMore(),
            })
          : nothing
      }`;
  }

  async #showMore(): Promise<void> {
    const first = this.listLimit;
    this.listLimit += PAGE_SIZE;
    await this.updateComplete;
    // Focus the first newly shown member, so the next Tab reaches it.
    this.renderRoot.querySelector<HTMLElement>(`.ct-map-member[data-index="${String(first)}"]`)?.focus();
  }

  #renderNoResults(): TemplateResult {
    return html`<div class="ct-map-empty"><p class="ct-map-empty__title">${this.m.noResults}</p><p>${this.m.noResultsHint}</p></div>`;
  }

  /** The map or regions view; its code arrives on demand, with a short status meanwhile and an error to retry. */
  #renderMapViews(view: 'map' | 'regions'): TemplateResult {
    const m = this.m;
    const views = this.mapViews;
    if (typeof views === 'object') return views.render(view);
    return views === 'failed'
      ? feedProblem({
          locale: this.locale,
          title: html`<p>${m.mapLoadError}</p>`,
          onRetry: () => {
            this.#retryMapViews();
          },
        })
      : feedLoading(m.mapLoading);
  }
}

class LoadFailure extends Error {
  constructor(
    readonly kind: LoadProblem['kind'],
    message: string,
  ) {
    super(message);
  }
}

defineElement('ct-community-map', CtCommunityMap);

declare global {
  interface HTMLElementTagNameMap {
    'ct-community-map': CtCommunityMap;
  }
}
