/**
 * The map and regions views of `ct-community-map`: the region outlines, markers and clusters, their
 * keyboard and pointer handling, and the details popover. The element loads this module on demand —
 * the first time either view is shown — so a page that only shows the list never downloads it.
 */
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  onDemand,
  type OnDemand,
  UK_REGIONS,
  intlTag,
  vocabularyIn,
  type Locale,
  type Member,
  type UkRegion,
} from '@ctkit/core';
import { REGION_ANCHORS } from './uk-regions.js';
import { CLUSTER_HALF, MARKER_GAP, cluster, traversalOrders, type MapMarker } from './cluster.js';
import { place, regionPath, type Placed } from './geo.js';
import { MAP_VIEWBOX } from './projection.js';
import { position } from './position.js';
import { memberFacts, memberName } from './member.js';
import type { IndexedMember } from './filter.js';
import type { MapMessages } from './messages.js';
import { lazyParts } from './lazy.js';

const MIN_ZOOM = 1;
const MAX_ZOOM = 16;
const WHOLE: [number, number] = [MAP_VIEWBOX.width / 2, MAP_VIEWBOX.height / 2];

/** What the views read from the element, read afresh at each render. */
export interface MapData {
  m(): MapMessages;
  locale(): Locale;
  /** Every member of the feed (a new array for each feed). */
  all(): readonly Member[];
  /** The members after filters and search (a new array whenever they change). */
  shown(): readonly IndexedMember[];
  filtered(): boolean;
  regionOf(member: Member): UkRegion | undefined;
  /** The language of the feed's own words (the widget's `content-lang`), or ''. */
  contentLang(): string;
}

/** The map frame's inner width and height, and its font size, in pixels. */
interface FrameSize {
  w: number;
  h: number;
  em: number;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Region path strings never change: build them once per page. */
let regionPaths: Record<UkRegion, string> | undefined;
const pathsOf = () =>
  (regionPaths ??= Object.fromEntries(UK_REGIONS.map((r) => [r, regionPath(r)])) as Record<UkRegion, string>);

/** The map view's state (zoom, pan, the marker in the tab order, the open popover) and both views' rendering. */
export class MapViews implements ReactiveController {
  #host: Host;
  #data: MapData;
  #zoom = 1;
  #centre: [number, number] = WHOLE;
  #activeKey: string | undefined;
  #openKey: string | undefined;
  #placedFor: readonly Member[] | undefined;
  #placed = new Map<string, Placed>();
  #markers: MapMarker[] = [];
  #orders: { byX: MapMarker[]; byY: MapMarker[] } = { byX: [], byY: [] };
  #markerNames = new Map<string, string>();
  #clusterKey: { level: number; shown: readonly IndexedMember[]; locale: Locale; size: FrameSize } | undefined;
  #pointers = new Map<number, { x: number; y: number }>();
  #drag: { x: number; y: number; centre: [number, number]; moved: boolean } | undefined;
  #pinch: { distance: number; zoom: number } | undefined;
  #focusAfterRender: string | undefined;
  #popoverReturnKey: string | undefined;
  /**
   * Whether the person has moved between markers since tabbing in. Until then the marker in the tab
   * order is described by the map's description and its keys, so a Tab-only screen-reader user hears
   * how many members there are and how to reach them; after the first arrow press, each marker says
   * only its name.
   */
  #moved = false;
  #focusPopover = false;
  /** Whether "How to use the map" is open. Closed, its text still describes the marker in the tab order. */
  #keysOpen = false;
  /**
   * The map frame's inner size and font size in pixels, measured after each render and whenever it is
   * resized: markers cluster by their distance on screen, and the part of the map in view has the frame's
   * shape. Until the first measure (right after the first render, before it is painted), the UK's shape.
   */
  #frameSize: FrameSize = { w: 480, h: 873, em: 16 };
  #frameEl: Element | undefined;
  #resize: ResizeObserver | undefined;
  #afterRender: (() => void) | undefined;

  /**
   * @floating-ui/dom places the details popover. It is fetched when the first popover opens — a map that
   * is only looked at does not pay for it. The host's updateComplete waits for the placing.
   */
  readonly #parts: OnDemand<typeof lazyParts>;

  constructor(host: Host, data: MapData) {
    this.#host = host;
    this.#data = data;
    host.addController(this);
    this.#parts = onDemand(lazyParts, { popoverPosition: 'could not load the popover positioning.' }, host);
  }

  /** Closes the details popover (another view was chosen). */
  close(): void {
    this.#openKey = undefined;
  }

  render(view: 'map' | 'regions'): TemplateResult {
    return view === 'map' ? this.#renderMap() : this.#renderRegions();
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#frameEl = undefined;
    this.#afterRender?.();
  }

  hostUpdated(): void {
    this.#afterRender?.();
    this.#afterRender = undefined;
    this.#measure();
    if (this.#focusAfterRender !== undefined) {
      const key = this.#focusAfterRender;
      this.#focusAfterRender = undefined;
      this.#markerButton(key)?.focus();
    }
    if (this.#openKey !== undefined) this.#parts.track(this.#positionPopover());
  }

  get #now() {
    const d = this.#data;
    return { m: d.m(), locale: d.locale(), all: d.all(), shown: d.shown(), filtered: d.filtered() };
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  // ── Size ──────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Reads the frame's size. A change re-renders (and re-clusters), and the host's updateComplete waits for
   * that render. Measured after every render, so a test or a background page (where resize observations
   * may wait for a frame) sees markers clustered for the size they are drawn at; the ResizeObserver
   * catches resizes between renders (a phone turned, a column narrowed, the page zoomed).
   */
  #measure = (): void => {
    const frame = this.#host.renderRoot.querySelector('.ct-map-frame');
    if (!frame) return;
    const first = this.#frameEl === undefined;
    if (frame !== this.#frameEl) {
      this.#frameEl = frame;
      this.#resize ??= new ResizeObserver(this.#measure);
      this.#resize.disconnect();
      this.#resize.observe(frame);
    }
    const em = parseFloat(getComputedStyle(frame).fontSize) || 16;
    const size = { w: frame.clientWidth, h: frame.clientHeight, em };
    const was = this.#frameSize;
    const unchanged = !size.w || !size.h || (size.w === was.w && size.h === was.h && size.em === was.em);
    // The first measurement always renders again: the markers wait for it (#renderMap).
    if (unchanged && !first) return;
    if (!unchanged) this.#frameSize = size;
    this.#parts.track(new Promise<void>((resolve) => (this.#afterRender = resolve)));
    this.#update();
  };

  // ── State ─────────────────────────────────────────────────────────────────────────────────────────

  /** Pixels per map unit with the whole UK in the frame (zoom 1). */
  get #baseScale(): number {
    const { w, h } = this.#frameSize;
    return Math.min(w / MAP_VIEWBOX.width, h / MAP_VIEWBOX.height);
  }

  /**
   * The part of the map in view, in map units, with the frame's shape: the whole UK at zoom 1, and sea
   * beside it when the frame is wider than the UK. Panning stops at the UK's edges, or keeps the UK
   * centred across a side where all of it is in view.
   */
  get #window() {
    const scale = this.#baseScale * this.#zoom;
    const w = this.#frameSize.w / scale;
    const h = this.#frameSize.h / scale;
    const fit = (centre: number, size: number, full: number) =>
      size >= full ? (full - size) / 2 : Math.min(Math.max(centre - size / 2, 0), full - size);
    return { x: fit(this.#centre[0], w, MAP_VIEWBOX.width), y: fit(this.#centre[1], h, MAP_VIEWBOX.height), w, h };
  }

  #recluster(): void {
    const { all, shown, locale } = this.#now;
    if (this.#placedFor !== all) {
      // A new feed: place its members once, and start again at the whole UK's first marker.
      this.#placedFor = all;
      this.#placed = new Map();
      for (const member of all) {
        const p = place(member);
        if (p) this.#placed.set(member.id, p);
      }
      this.#clusterKey = undefined;
      this.#activeKey = undefined;
      this.#openKey = undefined;
    }
    // Clusters change only when the zoom passes a power of two (pinch zoom is continuous).
    const level = 2 ** Math.floor(Math.log2(this.#zoom) + 1e-9);
    const size = this.#frameSize;
    const key = this.#clusterKey;
    if (key?.level === level && key.shown === shown && key.locale === locale && key.size === size) return;
    if (key && key.shown !== shown) this.#openKey = undefined;
    const placed: Placed[] = [];
    for (const r of shown) {
      const p = this.#placed.get(r.member.id);
      if (p) placed.push(p);
    }
    // Clustered at the zoom level's scale, which is never more than the zoom drawn: between levels (a pinch)
    // markers only move apart.
    this.#markers = cluster(placed, this.#baseScale * level, size.em, (p) => this.#data.regionOf(p.member));
    this.#orders = traversalOrders(this.#markers);
    this.#clusterKey = { level, shown, locale, size };
    this.#nameMarkers();
    if (this.#activeKey !== undefined && !this.#markers.some((mk) => mk.key === this.#activeKey))
      this.#activeKey = undefined;
    if (this.#openKey !== undefined && !this.#markers.some((mk) => mk.key === this.#openKey)) this.#openKey = undefined;
  }

  #regionName(region: UkRegion | undefined): string {
    return region ? vocabularyIn(this.#data.locale()).region[region] : '';
  }

  /** Every marker gets a unique accessible name: clusters by count and region, members by name and place. */
  #nameMarkers(): void {
    const { m, locale } = this.#now;
    const seen = new Map<string, number>();
    this.#markerNames = new Map();
    for (const mk of this.#orders.byY) {
      let name: string;
      const regionName = this.#regionName(mk.region);
      if (mk.items.length > 1) {
        name =
          mk.mixed || !mk.region
            ? m.clusterAround(locale, mk.items.length, regionName || '?')
            : m.cluster(locale, mk.items.length, regionName);
      } else {
        const member = mk.items[0]?.member;
        const where = [member?.locality, regionName].filter(Boolean).join(', ');
        name = where ? `${member?.name ?? ''}, ${where}` : (member?.name ?? '');
      }
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      this.#markerNames.set(mk.key, n > 1 ? m.duplicate(locale, name, n) : name);
    }
  }

  #setZoom(zoom: number, around?: [number, number]): void {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    if (next === this.#zoom) return;
    if (around) {
      // Keep the point under the cursor (or the focused marker) where it is.
      const win = this.#window;
      const fx = (around[0] - win.x) / win.w;
      const fy = (around[1] - win.y) / win.h;
      const w = MAP_VIEWBOX.width / next;
      const h = MAP_VIEWBOX.height / next;
      this.#centre = [around[0] - fx * w + w / 2, around[1] - fy * h + h / 2];
    }
    this.#zoom = next;
    this.#openKey = undefined;
    this.#update();
  }

  #keyboardZoom(factor: number): void {
    const current = this.#markers.find((mk) => mk.key === this.#activeKey);
    const rep = current?.items[0]?.member.id;
    this.#setZoom(this.#zoom * factor, current ? [current.x, current.y] : undefined);
    this.#recluster();
    // Stay on the marker that now holds the member we were on.
    const now = rep === undefined ? undefined : this.#markers.find((mk) => mk.items.some((p) => p.member.id === rep));
    const target = now ?? this.#orders.byY[0];
    if (target) this.#moveTo(target);
  }

  #moveTo(marker: MapMarker): void {
    this.#activeKey = marker.key;
    const win = this.#window;
    if (marker.x < win.x || marker.x > win.x + win.w || marker.y < win.y || marker.y > win.y + win.h)
      this.#centre = [marker.x, marker.y];
    this.#focusAfterRender = marker.key;
    this.#update();
  }

  #markerButton(key: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  // Handlers are arrow functions: Lit calls listeners with the element as `this`.
  #onMarkersKey = (event: KeyboardEvent): void => {
    const current = this.#activeKey ?? this.#orders.byY[0]?.key;
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
        if (this.#openKey !== undefined) {
          event.preventDefault();
          this.#closePopover(true);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#moved = true;
    if (target) this.#moveTo(target);
  };

  #onMarkersFocusOut = (event: FocusEvent): void => {
    const stage = (event.currentTarget as HTMLElement).closest('.ct-map-stage');
    if (this.#moved && !stage?.contains(event.relatedTarget as Node | null)) {
      this.#moved = false;
      this.#update();
    }
  };

  #openMarker(marker: MapMarker): void {
    this.#activeKey = marker.key;
    this.#openKey = marker.key;
    this.#popoverReturnKey = marker.key;
    this.#focusPopover = true;
    this.#update();
  }

  // Another marker taking focus closes the open details, which could otherwise cover it (WCAG 2.4.11).
  #onMarkerFocus(marker: MapMarker): void {
    if (this.#activeKey === marker.key && (this.#openKey === undefined || this.#openKey === marker.key)) return;
    this.#activeKey = marker.key;
    if (this.#openKey !== marker.key) this.#openKey = undefined;
    this.#update();
  }

  #closePopover(returnFocus: boolean): void {
    const key = this.#popoverReturnKey;
    this.#openKey = undefined;
    if (returnFocus && key !== undefined) this.#focusAfterRender = key;
    this.#update();
  }

  async #positionPopover(): Promise<void> {
    const key = this.#openKey;
    if (key === undefined) return;
    const reference = this.#markerButton(key);
    const floating = this.#host.renderRoot.querySelector<HTMLElement>('.ct-map-popover');
    if (!reference || !floating) return;
    const lib = await this.#parts.load('popoverPosition');
    // Placed before focus moves in, so focusing it never scrolls to where it was before.
    if (lib && floating.isConnected) await lib.placePopover(reference, floating);
    if (!this.#focusPopover || !floating.isConnected || this.#openKey !== key) return;
    this.#focusPopover = false;
    // Only if focus is still on the marker (or nowhere): someone who moved on is not pulled back.
    const active = (this.#host.renderRoot as ShadowRoot).activeElement;
    if (active === reference || (active === null && document.activeElement === document.body)) floating.focus();
  }

  #onPopoverKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#closePopover(true);
    }
  };

  #onPopoverFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    const pop = event.currentTarget as HTMLElement;
    // Tabbing on past the popover closes it (no trap); focus stays where the person put it.
    if (to && !pop.contains(to) && !(to instanceof HTMLElement && to.dataset.key === this.#openKey)) {
      this.#openKey = undefined;
      this.#update();
    }
  };

  #zoomIntoCluster(marker: MapMarker): void {
    const rep = marker.items[0]?.member.id;
    let zoom = this.#zoom;
    const xs = marker.items.map((p) => p.x);
    const ys = marker.items.map((p) => p.y);
    const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    // Enough zoom that its members are two badges apart on screen (or the most there is).
    const apart = (4 * CLUSTER_HALF + MARKER_GAP) * this.#frameSize.em;
    do zoom *= 2;
    while (zoom < MAX_ZOOM && spread * this.#baseScale * zoom < apart && spread > 0);
    this.#openKey = undefined;
    this.#centre = [marker.x, marker.y];
    this.#zoom = Math.min(MAX_ZOOM, zoom);
    this.#recluster();
    const now = this.#markers.find((mk) => mk.items.some((p) => p.member.id === rep));
    if (now) this.#moveTo(now);
    this.#update();
  }

  // ── Pointer: drag to pan, Ctrl/⌘ + wheel or pinch to zoom ─────────────────────────────────────────

  #toMap(event: { clientX: number; clientY: number }, frame: HTMLElement): [number, number] {
    const rect = frame.getBoundingClientRect();
    const win = this.#window;
    return [
      win.x + ((event.clientX - rect.left) / rect.width) * win.w,
      win.y + ((event.clientY - rect.top) / rect.height) * win.h,
    ];
  }

  #onPointerDown = (event: PointerEvent): void => {
    if ((event.target as Element).closest('button')) return;
    const frame = event.currentTarget as HTMLElement;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    frame.setPointerCapture(event.pointerId);
    if (this.#pointers.size === 2) {
      const [a, b] = [...this.#pointers.values()];
      if (a && b) this.#pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), zoom: this.#zoom };
      this.#drag = undefined;
    } else {
      this.#drag = { x: event.clientX, y: event.clientY, centre: [...this.#centre], moved: false };
    }
  };

  #onPointerMove = (event: PointerEvent): void => {
    if (!this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const frame = event.currentTarget as HTMLElement;
    if (this.#pinch && this.#pointers.size === 2) {
      const [a, b] = [...this.#pointers.values()];
      if (!a || !b) return;
      const mid = { clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2 };
      this.#setZoom(
        (this.#pinch.zoom * Math.hypot(a.x - b.x, a.y - b.y)) / this.#pinch.distance,
        this.#toMap(mid, frame),
      );
      return;
    }
    const drag = this.#drag;
    if (!drag) return;
    const rect = frame.getBoundingClientRect();
    const win = this.#window;
    const dx = ((event.clientX - drag.x) / rect.width) * win.w;
    const dy = ((event.clientY - drag.y) / rect.height) * win.h;
    if (Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > 3) drag.moved = true;
    this.#centre = [drag.centre[0] - dx, drag.centre[1] - dy];
    this.#update();
  };

  #onPointerUp = (event: PointerEvent): void => {
    this.#pointers.delete(event.pointerId);
    if (this.#pointers.size < 2) this.#pinch = undefined;
    if (!this.#pointers.size) {
      if (this.#drag && !this.#drag.moved && this.#openKey !== undefined) {
        this.#openKey = undefined;
        this.#update();
      }
      this.#drag = undefined;
    }
  };

  #onWheel = (event: WheelEvent): void => {
    // Plain scrolling scrolls the page; Ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as
    // Ctrl + wheel) zooms the map.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.#setZoom(this.#zoom * Math.exp(-event.deltaY * 0.01), this.#toMap(event, event.currentTarget as HTMLElement));
  };

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────────

  #renderMap(): TemplateResult {
    // Until the frame has been measured once, the first render draws it without markers: clustering for a
    // guessed size would be thrown away at once (10,000 members: a whole pass). #measure then renders them.
    const sized = this.#frameEl !== undefined;
    if (sized) this.#recluster();
    const markers = sized ? this.#markers : [];
    const { m, locale, shown } = this.#now;
    const win = this.#window;
    const paths = pathsOf();
    const unplaced = sized ? shown.length - markers.reduce((n, mk) => n + mk.items.length, 0) : 0;
    const inView = markers.filter(
      (mk) => mk.x >= win.x && mk.x <= win.x + win.w && mk.y >= win.y && mk.y <= win.y + win.h,
    );
    const active = this.#activeKey ?? this.#orders.byY[0]?.key;
    // The active marker always stays in the tab order, even when panned out of view.
    if (sized && active !== undefined && !inView.some((mk) => mk.key === active)) {
      const mk = markers.find((x) => x.key === active);
      if (mk) inView.push(mk);
    }
    const regionCounts = this.#regionCounts();
    const withMembers = UK_REGIONS.filter((r) => (regionCounts.get(r) ?? 0) > 0).map((r) => this.#regionName(r));
    const open = markers.find((mk) => mk.key === this.#openKey);
    const pos = (mk: MapMarker) =>
      position(`${String(((mk.x - win.x) / win.w) * 100)}%`, `${String(((mk.y - win.y) / win.h) * 100)}%`);
    return html`<div class="ct-map-map">
      <div class="ct-map-map__controls">
        ${this.#control(
          m.zoomIn,
          'ct-map-zoom',
          this.#zoom >= MAX_ZOOM,
          () => {
            this.#setZoom(this.#zoom * 2);
          },
          html`<span aria-hidden="true">+</span>`,
        )}
        ${this.#control(
          m.zoomOut,
          'ct-map-zoom',
          this.#zoom <= MIN_ZOOM,
          () => {
            this.#setZoom(this.#zoom / 2);
          },
          html`<span aria-hidden="true">−</span>`,
        )}
        ${this.#control(m.resetMap, '', this.#zoom === 1, () => {
          this.#zoom = 1;
          this.#centre = WHOLE;
          this.#openKey = undefined;
          this.#update();
        })}
        <button type="button" class="ct-button ct-button--secondary" part="button" aria-expanded=${this.#keysOpen ? 'true' : 'false'} aria-controls="ct-map-keys"
          @click=${() => {
            this.#keysOpen = !this.#keysOpen;
            this.#update();
          }}>${m.howToUse}</button>
      </div>
      <p class="ct-hint" id="ct-map-keys" ?hidden=${!this.#keysOpen}>${m.mapKeys}</p>
      <div class="ct-map-stage">
        <div class="ct-map-frame ${this.#zoom > 1 ? 'ct-map-frame--zoomed' : ''}" part="map"
          @pointerdown=${this.#onPointerDown} @pointermove=${this.#onPointerMove} @pointerup=${this.#onPointerUp} @pointercancel=${this.#onPointerUp}
          @wheel=${this.#onWheel}>
          <svg class="ct-map-svg" viewBox=${`${String(win.x)} ${String(win.y)} ${String(win.w)} ${String(win.h)}`} role="img" aria-labelledby="ct-map-map-desc"
            preserveAspectRatio="xMidYMid meet">
            ${UK_REGIONS.map((r) => svg`<path class="ct-map-region" d=${paths[r]} />`)}
          </svg>
          <div class="ct-map-markers" role="group" aria-label=${m.mapLabel} @keydown=${this.#onMarkersKey} @focusout=${this.#onMarkersFocusOut}>
            ${inView.map((mk) => {
              const isCluster = mk.items.length > 1;
              const single = mk.items[0];
              return html`<button type="button" part="marker"
                class="ct-map-marker ${isCluster ? 'ct-map-marker--cluster' : ''} ${!isCluster && single?.approximate ? 'ct-map-marker--approx' : ''}"
                data-key=${mk.key} tabindex=${mk.key === active ? '0' : '-1'} ${pos(mk)}
                aria-label=${this.#markerNames.get(mk.key) ?? ''} aria-haspopup="dialog" aria-expanded=${mk.key === this.#openKey ? 'true' : mk.key === this.#popoverReturnKey ? 'false' : nothing}
                aria-describedby=${mk.key === active && !this.#moved ? 'ct-map-map-desc ct-map-keys' : nothing}
                @focus=${() => {
                  this.#onMarkerFocus(mk);
                }}
                @click=${() => {
                  this.#openMarker(mk);
                }}>${isCluster ? html`<span aria-hidden="true">${mk.items.length}</span>` : nothing}</button>`;
            })}
          </div>
        </div>
        ${open ? this.#renderPopover(open) : nothing}
      </div>
      <p class="ct-map-map-desc" id="ct-map-map-desc">${m.mapDescription(locale, shown.length - unplaced, this.#list(withMembers))}</p>
      ${sized && markers.length === 0 ? html`<p>${m.noMembersOnMap}</p>` : nothing}
      ${unplaced > 0 ? html`<p>${m.unplaced(locale, unplaced)}</p>` : nothing}
      <p class="ct-body-s ct-map-credit">${m.credit}</p>
    </div>`;
  }

  /**
   * A map button. At its limit it is aria-disabled, not disabled: a disabled button loses focus, which
   * would drop a keyboard user on the page after their last press (APG: focusable when disabled). It
   * then says it is unavailable and ignores presses. With `icon`, `label` is its accessible name.
   */
  #control(
    label: string,
    className: string,
    unavailable: boolean,
    action: () => void,
    icon?: TemplateResult,
  ): TemplateResult {
    return html`<button type="button" class="ct-button ct-button--secondary ct-map-control ${className}" part="button"
      aria-label=${icon ? label : nothing} aria-disabled=${unavailable ? 'true' : nothing}
      @click=${() => {
        if (!unavailable) action();
      }}>${icon ?? label}</button>`;
  }

  #renderPopover(marker: MapMarker): TemplateResult {
    const { m, locale } = this.#now;
    const name = this.#markerNames.get(marker.key) ?? '';
    const single = marker.items.length === 1 ? marker.items[0] : undefined;
    const contact = single?.member.contact_details;
    const body = single
      ? html`<p class="ct-map-popover__title" id="ct-map-popover-title">${memberName(single.member)}</p>
          ${memberFacts(single.member, this.#data.regionOf(single.member), m, locale, this.#data.contentLang())}
          ${
            contact
              ? html`<p class="ct-map-contact">
                ${contact.email ? html`<a href=${`mailto:${contact.email}`}>${m.emailMember(locale, single.member.name)}</a> ` : nothing}
                ${contact.contact_form ? html`<a href=${contact.contact_form}>${m.contactForm}</a>` : nothing}
              </p>`
              : nothing
          }
          ${single.approximate ? html`<p class="ct-body-s">${m.approximate}</p>` : nothing}`
      : html`<p class="ct-map-popover__title" id="ct-map-popover-title">${name}</p>
          <ul class="ct-map-popover__list">
            ${marker.items.map((p) => html`<li>${memberName(p.member)}</li>`)}
          </ul>
          ${
            new Set(marker.items.map((p) => `${String(p.x)},${String(p.y)}`)).size > 1 && this.#zoom < MAX_ZOOM
              ? html`<button type="button" class="ct-button ct-button--secondary" part="button" @click=${() => {
                  this.#zoomIntoCluster(marker);
                }}>${m.zoomInCluster}</button>`
              : nothing
          }`;
    return html`<div class="ct-map-popover" part="popover" role="dialog" aria-labelledby="ct-map-popover-title" tabindex="-1"
      @keydown=${this.#onPopoverKey} @focusout=${this.#onPopoverFocusOut}>
      ${body}
      <button type="button" class="ct-button ct-button--secondary ct-map-popover__close" part="button" @click=${() => {
        this.#closePopover(true);
      }}>${m.close}</button>
      <span class="ct-map-popover__pointer"></span>
    </div>`;
  }

  #list(items: string[]): string {
    return formatList(this.#data.locale(), items);
  }

  #regionCounts(): Map<UkRegion | undefined, number> {
    const counts = new Map<UkRegion | undefined, number>();
    for (const r of this.#data.shown()) counts.set(r.region, (counts.get(r.region) ?? 0) + 1);
    return counts;
  }

  #renderRegions(): TemplateResult {
    const { m, locale, filtered } = this.#now;
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
    const noRegion = counts.get(undefined) ?? 0;
    const nf = new Intl.NumberFormat(intlTag(locale));
    const swatch = (bin: number) =>
      html`<svg class="ct-map-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false"><rect class=${`ct-map-shade ct-map-shade--${String(bin)}`} width="24" height="16" /><rect class=${`ct-map-hatch${bin ? ` ct-map-hatch--${String(bin)}` : ''}`} width="24" height="16" /></svg>`;
    // The counts go over the drawing in an SVG of their own without a viewBox (.ct-map-labels), so they keep the
    // reader's text size however small the drawing is; they are heard in the table instead.
    return html`<div class="ct-map-regions" part="regions">
      <p id="ct-map-regions-summary">
        ${missing.length ? (filtered ? m.noneMatching : m.missingRegions)(locale, this.#list(missing)) : filtered ? m.allMatching : m.allRegions}
        ${noRegion ? ` ${m.unknownRegion(locale, noRegion)}` : ''}
      </p>
      <div class="ct-map-regions__layout">
        <figure class="ct-map-regions__figure">
          <div class="ct-map-regions__drawing">
          <svg class="ct-map-svg" viewBox=${`0 0 ${String(MAP_VIEWBOX.width)} ${String(MAP_VIEWBOX.height)}`} role="img"
            aria-label=${m.regionsMapLabel} aria-describedby="ct-map-regions-summary">
            <defs>
              <pattern id="ct-map-p1" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="12" /></pattern>
              <pattern id="ct-map-p2" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="8" /><line x1="0" y1="0" x2="8" y2="0" /></pattern>
              <pattern id="ct-map-p3" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.4" /></pattern>
            </defs>
            ${UK_REGIONS.map((r) => {
              const bin = binOf(counts.get(r) ?? 0);
              return svg`<path class=${`ct-map-region ct-map-shade ct-map-shade--${String(bin)}`} d=${paths[r]} /><path class=${`ct-map-region ct-map-hatch${bin ? ` ct-map-hatch--${String(bin)}` : ''}`} d=${paths[r]} />`;
            })}
          </svg>
          <svg class="ct-map-labels" aria-hidden="true" focusable="false">
            ${UK_REGIONS.map((r) => {
              const [x, y] = REGION_ANCHORS[r];
              return svg`<text class="ct-map-count-label" x=${`${String((x / MAP_VIEWBOX.width) * 100)}%`} y=${`${String((y / MAP_VIEWBOX.height) * 100)}%`} dy="0.35em" text-anchor="middle">${nf.format(counts.get(r) ?? 0)}</text>`;
            })}
          </svg>
          </div>
          <figcaption class="ct-map-legend">
            <p class="ct-map-legend__title">${m.legend}</p>
            <ul class="ct-map-legend__list">
              <li>${swatch(0)} ${m.binNone}</li>
              ${bins.map((b, i) => html`<li>${swatch(i + 1)} ${m.bin(locale, b.from, b.to)}</li>`)}
            </ul>
            <p class="ct-body-s ct-map-credit">${m.credit}</p>
          </figcaption>
        </figure>
        <table class="ct-map-table">
          <caption>${m.regionsTableCaption}</caption>
          <thead><tr><th scope="col">${m.region}</th><th scope="col" class="ct-map-num">${m.members}</th></tr></thead>
          <tbody>
            ${UK_REGIONS.map((r) => html`<tr class=${counts.get(r) ? '' : 'ct-map-row--none'}><th scope="row">${this.#regionName(r)}</th><td class="ct-map-num">${nf.format(counts.get(r) ?? 0)}</td></tr>`)}
            ${noRegion ? html`<tr><th scope="row">${m.regionNotGiven}</th><td class="ct-map-num">${nf.format(noRegion)}</td></tr>` : nothing}
          </tbody>
        </table>
      </div>
    </div>`;
  }
}

/**
 * "A, B and C" in the widget's language. English uses Intl.ListFormat. Welsh is always joined by hand:
 * Chromium's ICU has no Welsh list data (it answers in English, "Yr Alban and Gogledd Iwerddon") and
 * Firefox's writes "Cymru, a(c) Gogledd Iwerddon", which no Welsh reader writes. By hand: "a" before a
 * consonant, with the aspirate mutation of c, p, t ("a Chymru"); "a’r" for "Y"/"Yr" ("a’r Alban"); "ac"
 * before a vowel.
 */
export function formatList(locale: Locale, items: string[]): string {
  if (locale !== 'cy' || items.length < 2)
    return new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(items);
  const last = items[items.length - 1] ?? '';
  const joined = /^Yr? /.test(last)
    ? `a’r ${last.replace(/^Yr? /, '')}`
    : /^[aeiouwyâêîôûŵŷ]/i.test(last)
      ? `ac ${last}`
      : `a ${last.replace(/^([CPT])(?!h)/, '$1h')}`;
  return `${items.slice(0, -1).join(', ')} ${joined}`;
}
