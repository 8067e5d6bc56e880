// `npm run build`: tokens → custom-elements.json → the embed bundle (packages/embed/dist/ctkit.js).
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureDependencies, repoRoot } from './ensure.mjs';

export const BUILD_STEPS = [
  ['tokens', 'node packages/tokens/scripts/build-tokens.mjs'],
  ['custom-elements.json', 'npx cem analyze --config custom-elements-manifest.config.mjs --quiet'],
  ['embed bundle', 'npx vite build --config vite.config.ts --logLevel warn'],
  ['packages (tsc → packages/*/dist)', 'node packages/tooling/src/build-packages.mjs'],
];

export function build({ stdio = 'inherit', log = console.log } = {}) {
  for (const [name, command] of BUILD_STEPS) {
    log(`ctkit: building ${name}`);
    execSync(command, { cwd: repoRoot, stdio });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureDependencies();
  build();
}
