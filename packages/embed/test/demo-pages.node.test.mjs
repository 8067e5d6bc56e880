// The demo pages `npm start` serves (packages/embed/demo, with the built bundle beside them) link only to
// files that a fresh clone has: their event and member feeds were once caught by a `data/` ignore rule,
// and the Events and Map demos showed "could not be loaded" on every clone but the author's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const demo = `${root}packages/embed/demo`;
// Served from packages/embed/dist by `npm start`, built by `npm run build`.
const BUILT = new Set(['ctkit.js']);

test('every file a demo page loads or links to is in git (or is the built bundle)', () => {
  const tracked = new Set(
    execFileSync('git', ['ls-files', 'packages/embed/demo'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean),
  );
  const missing = [];
  for (const page of readdirSync(demo).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(`${demo}/${page}`, 'utf8');
    for (const [, ref] of html.matchAll(/(?:src|href)="\.\/([^"#?]+)"/g)) {
      if (BUILT.has(ref)) continue;
      if (!tracked.has(`packages/embed/demo/${ref}`)) missing.push(`${page} → ./${ref}`);
    }
  }
  assert.deepEqual(missing, [], 'linked from a demo page but not tracked by git');
});
