// `npm run bench`: ct-community-map against Leaflet + Leaflet.markercluster with the same 10,000 members
// spread over the UK, in headless Chromium. Measures load (parse the feed + first render), filter (a search
// word, re-render) and per-keystroke search latency, in the map and list views; reports the ratio to
// Leaflet, and the gzipped size of the map chunks in the embed bundle. Writes .ctkit/bench/community-map.json.
/* global window -- page.evaluate callbacks run in the browser */
import http from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../tooling/src/browsers.mjs';
import { REGION_SHAPES } from '../src/uk-regions.ts';
import { unproject } from '../src/projection.ts';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const RUNS = Number(process.env.CTKIT_BENCH_RUNS ?? 5);
const COUNT = 10_000;

// ── 10,000 members, spread over the UK's regions (deterministic) ──────────────────────────────────────
let seed = 42;
const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
const pick = (list) => list[Math.floor(random() * list.length)];
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
const regions = Object.keys(REGION_SHAPES);
const bbox = (rings) => {
  const xs = rings.flatMap((r) => r.filter((_, i) => i % 2 === 0));
  const ys = rings.flatMap((r) => r.filter((_, i) => i % 2 === 1));
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};
const boxes = Object.fromEntries(regions.map((r) => [r, bbox(REGION_SHAPES[r])]));
const words = [
  'digital',
  'community',
  'repair',
  'broadband',
  'coding',
  'inclusion',
  'makers',
  'data',
  'radio',
  'youth',
  'older people',
  'rural',
];
const types = [
  'individual',
  'community-group',
  'not-for-profit-business',
  'partner-organisation',
  'researcher',
  'freelance-practitioner',
  'other',
];
const members = [];
for (let i = 0; i < COUNT; i++) {
  const region = pick(regions);
  const [x0, y0, x1, y1] = boxes[region];
  let x;
  let y;
  do {
    x = x0 + random() * (x1 - x0);
    y = y0 + random() * (y1 - y0);
  } while (!inside(REGION_SHAPES[region], x, y));
  const [lat, lon] = unproject(x, y);
  members.push({
    name: `${pick(words)} ${pick(words)} group ${String(i + 1)}`,
    description: `A ${pick(words)} project about ${pick(words)} and ${pick(words)}.`,
    tags: [pick(words), pick(words)],
    geolocation: { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 },
    region,
    member_type: pick(types),
    community_type: pick(['place-based', 'shared-experience', 'both']),
  });
}
const feed = JSON.stringify(members);

// ── Pages ───────────────────────────────────────────────────────────────────────────────────────────
const ctkitJs = (
  await build({
    entryPoints: [`${root}packages/community-map/src/index.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['ctkit-source', 'production'],
    tsconfig: `${root}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
).outputFiles[0].text;
const leafletDir = `${require.resolve('leaflet/package.json').replace(/package\.json$/, '')}dist/`;
const clusterDir = `${require.resolve('leaflet.markercluster/package.json').replace(/package\.json$/, '')}dist/`;

const QUERY = 'digital';

const ctkitPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{margin:0;width:900px}</style></head><body>
<script type="module">
import '/ctkit.js';
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
window.bench = async (view) => {
  const text = await (await fetch('/members.json')).text();
  document.body.replaceChildren();
  const el = document.createElement('ct-community-map');
  el.view = view;
  document.body.append(el);
  await el.updateComplete;
  const t0 = performance.now();
  el.members = JSON.parse(text);
  await el.updateComplete;
  el.getBoundingClientRect(); // layout is the whole document's, the shadow tree's included
  await frame();
  const load = performance.now() - t0;
  const t1 = performance.now();
  el.setFilters({ query: '${QUERY}' });
  await el.updateComplete;
  el.getBoundingClientRect(); // layout is the whole document's, the shadow tree's included
  await frame();
  const filter = performance.now() - t1;
  const shown = el.results.length;
  const markers = el.shadowRoot.querySelectorAll('[part~="marker"]').length;
  el.setFilters({});
  await el.updateComplete;
  // Typing in the search box: time from each input event to the re-rendered view.
  const input = el.shadowRoot.querySelector('input[type=search]');
  const keys = [];
  for (const ch of 'community') {
    const k0 = performance.now();
    input.value += ch;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    el.getBoundingClientRect(); // layout is the whole document's, the shadow tree's included
    keys.push(performance.now() - k0);
  }
  return { load, filter, shown, markers, keyMax: Math.max(...keys), keyMedian: keys.sort((a, b) => a - b)[Math.floor(keys.length / 2)] };
};
window.ready = true;
</script></body></html>`;

const leafletPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/leaflet/leaflet.css"><link rel="stylesheet" href="/cluster/MarkerCluster.css"><link rel="stylesheet" href="/cluster/MarkerCluster.Default.css">
<style>body{margin:0} #map{width:450px;height:820px}</style></head><body><div id="map"></div>
<script src="/leaflet/leaflet.js"></script><script src="/cluster/leaflet.markercluster.js"></script>
<script>
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
let map;
window.bench = async () => {
  const text = await (await fetch('/members.json')).text();
  if (map) map.remove();
  const t0 = performance.now();
  const members = JSON.parse(text);
  map = L.map('map', { zoomSnap: 0, maxZoom: 18 }).fitBounds([[49.85, -8.7], [60.9, 1.8]]);
  const icon = L.divIcon({ className: 'm' });
  const markers = members.map((m) => {
    const marker = L.marker([m.geolocation.lat, m.geolocation.lon], { icon, title: m.name, keyboard: true });
    marker.haystack = (m.name + '\\n' + m.description + '\\n' + m.tags.join(' ')).toLowerCase();
    return marker;
  });
  const group = L.markerClusterGroup({ chunkedLoading: false });
  group.addLayers(markers);
  map.addLayer(group);
  document.getElementById('map').getBoundingClientRect();
  await frame();
  const load = performance.now() - t0;
  const t1 = performance.now();
  group.clearLayers();
  const shown = markers.filter((m) => m.haystack.includes('${QUERY}'));
  group.addLayers(shown);
  document.getElementById('map').getBoundingClientRect();
  await frame();
  const filter = performance.now() - t1;
  return { load, filter, shown: shown.length, markers: document.querySelectorAll('.leaflet-marker-icon').length };
};
window.ready = true;
</script></body></html>`;

const files = {
  '/ctkit.html': ['text/html', ctkitPage],
  '/leaflet.html': ['text/html', leafletPage],
  '/ctkit.js': ['text/javascript', ctkitJs],
  '/members.json': ['application/json', feed],
};
const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  let body;
  let type = 'application/octet-stream';
  if (files[url]) [type, body] = files[url];
  else if (url.startsWith('/leaflet/') || url.startsWith('/cluster/')) {
    const file = (url.startsWith('/leaflet/') ? leafletDir : clusterDir) + url.split('/').slice(2).join('/');
    if (existsSync(file)) {
      body = readFileSync(file);
      type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : type;
    }
  }
  if (body === undefined) {
    res.statusCode = 404;
    res.end();
    return;
  }
  res.setHeader('content-type', type);
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${String(server.address().port)}`;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function medians(runs) {
  const out = {};
  for (const key of Object.keys(runs[0])) out[key] = median(runs.map((r) => r[key]));
  return out;
}
async function measure(page, view) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate((v) => window.bench(v), view));
  return medians(runs);
}
async function open(path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 1200 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${base}${path}`);
  await page.waitForFunction('window.ready === true');
  // One warm-up run: both contenders are measured with their code already compiled.
  await page.evaluate(() => window.bench('map'));
  return page;
}

let results;
try {
  // Both pages open at once and their runs interleaved, so a busy machine slows both alike and the ratio holds.
  const ctkit = await open('/ctkit.html');
  const leaflet = await open('/leaflet.html');
  const ctRuns = [];
  const lfRuns = [];
  for (let i = 0; i < RUNS; i++) {
    // A page in the background draws no frames: bring each to the front for its run.
    await ctkit.bringToFront();
    ctRuns.push(await ctkit.evaluate(() => window.bench('map')));
    await leaflet.bringToFront();
    lfRuns.push(await leaflet.evaluate(() => window.bench('map')));
  }
  await ctkit.bringToFront();
  const ctList = await measure(ctkit, 'list');
  await ctkit.close();
  await leaflet.close();
  results = { ctMap: medians(ctRuns), ctList, lf: medians(lfRuns) };
} finally {
  await browser.close();
  server.close();
}
const { ctMap, ctList, lf } = results;

// ── Size of the lazily loaded map chunks in the embed bundle ─────────────────────────────────────────
// The element's chunk (fetched when a <ct-community-map> appears), then the outlines (geo-…) and the map
// and regions views (map-view-…), fetched when a map view is first shown. The Welsh (community-map-cy-…)
// only comes for a map in Welsh.
const chunkDir = `${root}packages/embed/dist/chunks/`;
const chunkNames = existsSync(chunkDir) ? readdirSync(chunkDir) : [];
const mapChunks = [
  chunkNames.find((f) => /^community-map-[\w-]{8}\.js$/.test(f)),
  chunkNames.find((f) => f.startsWith('community-map-geo-')),
  chunkNames.find((f) => f.startsWith('community-map-map-view-')),
]
  .filter(Boolean)
  .map((file) => {
    const bytes = readFileSync(chunkDir + file);
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
const chunkFile = mapChunks[0]?.file;
const chunk =
  mapChunks.length === 3
    ? mapChunks.reduce((sum, c) => ({ bytes: sum.bytes + c.bytes, gzip: sum.gzip + c.gzip }), { bytes: 0, gzip: 0 })
    : undefined;
const data = readFileSync(`${root}packages/community-map/src/uk-regions.ts`);

const ms = (n) => `${n.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(
  `ct-community-map vs Leaflet ${require('leaflet/package.json').version} + markercluster ${require('leaflet.markercluster/package.json').version}`,
);
console.log(
  `${String(COUNT)} members, median of ${String(RUNS)} runs, headless Chromium; filter = search "${QUERY}" (${String(ctMap.shown)} match)\n`,
);
console.table({
  'load + render (map)': { ctkit: ms(ctMap.load), leaflet: ms(lf.load), 'ctkit / leaflet': ratio(ctMap.load, lf.load) },
  'filter + render (map)': {
    ctkit: ms(ctMap.filter),
    leaflet: ms(lf.filter),
    'ctkit / leaflet': ratio(ctMap.filter, lf.filter),
  },
  'load + render (list)': { ctkit: ms(ctList.load), leaflet: '—', 'ctkit / leaflet': '—' },
  'filter + render (list)': { ctkit: ms(ctList.filter), leaflet: '—', 'ctkit / leaflet': '—' },
  'keystroke in search, median (map)': { ctkit: ms(ctMap.keyMedian), leaflet: '—', 'ctkit / leaflet': '—' },
  'keystroke in search, worst (map)': { ctkit: ms(ctMap.keyMax), leaflet: '—', 'ctkit / leaflet': '—' },
  'keystroke in search, worst (list)': { ctkit: ms(ctList.keyMax), leaflet: '—', 'ctkit / leaflet': '—' },
  'DOM markers after load (map)': { ctkit: String(ctMap.markers), leaflet: String(lf.markers), 'ctkit / leaflet': '' },
});
if (chunk) {
  for (const c of mapChunks)
    console.log(`  ${c.file}: ${(c.bytes / 1000).toFixed(1)} kB, ${(c.gzip / 1000).toFixed(1)} kB gzip`);
  console.log(
    `map chunks (the element + the outlines + the map views): ${(chunk.bytes / 1000).toFixed(1)} kB, ${(chunk.gzip / 1000).toFixed(1)} kB gzip`,
  );
} else console.log('map chunks: not found (run npm run build)');
console.log(
  `of which region outlines (src/uk-regions.ts): ${(data.length / 1000).toFixed(1)} kB, ${(gzipSync(data, { level: 9 }).length / 1000).toFixed(1)} kB gzip`,
);

mkdirSync(`${root}.ctkit/bench`, { recursive: true });
writeFileSync(
  `${root}.ctkit/bench/community-map.json`,
  JSON.stringify(
    {
      members: COUNT,
      runs: RUNS,
      ctkit: { map: ctMap, list: ctList },
      leaflet: lf,
      ratio: { load: ctMap.load / lf.load, filter: ctMap.filter / lf.filter },
      chunk: chunk ? { file: chunkFile, files: mapChunks, bytes: chunk.bytes, gzip: chunk.gzip } : null,
    },
    null,
    2,
  ),
);
