// Size budgets (issue 8): every kilobyte ships to every partner page. Fails with the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, bundleSizes, formatTable, packageSizes, pageSizes, widgetPackages } from '../scripts/sizes.mjs';

test('what every page loads (ctkit.js and its static imports, Lit included) is at most 30 kB gzip', () => {
  const [every] = pageSizes();
  assert.ok(every.gzip <= BUDGETS.entry, `every page loads ${(every.gzip / 1024).toFixed(1)} kB gzip (${every.files.join(', ')}), budget 30 kB\n${formatTable(bundleSizes())}`);
});

test('the map is a lazy chunk of its own, at most 20 kB gzip with its region data', (t) => {
  if (!widgetPackages().includes('community-map')) {
    t.skip('no community-map package in this tree');
    return;
  }
  const map = bundleSizes().filter((r) => r.kind === 'chunk' && r.name.includes('community-map'));
  assert.ok(map.length > 0, `no community-map chunk: the map must load lazily\n${formatTable(bundleSizes())}`);
  for (const chunk of map) assert.ok(chunk.gzip <= BUDGETS.mapChunk, `${chunk.name} is ${(chunk.gzip / 1024).toFixed(1)} kB gzip, budget 20 kB`);
});

test('each widget’s own code is at most 12 kB gzip', async () => {
  // Core and tokens are not widgets: what they add to every page is held by the every-page budget.
  const rows = await packageSizes();
  const over = rows.filter((r) => !['@ctkit/core', '@ctkit/tokens'].includes(r.name) && r.gzip > BUDGETS.packageOwnCode);
  assert.deepEqual(over.map((r) => r.name), [], `over budget:\n${formatTable(rows)}`);
});
