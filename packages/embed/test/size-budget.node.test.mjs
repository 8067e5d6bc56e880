// Size budgets (issue 8): every kilobyte ships to every partner page. Fails with the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, CEILINGS, bundleSizes, formatTable, packageSizes, pageSizes, widgetPackages } from '../scripts/sizes.mjs';

test('what every page loads (ctkit.js and its static imports, Lit included) is at most 30 kB gzip', () => {
  const [every] = pageSizes();
  assert.ok(every.gzip <= BUDGETS.entry, `every page loads ${(every.gzip / 1024).toFixed(1)} kB gzip (${every.files.join(', ')}), budget 30 kB\n${formatTable(bundleSizes())}`);
});

test('the map is a lazy chunk of its own, within 20 kB gzip with its region data (or its recorded ceiling)', (t) => {
  if (!widgetPackages().includes('community-map')) {
    t.skip('no community-map package in this tree');
    return;
  }
  const map = bundleSizes().filter((r) => r.kind === 'chunk' && r.name.includes('community-map'));
  assert.ok(map.length > 0, `no community-map chunk: the map must load lazily\n${formatTable(bundleSizes())}`);
  for (const chunk of map) {
    const limit = Math.max(BUDGETS.mapChunk, CEILINGS.mapChunk ?? 0);
    assert.ok(chunk.gzip <= limit, `${chunk.name} is ${(chunk.gzip / 1024).toFixed(1)} kB gzip; budget 20 kB, ceiling ${(limit / 1024).toFixed(1)} kB`);
    if (chunk.gzip > BUDGETS.mapChunk) t.diagnostic(`KNOWN MISS: ${chunk.name} is ${(chunk.gzip / 1024).toFixed(1)} kB gzip against the 20 kB budget (issue 8)`);
  }
});

test('each widget’s own code is at most 12 kB gzip (or its recorded ceiling)', async (t) => {
  // Core and tokens are not widgets: what they add to every page is held by the every-page budget.
  const rows = (await packageSizes()).filter((r) => !['@ctkit/core', '@ctkit/tokens'].includes(r.name));
  const over = rows.filter((r) => r.gzip > Math.max(BUDGETS.packageOwnCode, CEILINGS[r.name] ?? 0));
  assert.deepEqual(over.map((r) => r.name), [], `over budget:\n${formatTable(rows)}`);
  for (const r of rows.filter((row) => row.gzip > BUDGETS.packageOwnCode)) {
    t.diagnostic(`KNOWN MISS: ${r.name} own code is ${(r.gzip / 1024).toFixed(1)} kB gzip against the 12 kB budget (issue 8)`);
  }
});
