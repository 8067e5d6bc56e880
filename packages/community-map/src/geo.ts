import { UK_REGIONS, type Member, type UkRegion } from '@ctkit/core';
import { REGION_ANCHORS, REGION_SHAPES } from './uk-regions.js';
import { MAP_VIEWBOX, project } from './projection.js';

/** An SVG path for a region outline (rings of map units), drawn with fill-rule even-odd. */
export function regionPath(region: UkRegion): string {
  let d = '';
  for (const ring of REGION_SHAPES[region]) {
    for (let i = 0; i < ring.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${String(ring[i])} ${String(ring[i + 1])}`;
    d += 'Z';
  }
  return d;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const boxes = new Map<UkRegion, Box>();
function boxOf(region: UkRegion): Box {
  let box = boxes.get(region);
  if (!box) {
    box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (const ring of REGION_SHAPES[region]) {
      for (let i = 0; i < ring.length; i += 2) {
        const x = ring[i] ?? 0;
        const y = ring[i + 1] ?? 0;
        box.x0 = Math.min(box.x0, x);
        box.x1 = Math.max(box.x1, x);
        box.y0 = Math.min(box.y0, y);
        box.y1 = Math.max(box.y1, y);
      }
    }
    boxes.set(region, box);
  }
  return box;
}

/** Even-odd point-in-polygon, the rule the SVG paths are filled with. */
export function inRegion(region: UkRegion, x: number, y: number): boolean {
  const b = boxOf(region);
  if (x < b.x0 || x > b.x1 || y < b.y0 || y > b.y1) return false;
  let hit = false;
  for (const r of REGION_SHAPES[region]) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const xi = r[i] ?? 0;
      const yi = r[i + 1] ?? 0;
      const xj = r[j] ?? 0;
      const yj = r[j + 1] ?? 0;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

/** How far off a simplified outline a point may be and still count for that region: 5 map units ≈ 5 km. */
const NEAR = 5;

/**
 * The region a point lies in. A point just outside every outline — a harbour town the simplified coast
 * cuts off — counts for the region whose outline is nearest, if that is within {@link NEAR}; a point
 * further out (at sea, in Ireland or France) has none.
 */
export function regionAt(x: number, y: number): UkRegion | undefined {
  const inside = UK_REGIONS.find((r) => inRegion(r, x, y));
  if (inside) return inside;
  let best: UkRegion | undefined;
  let bestD = NEAR * NEAR;
  for (const region of UK_REGIONS) {
    const b = boxOf(region);
    if (x < b.x0 - NEAR || x > b.x1 + NEAR || y < b.y0 - NEAR || y > b.y1 + NEAR) continue;
    for (const r of REGION_SHAPES[region]) {
      for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
        const ax = r[j] ?? 0;
        const ay = r[j + 1] ?? 0;
        const dx = (r[i] ?? 0) - ax;
        const dy = (r[i + 1] ?? 0) - ay;
        const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
        const d = (ax + t * dx - x) ** 2 + (ay + t * dy - y) ** 2;
        if (d < bestD) {
          bestD = d;
          best = region;
        }
      }
    }
  }
  return best;
}

/** Where a member is drawn: at its own coordinates, or — known only by region — at the region's anchor. */
export interface Placed {
  member: Member;
  x: number;
  y: number;
  /** Drawn at the region's anchor, not at an address of its own. */
  approximate: boolean;
}

const inMap = (x: number, y: number) => x >= 0 && y >= 0 && x <= MAP_VIEWBOX.width && y <= MAP_VIEWBOX.height;

/**
 * Places a member on the map, or returns undefined when it has no place there (no coordinates and no
 * region, or coordinates outside the UK map). Never guesses an address.
 */
export function place(member: Member): Placed | undefined {
  if (member.geolocation) {
    const [x, y] = project(member.geolocation.lat, member.geolocation.lon);
    if (inMap(x, y)) return { member, x, y, approximate: false };
  }
  if (member.region) {
    const [x, y] = REGION_ANCHORS[member.region];
    return { member, x, y, approximate: true };
  }
  return undefined;
}

/**
 * A member's region: the one its coordinates lie in first (a point says more than a name); else the
 * region it names by a region's id, English or Welsh name (read by the parser). Other names are looked
 * up after this (region-names.ts); with neither, the member has none ("Region not given").
 */
export function memberRegion(member: Member): UkRegion | undefined {
  const point = member.geolocation;
  return (point ? regionAt(...project(point.lat, point.lon)) : undefined) ?? member.region;
}
