// `prepack` of every public package: `npm pack` and `npm publish` (and `npx changeset publish`, which runs
// `npm publish`) build before they list the files, so a tarball made from a clean clone ships the code.
// Packing all packages runs this once per package; the build is one step for the whole repository, so it
// runs only when its inputs changed since the last build (a hash of them is kept in .ctkit/build-hash).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureDependencies, repoRoot } from './ensure.mjs';
import { build } from './build.mjs';

/** Everything the build reads. */
const INPUTS = [
  'package-lock.json',
  'LICENSE',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.config.ts',
  'custom-elements-manifest.config.mjs',
  'packages',
];
const SKIP = /(^|\/)(node_modules|dist|test|bench|demo|data)(\/|$)|(^|\/)LICENSE$|\.md$/;

function files(path) {
  if (!existsSync(`${repoRoot}${path}`)) return [];
  if (!statSync(`${repoRoot}${path}`).isDirectory()) return [path];
  return readdirSync(`${repoRoot}${path}`, { recursive: true })
    .map((f) => `${path}/${f}`)
    .filter((f) => !SKIP.test(f.slice(path.length + 1)) && statSync(`${repoRoot}${f}`).isFile())
    .sort();
}

export function inputsHash() {
  const hash = createHash('sha256');
  for (const f of INPUTS.flatMap(files))
    hash
      .update(`${f}\0`)
      .update(readFileSync(`${repoRoot}${f}`))
      .update('\0');
  return hash.digest('hex');
}

/** Public packages and the files their build must leave behind. */
function built() {
  return readdirSync(`${repoRoot}packages`)
    .map((p) => ({
      dir: `${repoRoot}packages/${p}`,
      pkg: JSON.parse(readFileSync(`${repoRoot}packages/${p}/package.json`, 'utf8')),
    }))
    .filter(({ pkg }) => !pkg.private)
    .every(({ dir }) => existsSync(`${dir}/dist`) && existsSync(`${dir}/LICENSE`));
}

export function prepack({ log = console.log } = {}) {
  ensureDependencies({ log, stdio: ['ignore', 2, 2] });
  const stamp = `${repoRoot}.ctkit/build-hash`;
  const hash = inputsHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && built()) {
    log('ctkit: packages already built from these sources');
    return false;
  }
  // Progress goes to stderr: `npm pack --json` prints its answer on stdout.
  build({ stdio: ['ignore', 2, 2], log });
  mkdirSync(`${repoRoot}.ctkit`, { recursive: true });
  writeFileSync(stamp, hash);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) prepack({ log: (m) => console.error(m) });
