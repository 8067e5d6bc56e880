import type { UkRegion } from '@ctkit/core';
import type { Placed } from './geo.js';

/** One thing drawn on the map: a single member, or a cluster of members close together. */
export interface MapMarker {
  /** A member's id, or `c:` + the smallest id among the cluster's members. */
  key: string;
  x: number;
  y: number;
  items: Placed[];
  /** The region most of its members are in, and whether they all are. */
  region: UkRegion | undefined;
  mixed: boolean;
}

/**
 * How big markers are drawn, in ems of the map's font size (see .ct-map-marker in the styles): half the side
 * of a member's marker, half the side of a cluster badge (2.25em at 0.875em), and the gap kept between
 * any two.
 */
export const MARKER_HALF = 0.5;
export const CLUSTER_HALF = 1.125 * 0.875;
export const MARKER_GAP = 0.25;

interface Group {
  items: Placed[];
  sx: number;
  sy: number;
  x: number;
  y: number;
}

/**
 * Groups the placed members by how far apart they are on screen: `scale` is pixels per map unit at the
 * zoom drawn, `em` the map's font size in pixels. First a grid whose cells are a cluster badge wide
 * (linear in the number of members); then any two markers whose boxes would overlap, or come closer than
 * the gap, are merged, until none do — so no badge ever hides another marker, at any width or zoom. A
 * group of one is that member's own marker; a bigger one is a cluster at its members' mean position.
 */
export function cluster(
  placed: readonly Placed[],
  scale: number,
  em: number,
  regionOf: (p: Placed) => UkRegion | undefined,
): MapMarker[] {
  const half = (g: Group) => (g.items.length > 1 ? CLUSTER_HALF : MARKER_HALF) * em;
  const gap = MARKER_GAP * em;
  // The farthest apart (in map units) two markers can be and still overlap: two clusters' halves and the gap.
  const cell = (2 * CLUSTER_HALF * em + gap) / scale;
  // A cell's key: its column and row in one number (rows stay far below a million: the world is 18,000 units tall).
  const at = (x: number, y: number) => Math.floor(x / cell) * 1e6 + Math.floor(y / cell);
  const grid = new Map<number, Group>();
  for (const p of placed) {
    const key = at(p.x, p.y);
    const g = grid.get(key);
    if (g) {
      g.items.push(p);
      g.sx += p.x;
      g.sy += p.y;
    } else grid.set(key, { items: [p], sx: p.x, sy: p.y, x: p.x, y: p.y });
  }
  const groups = [...grid.values()];
  for (const g of groups) {
    g.x = g.sx / g.items.length;
    g.y = g.sy / g.items.length;
  }
  // Then each group in turn takes its place unless it would overlap one already placed; if it would, that
  // one absorbs it, leaves its place (its mean moved) and waits its turn again. Each merge removes a group,
  // so this ends; and no two placed groups overlap, since neither moved after the later one was checked.
  const cells = new Map<number, Group[]>();
  const queue = [...groups];
  for (let g = queue.pop(); g; g = queue.pop()) {
    const key = at(g.x, g.y);
    let other: Group | undefined;
    for (let di = -1e6; di <= 1e6 && !other; di += 1e6)
      for (let dj = -1; dj <= 1 && !other; dj++)
        other = cells
          .get(key + di + dj)
          ?.find((o) => Math.max(Math.abs(o.x - g.x), Math.abs(o.y - g.y)) * scale < half(o) + half(g) + gap);
    if (!other) {
      const list = cells.get(key);
      if (list) list.push(g);
      else cells.set(key, [g]);
      continue;
    }
    const list = cells.get(at(other.x, other.y));
    list?.splice(list.indexOf(other), 1);
    other.items.push(...g.items);
    other.sx += g.sx;
    other.sy += g.sy;
    other.x = other.sx / other.items.length;
    other.y = other.sy / other.items.length;
    queue.push(other);
  }
  return [...cells.values()].flat().map((g) => toMarker(g.items, g.x, g.y, regionOf));
}

function toMarker(items: Placed[], x: number, y: number, regionOf: (p: Placed) => UkRegion | undefined): MapMarker {
  const counts = new Map<UkRegion | undefined, number>();
  let id = items[0]?.member.id ?? '';
  for (const p of items) {
    const r = regionOf(p);
    counts.set(r, (counts.get(r) ?? 0) + 1);
    if (p.member.id < id) id = p.member.id;
  }
  let region: UkRegion | undefined;
  let best = 0;
  for (const [r, n] of counts) {
    if (n > best || (region === undefined && r !== undefined && n === best)) {
      region = r;
      best = n;
    }
  }
  const single = items.length === 1 ? items[0] : undefined;
  return { key: single ? id : `c:${id}`, x: single?.x ?? x, y: single?.y ?? y, items, region, mixed: counts.size > 1 };
}

/**
 * The keyboard orders: left/right walk the markers west to east, up/down north to south, so every marker
 * is reachable in both directions and each key moves the way its arrow points.
 */
export function traversalOrders(markers: readonly MapMarker[]): { byX: MapMarker[]; byY: MapMarker[] } {
  return {
    byX: [...markers].sort((a, b) => a.x - b.x || a.y - b.y || a.key.localeCompare(b.key)),
    byY: [...markers].sort((a, b) => a.y - b.y || a.x - b.x || a.key.localeCompare(b.key)),
  };
}
