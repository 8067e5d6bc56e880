import type { UkRegion } from '@ctkit/core';
import type { Placed } from './geo.js';

/** One thing drawn on the map: a single member, or a cluster of members close together. */
export interface MapMarker {
  /** A member's id, or `c:` + the cluster's grid cell. */
  key: string;
  x: number;
  y: number;
  items: Placed[];
  /** The region most of its members are in, and whether they all are. */
  region: UkRegion | undefined;
  mixed: boolean;
}

/**
 * Groups the placed members on a grid whose cells are `cell` map units wide (smaller as the map zooms
 * in). Linear in the number of members. A cell with one member is that member's own marker; a busier
 * cell becomes a cluster at its members' mean position.
 */
export function cluster(placed: readonly Placed[], cell: number, regionOf: (p: Placed) => UkRegion | undefined): MapMarker[] {
  const cells = new Map<string, Placed[]>();
  for (const p of placed) {
    const key = `${String(Math.floor(p.x / cell))},${String(Math.floor(p.y / cell))}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  const markers: MapMarker[] = [];
  for (const [key, items] of cells) {
    const counts = new Map<UkRegion | undefined, number>();
    let sx = 0;
    let sy = 0;
    for (const p of items) {
      sx += p.x;
      sy += p.y;
      const r = regionOf(p);
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    let region: UkRegion | undefined;
    let best = 0;
    for (const [r, n] of counts) {
      if (n > best || (region === undefined && r !== undefined && n === best)) {
        region = r;
        best = n;
      }
    }
    const first = items[0];
    if (!first) continue;
    markers.push({
      key: items.length === 1 ? first.member.id : `c:${key}`,
      x: items.length === 1 ? first.x : sx / items.length,
      y: items.length === 1 ? first.y : sy / items.length,
      items,
      region,
      mixed: counts.size > 1,
    });
  }
  return markers;
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
