// The embed bundle must not carry the community map: the map (code + region outlines) is a separate
// chunk, imported relative to ctkit.js only when a page has a <ct-community-map>. Runs after the build
// (`npm test` builds the embed bundle first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../embed/dist/', import.meta.url));

test('the embed bundle loads the community map as a separate, lazily imported chunk', () => {
  assert.ok(existsSync(`${dist}ctkit.js`), 'packages/embed/dist/ctkit.js is missing: run `npm run build` first');
  const entry = readFileSync(`${dist}ctkit.js`, 'utf8');
  const chunks = readdirSync(`${dist}chunks`).map((f) => ({ file: f, text: readFileSync(`${dist}chunks/${f}`, 'utf8') }));
  const mapChunk = chunks.find((c) => c.text.includes('cm-marker') && c.text.includes('"north-east":[['));
  assert.ok(mapChunk, 'no chunk holds the map component and its region outlines');
  // The entry imports it dynamically, by a path relative to ctkit.js …
  assert.match(entry, new RegExp(`import\\(\`?\\.?/?chunks/${mapChunk.file.replace('.', '\\.')}`));
  // … and neither the entry nor any statically imported chunk carries map code.
  const staticImports = [...entry.matchAll(/^import[^;]*?from\s*["'`]\.\/chunks\/([^"'`]+)["'`]/gm)].map((m) => m[1]);
  assert.ok(!staticImports.includes(mapChunk.file), 'the map chunk is imported statically');
  assert.ok(!entry.includes('cm-marker'), 'ctkit.js contains map code');
  for (const file of staticImports) {
    const text = chunks.find((c) => c.file === file)?.text ?? '';
    assert.ok(!text.includes('"north-east":[['), `${String(file)} (loaded eagerly) contains the region outlines`);
  }
});
