// Sizes of what ships: raw, gzip and brotli of the embed entry, each lazy chunk and each package's own code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUDGETS, bundleSizes, formatTable, packageSizes, pageSizes } from '../scripts/sizes.mjs';

const rows = [...bundleSizes(), ...(await packageSizes())];
console.log(formatTable(rows));
console.log('\nWhat a partner page downloads (gzip, each file compressed on its own):');
for (const p of pageSizes()) {
  const oneFile = p.asOneFile ? `; ${(p.asOneFile / 1024).toFixed(1)} kB if it were one file` : '';
  console.log(
    `  ${p.name.padEnd(36)} ${(p.gzip / 1024).toFixed(1).padStart(6)} kB  (${p.files.length} files${oneFile})`,
  );
}
console.log(
  `\nBudgets (gzip): a page with one widget but the map ≤ ${BUDGETS.page / 1024} kB, what the map adds ≤ ${BUDGETS.mapChunk / 1024} kB, each package's own code ≤ ${BUDGETS.packageOwnCode / 1024} kB.`,
);
const out = fileURLToPath(new URL('../../../.ctkit/bench/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}sizes.json`, JSON.stringify(rows, null, 2));
