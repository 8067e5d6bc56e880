// Compiles every publishable package's src/ to its dist/ (JavaScript + .d.ts) with one TypeScript
// program, so cross-package types line up. Bare imports (`@ctkit/core`) stay bare: a developer's bundler
// resolves them through each package's `exports` to dist/.
import { copyFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { repoRoot } from './ensure.mjs';

const out = `${repoRoot}.ctkit/tsc`;
rmSync(out, { recursive: true, force: true });
execFileSync(`${repoRoot}node_modules/.bin/tsc`, ['-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });
for (const pkg of readdirSync(out)) {
  const src = `${out}/${pkg}/src`;
  if (!existsSync(src)) continue;
  const dist = `${repoRoot}packages/${pkg}/dist`;
  // tokens.css is generated into dist/ by the tokens build; keep it.
  for (const entry of existsSync(dist) ? readdirSync(dist) : []) {
    if (!entry.endsWith('.css')) rmSync(`${dist}/${entry}`, { recursive: true, force: true });
  }
  cpSync(src, dist, { recursive: true });
}

// Each package ships its own slice of custom-elements.json (its `customElements` field points at it),
// with paths rewritten from src/*.ts to the published dist/*.js. It also ships the licence.
const manifest = JSON.parse(readFileSync(`${repoRoot}custom-elements.json`, 'utf8'));
for (const pkg of readdirSync(out)) {
  const dist = `${repoRoot}packages/${pkg}/dist`;
  if (!existsSync(dist)) continue;
  const prefix = `packages/${pkg}/src/`;
  const modules = manifest.modules
    .filter((m) => m.path.startsWith(prefix))
    .map((m) => JSON.parse(JSON.stringify(m).replaceAll(prefix, 'dist/').replaceAll('.ts"', '.js"')));
  writeFileSync(`${dist}/custom-elements.json`, JSON.stringify({ ...manifest, modules }, null, 2));
}

// Every package that lists LICENSE in its `files` gets the repository's licence (the embed bundle, which
// tsc does not build, included).
for (const pkg of readdirSync(`${repoRoot}packages`)) {
  const manifestPath = `${repoRoot}packages/${pkg}/package.json`;
  if (!existsSync(manifestPath)) continue;
  const { files = [] } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (files.includes('LICENSE')) copyFileSync(`${repoRoot}LICENSE`, `${repoRoot}packages/${pkg}/LICENSE`);
}
