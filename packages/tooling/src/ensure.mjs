// Installs the repository's npm dependencies when node_modules is missing or older than the lock file.
// Runs with plain Node (nothing from node_modules), so it works on a fresh clone.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function ensureDependencies({ log = console.log, stdio = 'inherit' } = {}) {
  const lock = `${repoRoot}package-lock.json`;
  const stamp = `${repoRoot}node_modules/.ctkit-lock-hash`;
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false;
  log('ctkit: installing dependencies (npm ci)…');
  // Not the settings of an npm command we run under (`npm pack --json` would make `npm ci` print JSON).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_config_(json|dry_run|workspaces?|pack_destination)$/i.test(k)),
  );
  execSync('npm ci --no-audit --no-fund', {
    cwd: repoRoot,
    stdio,
    env: { ...env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  writeFileSync(stamp, hash);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDependencies();
