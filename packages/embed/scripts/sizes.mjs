// Measures what ships to partner pages: the embed entry, each lazy chunk, and each package's own code
// (bundled alone with lit, @ctkit/* and third-party libraries left out). Used by the size budget test
// and by `npm run bench`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = `${root}packages/embed/dist`;

/** Budgets in bytes of gzip (issue 8). `entry` is what every page loads: ctkit.js and its static imports. */
export const BUDGETS = {
  entry: 30 * 1024,
  mapChunk: 20 * 1024,
  packageOwnCode: 12 * 1024,
};

/**
 * Known misses, held as ceilings so they cannot grow while they are worked on (issue 8 stays open until
 * they meet BUDGETS). Each says where the bytes are. Lower a ceiling whenever the figure drops.
 */
export const CEILINGS = {
  // Map chunk measured 26.8 kB gzip: outlines 6.4 kB, @floating-ui/dom ≈ 5 kB, the element ≈ 15 kB.
  mapChunk: 27.5 * 1024,
  // @ctkit/community-map's own code measured 19.9 kB gzip (with its region outlines).
  '@ctkit/community-map': 20.5 * 1024,
};

export function sizesOf(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The built bundle: entry + chunks. Throws with a clear message when it has not been built. */
export function bundleSizes() {
  const entry = `${dist}/ctkit.js`;
  if (!existsSync(entry)) throw new Error('packages/embed/dist/ctkit.js is missing: run `npm run build` first.');
  const rows = [{ name: 'ctkit.js (entry)', kind: 'entry', ...sizesOf(readFileSync(entry)) }];
  const chunks = existsSync(`${dist}/chunks`) ? readdirSync(`${dist}/chunks`).filter((f) => f.endsWith('.js')) : [];
  for (const chunk of chunks) rows.push({ name: `chunks/${chunk}`, kind: 'chunk', ...sizesOf(readFileSync(`${dist}/chunks/${chunk}`)) });
  return rows;
}

/** A built file and everything it imports statically (what the browser must fetch before it runs). */
export function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`${dist}/${file}`, 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const [, spec] of code.matchAll(/(?:from|import)\s*["']((?:\.\.?\/)[^"']+)["']/g)) {
    const resolved = new URL(spec, `http://x/${dir}`).pathname.slice(1);
    staticClosure(resolved, seen);
  }
  return seen;
}

/** Gzip total of a set of built files, each compressed on its own as the browser fetches them. */
export function gzipTotal(files) {
  return [...files].reduce((sum, f) => sum + sizesOf(readFileSync(`${dist}/${f}`)).gzip, 0);
}

/**
 * What a page pays: every page loads the entry and its static imports; a page with a widget adds that
 * widget's chunk and what it imports statically.
 */
export function pageSizes() {
  const every = staticClosure('ctkit.js');
  const rows = [{ name: 'every page (ctkit.js + shared)', files: [...every], gzip: gzipTotal(every) }];
  const chunks = existsSync(`${dist}/chunks`) ? readdirSync(`${dist}/chunks`).filter((f) => f.endsWith('.js')) : [];
  for (const pkg of widgetPackages()) {
    const chunk = chunks.find((c) => c.startsWith(`${pkg}-`));
    if (!chunk) continue;
    const files = staticClosure(`chunks/${chunk}`, new Set(every));
    rows.push({ name: `a page with ${pkg}`, files: [...files], gzip: gzipTotal(files) });
  }
  return rows;
}

/** Widget packages: those with src/index.ts, less the shared and tooling ones. */
export function widgetPackages() {
  return readdirSync(`${root}packages`).filter(
    (p) => !['tokens', 'core', 'embed', 'tooling', 'receiver'].includes(p) && existsSync(`${root}packages/${p}/src/index.ts`),
  );
}

/** Each package's own code, minified, with its dependencies left out. */
export async function packageSizes() {
  const rows = [];
  for (const pkg of ['core', 'tokens', ...widgetPackages()]) {
    const result = await build({
      entryPoints: [`${root}packages/${pkg}/src/index.ts`],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      conditions: ['ctkit-source'],
      tsconfig: `${root}tsconfig.json`,
      external: ['lit', 'lit/*', '@lit/*', '@ctkit/*', '@floating-ui/*', 'ical.js'],
      logLevel: 'silent',
    });
    rows.push({ name: `@ctkit/${pkg}`, kind: 'package', ...sizesOf(Buffer.from(result.outputFiles[0].contents)) });
  }
  return rows;
}

export function formatTable(rows) {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const w = Math.max(...rows.map((r) => r.name.length), 10);
  const lines = [`${'file'.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`];
  for (const r of rows) lines.push(`${r.name.padEnd(w)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}  ${kb(r.brotli).padStart(9)}`);
  return lines.join('\n');
}
