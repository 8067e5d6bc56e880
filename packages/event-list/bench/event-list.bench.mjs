// `npm run bench`: how long ct-event-list takes to render and to filter 1,000 events, and how responsive
// the search box stays while typing. Builds a page with esbuild (the packages' TypeScript sources, Lit in
// production mode), serves it on 127.0.0.1 and drives Chromium (CHROME_PATH) with puppeteer-core.
// Prints a table and writes .ctkit/bench/event-list.json. Medians of several runs.
/* global window, document, customElements */ // used inside page.evaluate(), which runs in the browser
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../tooling/src/browsers.mjs';
import { generateEvents } from '../test/generate-events.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = `${root}.ctkit/bench/event-list`;
mkdirSync(outDir, { recursive: true });
const RUNS = 5;

// The page: ct-event-list from source, bundled for production, plus 1,000 generated events.
const entry = `${outDir}/entry.ts`;
writeFileSync(
  entry,
  `import '@ctkit/event-list';\nexport const events = ${JSON.stringify(generateEvents(1000))};\n(window as unknown as { benchEvents: unknown }).benchEvents = events;\n`,
);
await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: `${outDir}/bench.js`,
  conditions: ['ctkit-source', 'production'],
  tsconfig: `${root}tsconfig.json`,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ct-event-list bench</title>
<script type="module" src="/bench.js"></script></head><body><main id="main"></main></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(readFileSync(`${outDir}/bench.js`));
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(pageHtml);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const executablePath = process.env.CHROME_PATH ?? findChromium();
if (!executablePath) throw new Error('No Chromium: set CHROME_PATH.');
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const version = await browser.version();

/** One run in a fresh page: every figure in milliseconds. */
async function run() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('ct-event-list') && window.benchEvents);
  const result = await page.evaluate(async () => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const main = document.getElementById('main');
    const cards = (el) => [...el.shadowRoot.querySelectorAll('ct-event-card')];
    const settled = async (el) => {
      // Every card of the page in the DOM and rendered (large pages render in batches, a task each).
      await el.pageRendered();
      // Layout and paint-ready styles: force a layout so the figure includes it.
      void el.getBoundingClientRect().height;
      void el.shadowRoot.lastElementChild?.getBoundingClientRect();
    };
    const control = (el, label) => {
      const l = [...el.shadowRoot.querySelectorAll('label')].find((x) => x.textContent.trim() === label);
      return el.shadowRoot.getElementById(l.htmlFor);
    };
    const now = new Date('2026-09-01T00:00:00Z');

    // 1. Ingest 1,000 events and show the first page (10).
    let t0 = performance.now();
    const paged = document.createElement('ct-event-list');
    paged.now = now;
    paged.events = window.benchEvents;
    main.append(paged);
    await settled(paged);
    const firstPage = performance.now() - t0;
    const pagedCount = cards(paged).length;
    paged.remove();

    // 2. Render all 1,000 cards at once (page-size 1000).
    t0 = performance.now();
    const all = document.createElement('ct-event-list');
    all.setAttribute('page-size', '1000');
    all.now = now;
    all.events = window.benchEvents;
    main.append(all);
    await settled(all);
    const renderAll = performance.now() - t0;
    const allCount = cards(all).length;

    // 3. Filter all 1,000 by region (1,000 → 83 cards), then clear the filter (83 → 1,000).
    const region = control(all, 'Region');
    t0 = performance.now();
    region.value = 'london';
    region.dispatchEvent(new Event('change'));
    await settled(all);
    const filterDown = performance.now() - t0;
    const filteredCount = cards(all).length;
    t0 = performance.now();
    region.value = '';
    region.dispatchEvent(new Event('change'));
    await settled(all);
    const filterUp = performance.now() - t0;
    all.remove();

    // 4. Typing in the search box with 1,000 events (page size 10): time per keystroke.
    const typed = document.createElement('ct-event-list');
    typed.now = now;
    typed.events = window.benchEvents;
    main.append(typed);
    await settled(typed);
    const search = typed.shadowRoot.querySelector('input[type="search"]');
    const perKey = [];
    for (const ch of 'digital inclusion') {
      t0 = performance.now();
      search.value += ch;
      search.dispatchEvent(new Event('input'));
      await settled(typed);
      perKey.push(performance.now() - t0);
    }
    typed.remove();
    // Long-task entries arrive asynchronously: let them in before reading.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const e of observer.takeRecords()) longTasks.push(e.duration);
    observer.disconnect();
    return {
      firstPage,
      pagedCount,
      renderAll,
      allCount,
      filterDown,
      filteredCount,
      filterUp,
      keystrokeMax: Math.max(...perKey),
      keystrokeMedian: perKey.sort((a, b) => a - b)[Math.floor(perKey.length / 2)],
      longestTask: longTasks.length ? Math.max(...longTasks) : 0,
    };
  });
  await page.close();
  return result;
}

const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await run());
await browser.close();
server.close();

const median = (key) => {
  const values = runs.map((r) => r[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
};
const rows = [
  ['1,000 events in, first page of 10 rendered', median('firstPage'), `${runs[0].pagedCount} cards`],
  ['1,000 events, all 1,000 cards rendered', median('renderAll'), `${runs[0].allCount} cards`],
  ['filter 1,000 by region (re-render)', median('filterDown'), `${runs[0].filteredCount} cards left`],
  ['clear the filter (83 → 1,000 cards)', median('filterUp'), `${runs[0].allCount} cards`],
  ['search keystroke, 1,000 events (median)', median('keystrokeMedian'), '17 keystrokes'],
  ['search keystroke, 1,000 events (slowest)', median('keystrokeMax'), ''],
  ['longest main-thread task in a run (longtask API)', median('longestTask'), 'includes rendering all 1,000'],
];
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`ct-event-list, ${version}, 1,000 generated events, median of ${RUNS} runs (ms)`);
console.log(`${'measure'.padEnd(w)}  ${'ms'.padStart(8)}  note`);
for (const [name, ms, note] of rows) console.log(`${name.padEnd(w)}  ${ms.toFixed(1).padStart(8)}  ${note}`);
writeFileSync(
  `${root}.ctkit/bench/event-list.json`,
  JSON.stringify({ runs, medians: Object.fromEntries(rows.map(([n, ms]) => [n, ms])) }, null, 2),
);
