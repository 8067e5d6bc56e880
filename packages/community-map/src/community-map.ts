import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import {
  BodyTooLargeError,
  readCapped,
  COMMUNITY_TYPES,
  CtElement,
  MEMBER_TYPES,
  MemberFeedError,
  UK_REGIONS,
  announce,
  defineElement,
  intlTag,
  parseMembers,
  vocabularyLabels,
  type CommunityType,
  type Member,
  type MemberType,
  type SkippedMember,
  type UkRegion,
} from '@ctkit/core';
import { REGION_ANCHORS } from './uk-regions.js';
import { cluster, traversalOrders, type MapMarker } from './cluster.js';
import { filterMembers, hasFilters, indexMembers, tagsOf, type IndexedMember, type MemberFilters } from './filter.js';
import { place, regionOf, regionPath, type Placed } from './geo.js';
import { mapMessages, type MapMessages } from './messages.js';
import { MAP_VIEWBOX } from './projection.js';
import { communityMapStyles } from './community-map.styles.js';

export type MapView = 'list' | 'map' | 'regions';
const VIEWS: readonly MapView[] = ['list', 'map', 'regions'];
const PAGE_SIZE = 50;
const MIN_ZOOM = 1;
const MAX_ZOOM = 16;
/** Grid cell for clustering at zoom 1, in map units (the UK is 610 units wide). */
const CELL = 32;

type Status = 'empty' | 'loading' | 'ready' | 'error';
interface LoadProblem {
  kind: 'failed' | 'too-large';
  detail: string;
}

/** Region path strings never change: build them once per page. */
let regionPaths: Record<UkRegion, string> | undefined;
const pathsOf = () => (regionPaths ??= Object.fromEntries(UK_REGIONS.map((r) => [r, regionPath(r)])) as Record<UkRegion, string>);

/**
 * Who is in the network, where, and which regions have no one yet. Filters and search come first; the
 * members then show as a list (the default, complete on its own), on an offline map of the UK's 12
 * regions, or as counts by region. No tiles and no third-party requests: the base map ships with the
 * widget (region outlines from Natural Earth, public domain).
 *
 * @tagname ct-community-map
 * @summary Network members as a list, an offline UK map and counts by region, with filters and search.
 *
 * @fires ct-members-load - Members were read from `src` or `members`. `detail: { members, skipped }`.
 * @fires ct-members-error - The feed could not be loaded or was refused. `detail: { kind, detail }`.
 * @fires ct-view-change - The person chose another view. `detail: { view }`.
 *
 * @csspart filters - The search form above the views.
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
 * @cssprop [--ct-map-marker=#1d70b8] - Marker colour (a member with coordinates).
 * @cssprop [--ct-map-shade-1=#cce2d8] - Regions view: the fewest members.
 * @cssprop [--ct-map-shade-2=#85b4a0] - Regions view: some members.
 * @cssprop [--ct-map-shade-3=#00703c] - Regions view: the most members.
 * @cssprop [--ct-color-brand] - Buttons and the selected tab (from the shared tokens).
 */
export class CtCommunityMap extends CtElement {
  static override styles = [...[CtElement.styles].flat(), communityMapStyles];

  /** URL of the feed: a JSON array of members, or a GeoJSON FeatureCollection. */
  @property() src = '';

  /** The view shown: `list` (default), `map` or `regions`. Reflects the person's choice. */
  @property({ reflect: true }) view: MapView = 'list';

  /** Feeds larger than this many bytes are refused with a clear message. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 5_000_000;

  /** The same data as `src` takes, given directly (an array of members or a FeatureCollection). */
  @property({ attribute: false }) members: unknown;

  @state() private status: Status = 'empty';
  @state() private problem: LoadProblem | undefined;
  @state() private skipped: SkippedMember[] = [];
  @state() private filters: MemberFilters = {};
  @state() private listLimit = PAGE_SIZE;
  @state() private zoom = 1;
  @state() private centre: [number, number] = [MAP_VIEWBOX.width / 2, MAP_VIEWBOX.height / 2];
  @state() private activeKey: string | undefined;
  @state() private openKey: string | undefined;

  #all: Member[] = [];
  #index: IndexedMember[] = [];
  #placed = new Map<string, Placed>();
  #regionById = new Map<string, UkRegion | undefined>();
  #tags: string[] = [];
  #results: IndexedMember[] = [];
  #abort: AbortController | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #markers: MapMarker[] = [];
  #orders: { byX: MapMarker[]; byY: MapMarker[] } = { byX: [], byY: [] };
  #markerNames = new Map<string, string>();
  #clusterCache: { key: string; markers: MapMarker[] } | undefined;
  #pointers = new Map<number, { x: number; y: number }>();
  #drag: { x: number; y: number; centre: [number, number]; moved: boolean } | undefined;
  #pinch: { distance: number; zoom: number } | undefined;
  #focusAfterRender: string | undefined;
  #popoverReturnKey: string | undefined;
  #focusPopover = false;

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
    if (changed.has('zoom') || changed.has('filters') || changed.has('status')) this.#recluster();
  }

  protected override updated(): void {
    if (this.#focusAfterRender !== undefined) {
      const key = this.#focusAfterRender;
      this.#focusAfterRender = undefined;
      this.#markerButton(key)?.focus();
    }
    if (this.openKey !== undefined) void this.#positionPopover();
  }

  // ── Loading ───────────────────────────────────────────────────────────────────────────────────────

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'loading';
    this.problem = undefined;
    const m = this.m;
    let text: string;
    try {
      const response = await fetch(new URL(this.src, document.baseURI), { signal: abort.signal, credentials: 'same-origin', headers: { accept: 'application/json, application/geo+json' } });
      if (!response.ok) throw new LoadFailure('failed', m.httpStatus(this.locale, response.status));
      text = await readCapped(response, this.maxBytes);
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof BodyTooLargeError) abort.abort();
      this.#fail(
        error instanceof LoadFailure
          ? error
          : error instanceof BodyTooLargeError
            ? new LoadFailure('too-large', this.#formatBytes(this.maxBytes))
            : new LoadFailure('failed', m.network),
      );
      return;
    }
    if (abort.signal.aborted) return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      this.#fail(new LoadFailure('failed', m.notJson));
      return;
    }
    this.#ingest(data);
  }

  #formatBytes(bytes: number): string {
    const nf = new Intl.NumberFormat(intlTag(this.locale), { maximumFractionDigits: 1 });
    return bytes >= 1_000_000 ? `${nf.format(bytes / 1_000_000)} MB` : `${nf.format(bytes / 1000)} kB`;
  }

  #fail(failure: LoadFailure): void {
    this.status = 'error';
    this.problem = { kind: failure.kind, detail: failure.message };
    this.dispatchEvent(new CustomEvent('ct-members-error', { detail: { ...this.problem }, bubbles: true, composed: true }));
  }

  #ingest(data: unknown): void {
    let parsed;
    try {
      parsed = parseMembers(data);
    } catch (error) {
      if (error instanceof MemberFeedError) {
        this.#fail(new LoadFailure('failed', error.message));
        return;
      }
      throw error;
    }
    this.#all = parsed.members;
    this.skipped = parsed.skipped;
    this.#placed = new Map();
    this.#regionById = new Map();
    for (const member of this.#all) {
      const p = place(member);
      if (p) this.#placed.set(member.id, p);
      this.#regionById.set(member.id, regionOf(member, p));
    }
    this.#index = indexMembers(this.#all, (member) => this.#regionById.get(member.id));
    this.#tags = tagsOf(this.#all);
    this.status = 'ready';
    this.problem = undefined;
    this.#clusterCache = undefined;
    this.activeKey = undefined;
    this.openKey = undefined;
    this.#applyFilters(false);
    if (parsed.skipped.length) {
      console.warn(
        `<ct-community-map>: ${mapMessages.en.skipped('en', parsed.skipped.length)}:\n` +
          parsed.skipped.map((s) => `  entry ${String(s.index + 1)}${s.name ? ` (${s.name})` : ''}: ${s.reason}`).join('\n'),
      );
    }
    this.dispatchEvent(
      new CustomEvent('ct-members-load', { detail: { members: this.#all, skipped: parsed.skipped }, bubbles: true, composed: true }),
    );
  }

  // ── Filters ───────────────────────────────────────────────────────────────────────────────────────

  #applyFilters(speak = true): void {
    this.#results = filterMembers(this.#index, this.filters);
    this.listLimit = PAGE_SIZE;
    this.#clusterCache = undefined;
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
    return this.#results.length === 0 ? this.m.noResults : this.m.count(this.locale, this.#results.length, this.#all.length);
  }

  #onFilter(key: keyof MemberFilters, value: string): void {
    this.filters = { ...this.filters, [key]: value };
    this.openKey = undefined;
    this.#applyFilters();
  }

  #clearFilters(): void {
    this.filters = {};
    this.#applyFilters();
  }

  // ── Tabs (APG: automatic activation, arrows, Home/End) ───────────────────────────────────────────

  #select(view: MapView, focus = false): void {
    if (view !== this.view) {
      this.view = view;
      this.openKey = undefined;
      this.dispatchEvent(new CustomEvent('ct-view-change', { detail: { view }, bubbles: true, composed: true }));
    }
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  #onTabKey(event: KeyboardEvent): void {
    const i = VIEWS.indexOf(this.view);
    const next: Partial<Record<string, number>> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 };
    const to = next[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.#select(VIEWS[(to + VIEWS.length) % VIEWS.length] ?? 'list', true);
  }

  // ── Map state ─────────────────────────────────────────────────────────────────────────────────────

  /** The part of the map in view, in map units. */
  get #window() {
    const w = MAP_VIEWBOX.width / this.zoom;
    const h = MAP_VIEWBOX.height / this.zoom;
    const x = Math.min(Math.max(this.centre[0] - w / 2, 0), MAP_VIEWBOX.width - w);
    const y = Math.min(Math.max(this.centre[1] - h / 2, 0), MAP_VIEWBOX.height - h);
    return { x, y, w, h };
  }

  #recluster(): void {
    if (this.status !== 'ready') {
      this.#markers = [];
      this.#orders = { byX: [], byY: [] };
      return;
    }
    // Clusters change only when the zoom passes a power of two (pinch zoom is continuous).
    const level = 2 ** Math.floor(Math.log2(this.zoom) + 1e-9);
    const key = String(level);
    if (this.#clusterCache?.key === key) return;
    const placed: Placed[] = [];
    for (const r of this.#results) {
      const p = this.#placed.get(r.member.id);
      if (p) placed.push(p);
    }
    this.#markers = cluster(placed, CELL / level, (p) => this.#regionById.get(p.member.id));
    this.#orders = traversalOrders(this.#markers);
    this.#clusterCache = { key, markers: this.#markers };
    this.#nameMarkers();
    if (this.activeKey !== undefined && !this.#markers.some((mk) => mk.key === this.activeKey)) this.activeKey = undefined;
    if (this.openKey !== undefined && !this.#markers.some((mk) => mk.key === this.openKey)) this.openKey = undefined;
  }

  #regionName(region: UkRegion | undefined): string {
    return region ? vocabularyLabels[this.locale].region[region] : '';
  }

  /** Every marker gets a unique accessible name: clusters by count and region, members by name and place. */
  #nameMarkers(): void {
    const m = this.m;
    const seen = new Map<string, number>();
    this.#markerNames = new Map();
    for (const mk of this.#orders.byY) {
      let name: string;
      const regionName = this.#regionName(mk.region);
      if (mk.items.length > 1) {
        name = mk.mixed || !mk.region ? m.clusterAround(this.locale, mk.items.length, regionName || '?') : m.cluster(this.locale, mk.items.length, regionName);
      } else {
        const member = mk.items[0]?.member;
        const where = [member?.locality, regionName].filter(Boolean).join(', ');
        name = where ? `${member?.name ?? ''}, ${where}` : (member?.name ?? '');
      }
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      this.#markerNames.set(mk.key, n > 1 ? m.duplicate(this.locale, name, n) : name);
    }
  }

  #setZoom(zoom: number, around?: [number, number]): void {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    if (next === this.zoom) return;
    if (around) {
      // Keep the point under the cursor (or the focused marker) where it is.
      const win = this.#window;
      const fx = (around[0] - win.x) / win.w;
      const fy = (around[1] - win.y) / win.h;
      const w = MAP_VIEWBOX.width / next;
      const h = MAP_VIEWBOX.height / next;
      this.centre = [around[0] - fx * w + w / 2, around[1] - fy * h + h / 2];
    }
    this.zoom = next;
    this.openKey = undefined;
  }

  #keyboardZoom(factor: number): void {
    const current = this.#markers.find((mk) => mk.key === this.activeKey);
    const rep = current?.items[0]?.member.id;
    this.#setZoom(this.zoom * factor, current ? [current.x, current.y] : undefined);
    this.#recluster();
    // Stay on the marker that now holds the member we were on.
    const now = rep === undefined ? undefined : this.#markers.find((mk) => mk.items.some((p) => p.member.id === rep));
    const target = now ?? this.#orders.byY[0];
    if (target) this.#moveTo(target);
  }

  #moveTo(marker: MapMarker): void {
    this.activeKey = marker.key;
    const win = this.#window;
    if (marker.x < win.x || marker.x > win.x + win.w || marker.y < win.y || marker.y > win.y + win.h) this.centre = [marker.x, marker.y];
    this.#focusAfterRender = marker.key;
  }

  #markerButton(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  #onMarkersKey(event: KeyboardEvent): void {
    const current = this.activeKey ?? this.#orders.byY[0]?.key;
    const { byX, byY } = this.#orders;
    const step = (list: MapMarker[], delta: number) => {
      const i = list.findIndex((mk) => mk.key === current);
      return list[Math.min(list.length - 1, Math.max(0, i + delta))];
    };
    let target: MapMarker | undefined;
    switch (event.key) {
      case 'ArrowRight':
        target = step(byX, 1);
        break;
      case 'ArrowLeft':
        target = step(byX, -1);
        break;
      case 'ArrowDown':
        target = step(byY, 1);
        break;
      case 'ArrowUp':
        target = step(byY, -1);
        break;
      case 'Home':
        target = byY[0];
        break;
      case 'End':
        target = byY.at(-1);
        break;
      case '+':
      case '=':
        event.preventDefault();
        this.#keyboardZoom(2);
        return;
      case '-':
      case '_':
        event.preventDefault();
        this.#keyboardZoom(0.5);
        return;
      case 'Escape':
        if (this.openKey !== undefined) {
          event.preventDefault();
          this.#closePopover(true);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target) this.#moveTo(target);
  }

  #openMarker(marker: MapMarker): void {
    this.activeKey = marker.key;
    this.openKey = marker.key;
    this.#popoverReturnKey = marker.key;
    this.#focusPopover = true;
  }

  #closePopover(returnFocus: boolean): void {
    const key = this.#popoverReturnKey;
    this.openKey = undefined;
    if (returnFocus && key !== undefined) this.#focusAfterRender = key;
  }

  async #positionPopover(): Promise<void> {
    const key = this.openKey;
    if (key === undefined) return;
    const reference = this.#markerButton(key);
    const floating = this.renderRoot.querySelector<HTMLElement>('.cm-popover');
    if (!reference || !floating) return;
    if (this.#focusPopover) {
      this.#focusPopover = false;
      floating.focus();
    }
    const { x, y } = await computePosition(reference, floating, {
      strategy: 'absolute',
      placement: 'right-start',
      middleware: [offset(8), flip({ fallbackPlacements: ['left-start', 'bottom', 'top'] }), shift({ padding: 4 })],
    });
    floating.style.left = `${String(x)}px`;
    floating.style.top = `${String(y)}px`;
  }

  #onPopoverKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#closePopover(true);
    }
  }

  #onPopoverFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    const pop = event.currentTarget as HTMLElement;
    // Tabbing on past the popover closes it (no trap); focus stays where the person put it.
    if (to && !pop.contains(to) && !(to instanceof HTMLElement && to.dataset.key === this.openKey)) this.openKey = undefined;
  }

  #zoomIntoCluster(marker: MapMarker): void {
    const rep = marker.items[0]?.member.id;
    let zoom = this.zoom;
    const xs = marker.items.map((p) => p.x);
    const ys = marker.items.map((p) => p.y);
    const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    // Enough zoom that the cluster's cell splits (or the most there is).
    do zoom *= 2;
    while (zoom < MAX_ZOOM && CELL / zoom > spread / 2 && spread > 0);
    this.openKey = undefined;
    this.centre = [marker.x, marker.y];
    this.zoom = Math.min(MAX_ZOOM, zoom);
    this.#recluster();
    const now = this.#markers.find((mk) => mk.items.some((p) => p.member.id === rep));
    if (now) this.#moveTo(now);
  }

  // ── Pointer: drag to pan, Ctrl/⌘ + wheel or pinch to zoom ─────────────────────────────────────────

  #toMap(event: { clientX: number; clientY: number }, frame: HTMLElement): [number, number] {
    const rect = frame.getBoundingClientRect();
    const win = this.#window;
    return [win.x + ((event.clientX - rect.left) / rect.width) * win.w, win.y + ((event.clientY - rect.top) / rect.height) * win.h];
  }

  #onPointerDown(event: PointerEvent): void {
    if ((event.target as Element).closest('button')) return;
    const frame = event.currentTarget as HTMLElement;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    frame.setPointerCapture(event.pointerId);
    if (this.#pointers.size === 2) {
      const [a, b] = [...this.#pointers.values()];
      if (a && b) this.#pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), zoom: this.zoom };
      this.#drag = undefined;
    } else {
      this.#drag = { x: event.clientX, y: event.clientY, centre: [...this.centre] as [number, number], moved: false };
    }
  }

  #onPointerMove(event: PointerEvent): void {
    if (!this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const frame = event.currentTarget as HTMLElement;
    if (this.#pinch && this.#pointers.size === 2) {
      const [a, b] = [...this.#pointers.values()];
      if (!a || !b) return;
      const mid = { clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2 };
      this.#setZoom((this.#pinch.zoom * Math.hypot(a.x - b.x, a.y - b.y)) / this.#pinch.distance, this.#toMap(mid, frame));
      return;
    }
    const drag = this.#drag;
    if (!drag) return;
    const rect = frame.getBoundingClientRect();
    const win = this.#window;
    const dx = ((event.clientX - drag.x) / rect.width) * win.w;
    const dy = ((event.clientY - drag.y) / rect.height) * win.h;
    if (Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > 3) drag.moved = true;
    this.centre = [drag.centre[0] - dx, drag.centre[1] - dy];
  }

  #onPointerUp(event: PointerEvent): void {
    this.#pointers.delete(event.pointerId);
    if (this.#pointers.size < 2) this.#pinch = undefined;
    if (!this.#pointers.size) {
      if (this.#drag && !this.#drag.moved) this.openKey = undefined;
      this.#drag = undefined;
    }
  }

  #onWheel(event: WheelEvent): void {
    // Plain scrolling scrolls the page; Ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as
    // Ctrl + wheel) zooms the map.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.#setZoom(this.zoom * Math.exp(-event.deltaY * 0.01), this.#toMap(event, event.currentTarget as HTMLElement));
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const m = this.m;
    return html`<div class="cm" lang=${this.locale}>
      ${this.status === 'loading' ? html`<p class="cm-status" role="status">${m.loading}</p>` : nothing}
      ${this.status === 'error' ? this.#renderProblem() : nothing}
      ${this.skipped.length ? this.#renderSkipped() : nothing}
      ${this.status === 'ready' ? this.#renderBody() : nothing}
    </div>`;
  }

  #renderProblem(): TemplateResult {
    const m = this.m;
    const p = this.problem;
    return html`<div class="cm-problem" role="alert">
      <p class="cm-problem__title">${p?.kind === 'too-large' ? m.tooLarge(this.locale, p.detail) : m.loadError}</p>
      ${p?.kind === 'failed' ? html`<p>${m.loadErrorDetail(this.locale, p.detail)}</p>` : nothing}
      ${p?.kind === 'failed' && this.src
        ? html`<button type="button" class="ct-button ct-button--secondary" part="button" @click=${() => void this.#load()}>${m.retry}</button>`
        : nothing}
    </div>`;
  }

  #renderSkipped(): TemplateResult {
    const m = this.m;
    return html`<div class="cm-skipped">
      <p class="cm-skipped__title">${m.skipped(this.locale, this.skipped.length)}</p>
      <details class="cm-skipped__details">
        <summary>${m.skippedDetail}</summary>
        <ul>
          ${this.skipped.map((s) => html`<li>${m.skippedEntry(this.locale, s.index, s.name, s.reason)}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  #renderBody(): TemplateResult {
    const m = this.m;
    return html`${this.#renderFilters()}
      <p class="cm-count" id="cm-count">${this.#countText()}</p>
      <div class="cm-tabs" role="tablist" aria-label=${m.views} part="tabs" @keydown=${this.#onTabKey}>
        ${VIEWS.map((v) => {
          const label = v === 'list' ? m.viewList : v === 'map' ? m.viewMap : m.viewRegions;
          const selected = v === this.view;
          return html`<button type="button" role="tab" class="cm-tab" id=${`tab-${v}`} aria-controls=${`panel-${v}`}
            aria-selected=${selected ? 'true' : 'false'} tabindex=${selected ? '0' : '-1'} @click=${() => { this.#select(v); }}>${label}</button>`;
        })}
      </div>
      ${VIEWS.map(
        (v) => html`<div class="cm-panel" role="tabpanel" id=${`panel-${v}`} aria-labelledby=${`tab-${v}`} tabindex="0" ?hidden=${v !== this.view}>
          ${v !== this.view ? nothing : v === 'list' ? this.#renderList() : v === 'map' ? this.#renderMap() : this.#renderRegions()}
        </div>`,
      )}`;
  }

  #renderFilters(): TemplateResult {
    const m = this.m;
    const labels = vocabularyLabels[this.locale];
    const f = this.filters;
    const select = <T extends string>(key: keyof MemberFilters, label: string, options: readonly T[], name: (o: T) => string) =>
      html`<div class="ct-form-group cm-filter">
        <label class="ct-label" for=${`f-${key}`}>${label}</label>
        <select class="ct-select" id=${`f-${key}`} .value=${f[key] ?? ''}
          @change=${(e: Event) => { this.#onFilter(key, (e.target as HTMLSelectElement).value); }}>
          <option value="" ?selected=${!f[key]}>${m.any}</option>
          ${options.map((o) => html`<option value=${o} ?selected=${f[key] === o}>${name(o)}</option>`)}
        </select>
      </div>`;
    const active = hasFilters(f);
    return html`<form class="cm-filters" role="search" aria-label=${m.filtersHeading} part="filters" novalidate
      @submit=${(e: Event) => { e.preventDefault(); }}>
      <div class="ct-form-group cm-filter cm-filter--search">
        <label class="ct-label" for="f-query">${m.search}</label>
        <div class="ct-hint" id="f-query-hint">${m.searchHint}</div>
        <input class="ct-input" id="f-query" type="search" aria-describedby="f-query-hint" autocomplete="off" spellcheck="false"
          .value=${f.query ?? ''} @input=${(e: Event) => { this.#onFilter('query', (e.target as HTMLInputElement).value); }} />
      </div>
      ${select<MemberType>('memberType', m.memberType, MEMBER_TYPES, (o) => labels.memberType[o])}
      ${select<CommunityType>('communityType', m.communityType, COMMUNITY_TYPES, (o) => labels.communityType[o])}
      ${select<UkRegion>('region', m.region, UK_REGIONS, (o) => labels.region[o])}
      ${this.#tags.length ? select<string>('tag', m.tag, this.#tags, (o) => o) : nothing}
      ${active
        ? html`<button type="button" class="ct-button ct-button--secondary cm-clear" part="button" @click=${this.#clearFilters}>${m.clearFilters}</button>`
        : nothing}
    </form>`;
  }

  #memberFacts(member: Member): TemplateResult {
    const m = this.m;
    const labels = vocabularyLabels[this.locale];
    const region = this.#regionById.get(member.id);
    const place = [member.locality, region ? labels.region[region] : undefined].filter(Boolean).join(', ');
    const type = [member.member_type ? labels.memberType[member.member_type] : undefined, member.community_type ? labels.communityType[member.community_type] : undefined]
      .filter(Boolean)
      .join(' · ');
    const scope = member.geographic_scope ? m[`scope_${member.geographic_scope}`] : undefined;
    return html`<dl class="cm-facts">
        ${type ? html`<div><dt>${m.type}</dt><dd>${type}</dd></div>` : nothing}
        ${place ? html`<div><dt>${m.place}</dt><dd>${place}</dd></div>` : nothing}
        ${scope ? html`<div><dt>${m.scope}</dt><dd>${scope}</dd></div>` : nothing}
      </dl>
      ${member.description ? html`<p class="cm-description">${member.description}</p>` : nothing}
      ${member.tags.length
        ? html`<ul class="cm-tags" aria-label=${m.tags}>${member.tags.map((t) => html`<li class="ct-tag ct-tag--grey">${t}</li>`)}</ul>`
        : nothing}`;
  }

  #memberName(member: Member): TemplateResult | string {
    return member.primary_url ? html`<a href=${member.primary_url}>${member.name}</a>` : member.name;
  }

  #renderList(): TemplateResult {
    const m = this.m;
    if (!this.#results.length) return this.#renderNoResults();
    const shown = this.#results.slice(0, this.listLimit);
    const more = this.#results.length - shown.length;
    return html`<ul class="cm-list" part="list">
        ${shown.map(
          ({ member }, i) => html`<li class="cm-member" tabindex=${i === this.listLimit - PAGE_SIZE && i > 0 ? '-1' : nothing} data-index=${i}>
            <p class="cm-member__name">${this.#memberName(member)}</p>
            ${this.#memberFacts(member)}
          </li>`,
        )}
      </ul>
      ${more > 0
        ? html`<button type="button" class="ct-button ct-button--secondary" part="button" @click=${this.#showMore}>${m.showMore(this.locale, Math.min(PAGE_SIZE, more))}</button>`
        : nothing}`;
  }

  async #showMore(): Promise<void> {
    const first = this.listLimit;
    this.listLimit += PAGE_SIZE;
    await this.updateComplete;
    // Focus the first newly shown member, so the next Tab reaches it.
    this.renderRoot.querySelector<HTMLElement>(`.cm-member[data-index="${String(first)}"]`)?.focus();
  }

  #renderNoResults(): TemplateResult {
    return html`<div class="cm-empty"><p class="cm-empty__title">${this.m.noResults}</p><p>${this.m.noResultsHint}</p></div>`;
  }

  #renderMap(): TemplateResult {
    const m = this.m;
    const win = this.#window;
    const paths = pathsOf();
    const unplaced = this.#results.length - this.#markers.reduce((n, mk) => n + mk.items.length, 0);
    const inView = this.#markers.filter((mk) => mk.x >= win.x && mk.x <= win.x + win.w && mk.y >= win.y && mk.y <= win.y + win.h);
    const active = this.activeKey ?? this.#orders.byY[0]?.key;
    // The active marker always stays in the tab order, even when panned out of view.
    if (active !== undefined && !inView.some((mk) => mk.key === active)) {
      const mk = this.#markers.find((x) => x.key === active);
      if (mk) inView.push(mk);
    }
    const regionCounts = this.#regionCounts();
    const withMembers = UK_REGIONS.filter((r) => (regionCounts.get(r) ?? 0) > 0).map((r) => this.#regionName(r));
    const open = this.#markers.find((mk) => mk.key === this.openKey);
    const pos = (mk: MapMarker) => styleMap({ left: `${String(((mk.x - win.x) / win.w) * 100)}%`, top: `${String(((mk.y - win.y) / win.h) * 100)}%` });
    return html`<div class="cm-map">
      <p class="ct-hint cm-keys" id="cm-keys">${m.mapKeys}</p>
      <div class="cm-map__controls">
        <button type="button" class="ct-button ct-button--secondary cm-zoom" part="button" aria-label=${m.zoomIn} ?disabled=${this.zoom >= MAX_ZOOM}
          @click=${() => { this.#setZoom(this.zoom * 2); }}><span aria-hidden="true">+</span></button>
        <button type="button" class="ct-button ct-button--secondary cm-zoom" part="button" aria-label=${m.zoomOut} ?disabled=${this.zoom <= MIN_ZOOM}
          @click=${() => { this.#setZoom(this.zoom / 2); }}><span aria-hidden="true">−</span></button>
        <button type="button" class="ct-button ct-button--secondary" part="button" ?disabled=${this.zoom === 1}
          @click=${() => { this.zoom = 1; this.centre = [MAP_VIEWBOX.width / 2, MAP_VIEWBOX.height / 2]; this.openKey = undefined; }}>${m.resetMap}</button>
      </div>
      <div class="cm-stage">
        <div class="cm-frame ${this.zoom > 1 ? 'cm-frame--zoomed' : ''}" part="map"
          @pointerdown=${this.#onPointerDown} @pointermove=${this.#onPointerMove} @pointerup=${this.#onPointerUp} @pointercancel=${this.#onPointerUp}
          @wheel=${this.#onWheel}>
          <svg class="cm-svg" viewBox=${`${String(win.x)} ${String(win.y)} ${String(win.w)} ${String(win.h)}`} role="img" aria-labelledby="cm-map-desc"
            preserveAspectRatio="xMidYMid meet">
            ${UK_REGIONS.map((r) => svg`<path class="cm-region" d=${paths[r]} />`)}
          </svg>
          <div class="cm-markers" role="group" aria-label=${m.mapLabel} aria-describedby="cm-keys" @keydown=${this.#onMarkersKey}>
            ${inView.map((mk) => {
              const isCluster = mk.items.length > 1;
              const single = mk.items[0];
              return html`<button type="button" part="marker"
                class="cm-marker ${isCluster ? 'cm-marker--cluster' : ''} ${!isCluster && single?.approximate ? 'cm-marker--approx' : ''}"
                data-key=${mk.key} tabindex=${mk.key === active ? '0' : '-1'} style=${pos(mk)}
                aria-label=${this.#markerNames.get(mk.key) ?? ''} aria-haspopup="dialog" aria-expanded=${mk.key === this.openKey ? 'true' : 'false'}
                @focus=${() => { this.activeKey = mk.key; }}
                @click=${() => { this.#openMarker(mk); }}>${isCluster ? html`<span aria-hidden="true">${mk.items.length}</span>` : nothing}</button>`;
            })}
          </div>
        </div>
        ${open ? this.#renderPopover(open) : nothing}
      </div>
      <p class="cm-map-desc" id="cm-map-desc">${m.mapDescription(this.locale, this.#results.length - unplaced, this.#list(withMembers))}</p>
      ${this.#markers.length === 0 ? html`<p>${m.noMembersOnMap}</p>` : nothing}
      ${unplaced > 0 ? html`<p>${m.unplaced(this.locale, unplaced)}</p>` : nothing}
      <p class="ct-body-s cm-credit">${m.credit}</p>
    </div>`;
  }

  #renderPopover(marker: MapMarker): TemplateResult {
    const m = this.m;
    const name = this.#markerNames.get(marker.key) ?? '';
    const single = marker.items.length === 1 ? marker.items[0] : undefined;
    const body = single
      ? html`<p class="cm-popover__title" id="cm-popover-title">${this.#memberName(single.member)}</p>
          ${this.#memberFacts(single.member)}
          ${single.member.contact_details ? this.#renderContact(single.member) : nothing}
          ${single.approximate ? html`<p class="ct-body-s">${m.approximate}</p>` : nothing}`
      : html`<p class="cm-popover__title" id="cm-popover-title">${name}</p>
          <ul class="cm-popover__list">
            ${marker.items.map((p) => html`<li>${this.#memberName(p.member)}</li>`)}
          </ul>
          ${new Set(marker.items.map((p) => `${String(p.x)},${String(p.y)}`)).size > 1 && this.zoom < MAX_ZOOM
            ? html`<button type="button" class="ct-button ct-button--secondary" part="button" @click=${() => { this.#zoomIntoCluster(marker); }}>${m.zoomInCluster}</button>`
            : nothing}`;
    return html`<div class="cm-popover" part="popover" role="dialog" aria-labelledby="cm-popover-title" tabindex="-1"
      @keydown=${this.#onPopoverKey} @focusout=${this.#onPopoverFocusOut}>
      ${body}
      <button type="button" class="ct-button ct-button--secondary cm-popover__close" part="button" @click=${() => { this.#closePopover(true); }}>${m.close}</button>
    </div>`;
  }

  #renderContact(member: Member): TemplateResult {
    const m = this.m;
    const c = member.contact_details ?? {};
    return html`<p class="cm-contact">
      ${c.email ? html`<a href=${`mailto:${c.email}`}>${m.emailMember(this.locale, member.name)}</a> ` : nothing}
      ${c.contact_form ? html`<a href=${c.contact_form}>${m.contactForm}</a>` : nothing}
    </p>`;
  }

  #list(items: string[]): string {
    return new Intl.ListFormat(intlTag(this.locale), { type: 'conjunction' }).format(items);
  }

  #regionCounts(): Map<UkRegion | undefined, number> {
    const counts = new Map<UkRegion | undefined, number>();
    for (const r of this.#results) counts.set(r.region, (counts.get(r.region) ?? 0) + 1);
    return counts;
  }

  #renderRegions(): TemplateResult {
    const m = this.m;
    const counts = this.#regionCounts();
    const max = Math.max(0, ...UK_REGIONS.map((r) => counts.get(r) ?? 0));
    const t1 = Math.max(1, Math.ceil(max / 3));
    const t2 = Math.max(t1 + 1, Math.ceil((2 * max) / 3));
    const bins: { from: number; to: number }[] = [
      { from: 1, to: t1 },
      { from: t1 + 1, to: t2 },
      { from: t2 + 1, to: Math.max(max, t2 + 1) },
    ].filter((b) => b.from <= Math.max(max, 1));
    const binOf = (n: number) => (n === 0 ? 0 : n <= t1 ? 1 : n <= t2 ? 2 : 3);
    const paths = pathsOf();
    const missing = UK_REGIONS.filter((r) => !counts.get(r)).map((r) => this.#regionName(r));
    const filtered = hasFilters(this.filters);
    const noRegion = counts.get(undefined) ?? 0;
    const nf = new Intl.NumberFormat(intlTag(this.locale));
    const swatch = (bin: number) =>
      html`<svg class="cm-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false"><rect class=${`cm-shade cm-shade--${String(bin)}`} width="24" height="16" /><rect class=${`cm-hatch cm-hatch--${String(bin)}`} width="24" height="16" /></svg>`;
    return html`<div class="cm-regions" part="regions">
      <p class="cm-missing" id="cm-regions-summary">
        ${missing.length ? (filtered ? m.noneMatching : m.missingRegions)(this.locale, this.#list(missing)) : filtered ? m.allMatching : m.allRegions}
        ${noRegion ? ` ${m.unknownRegion(this.locale, noRegion)}` : ''}
      </p>
      <div class="cm-regions__layout">
        <figure class="cm-regions__figure">
          <svg class="cm-svg cm-svg--regions" viewBox=${`0 0 ${String(MAP_VIEWBOX.width)} ${String(MAP_VIEWBOX.height)}`} role="img"
            aria-label=${m.regionsMapLabel} aria-describedby="cm-regions-summary">
            <defs>
              <pattern id="cm-p1" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="12" /></pattern>
              <pattern id="cm-p2" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" /><line x1="0" y1="0" x2="8" y2="0" /></pattern>
              <pattern id="cm-p3" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.4" /></pattern>
            </defs>
            ${UK_REGIONS.map((r) => {
              const bin = binOf(counts.get(r) ?? 0);
              return svg`<path class=${`cm-region cm-shade cm-shade--${String(bin)}`} d=${paths[r]} /><path class=${`cm-region cm-hatch cm-hatch--${String(bin)}`} d=${paths[r]} />`;
            })}
            ${UK_REGIONS.map((r) => {
              const [x, y] = REGION_ANCHORS[r];
              return svg`<text class="cm-count-label" x=${x} y=${y + 7} text-anchor="middle">${nf.format(counts.get(r) ?? 0)}</text>`;
            })}
          </svg>
          <figcaption class="cm-legend">
            <p class="cm-legend__title">${m.legend}</p>
            <ul class="cm-legend__list">
              <li>${swatch(0)} ${m.binNone}</li>
              ${bins.map((b, i) => html`<li>${swatch(i + 1)} ${m.bin(this.locale, b.from, b.to)}</li>`)}
            </ul>
            <p class="ct-body-s cm-credit">${m.credit}</p>
          </figcaption>
        </figure>
        <table class="cm-table">
          <caption>${m.regionsTableCaption}</caption>
          <thead><tr><th scope="col">${m.region}</th><th scope="col" class="cm-num">${m.members}</th></tr></thead>
          <tbody>
            ${UK_REGIONS.map((r) => html`<tr class=${counts.get(r) ? '' : 'cm-row--none'}><th scope="row">${this.#regionName(r)}</th><td class="cm-num">${nf.format(counts.get(r) ?? 0)}</td></tr>`)}
          </tbody>
        </table>
      </div>
    </div>`;
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
