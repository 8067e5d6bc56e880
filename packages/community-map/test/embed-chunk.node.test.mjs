// The embed bundle must not carry the community map: the map is a separate chunk, imported relative to
// ctkit.js only when a page has a <ct-community-map>; and that chunk does not carry the map and regions
// views or the region outlines either: they are chunks of their own, imported only when a map view is
// shown (or a member's region must be found from its coordinates). Runs after the build (`npm test`
// builds the embed bundle first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../embed/dist/', import.meta.url));

test('the embed bundle loads the community map as a separate, lazily imported chunk, and its map views later still', () => {
  assert.ok(existsSync(`${dist}ctkit.js`), 'packages/embed/dist/ctkit.js is missing: run `npm run build` first');
  const files = { 'ctkit.js': readFileSync(`${dist}ctkit.js`, 'utf8') };
  for (const f of readdirSync(`${dist}chunks`)) files[`chunks/${f}`] = readFileSync(`${dist}chunks/${f}`, 'utf8');
  const read = (file) => files[file] ?? '';
  /** A built file and everything it imports statically: what the browser fetches before it runs. */
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const [, spec] of read(file).matchAll(/(?:from|import)\s*["'`]((?:\.\.?\/)[^"'`]+)["'`]/g)) {
      closure(new URL(spec, `http://x/${dir}`).pathname.slice(1), seen);
    }
    return seen;
  };
  const dynamicImports = (file) =>
    [...read(file).matchAll(/import\(\s*["'`]((?:\.\.?\/)[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
  const find = (what, test) => {
    const found = Object.keys(files).filter((f) => test(read(f)));
    assert.equal(found.length, 1, `exactly one built file should hold ${what}; found ${found.join(', ') || 'none'}`);
    return found[0];
  };
  const OUTLINES = '"north-east":[[';

  const element = find('the community map element', (t) => t.includes('ct-community-map') && t.includes('ct-map-tab'));
  const views = find(
    'the map and regions views',
    (t) => t.includes('preserveAspectRatio') && t.includes('patternTransform'),
  );
  const outlines = find('the region outlines', (t) => t.includes(OUTLINES));

  // The entry imports the element's chunk dynamically, by a path relative to ctkit.js …
  assert.ok(dynamicImports('ctkit.js').includes(`./${element}`), `ctkit.js does not import ${element} dynamically`);
  // … and the element's chunk imports the views and the outlines dynamically.
  for (const lazy of [views, outlines]) {
    assert.ok(
      dynamicImports(element).includes(`./${lazy.slice('chunks/'.length)}`),
      `${element} does not import ${lazy} dynamically`,
    );
  }

  // What every page loads carries no map code; what a page with the map loads first has no views or outlines.
  const everyPage = closure('ctkit.js');
  for (const file of everyPage) {
    assert.ok(!read(file).includes('ct-map-marker'), `${file} (loaded on every page) contains map code`);
    assert.ok(!read(file).includes(OUTLINES), `${file} (loaded on every page) contains the region outlines`);
  }
  const mapPage = closure(element);
  assert.ok(!mapPage.has(views), `${views} is imported statically by the map chunk`);
  assert.ok(!mapPage.has(outlines), `${outlines} is imported statically by the map chunk`);
  for (const file of mapPage)
    assert.ok(!read(file).includes(OUTLINES), `${file} (loaded with the map) contains the region outlines`);
});
