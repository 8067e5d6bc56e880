// Compiles every publishable package's src/ to its dist/ (JavaScript + .d.ts) with one TypeScript
// program, so cross-package types line up. Bare imports (`@ctkit/core`) stay bare: a developer's bundler
// resolves them through each package's `exports` to dist/.
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
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
