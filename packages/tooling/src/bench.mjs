// `npm run bench`: runs every packages/*/bench/*.bench.mjs in turn. Each prints its own table (sizes,
// ratios, throughput) and may write JSON to .ctkit/bench/. Figures come from here, never from unit tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { ensureDependencies, repoRoot } from './ensure.mjs';
import { ensureBrowsers } from './browsers.mjs';
import { build } from './build.mjs';

ensureDependencies();
const { chromium } = ensureBrowsers();
build({ stdio: 'ignore' });
mkdirSync(`${repoRoot}.ctkit/bench`, { recursive: true });

const only = process.argv.slice(2);
const benches = readdirSync(`${repoRoot}packages`)
  .flatMap((pkg) => {
    const dir = `${repoRoot}packages/${pkg}/bench`;
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.bench.mjs'))
          .map((f) => `packages/${pkg}/bench/${f}`)
      : [];
  })
  .filter((f) => !only.length || only.some((o) => f.includes(o)));

let failed = 0;
for (const bench of benches) {
  console.log(`\n━━ ${bench}`);
  const r = spawnSync('node', ['--conditions=ctkit-source', '--import', 'tsx', bench], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chromium },
  });
  if (r.status !== 0) failed += 1;
}
if (!benches.length) console.log('No benchmarks found (packages/*/bench/*.bench.mjs).');
process.exit(failed ? 1 : 0);
