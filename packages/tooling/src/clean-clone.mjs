// A clean clone of this repository's HEAD (committed files only: no dist/, no generated manifest), with
// node_modules as `npm ci` makes them from the same lock file, and the public packages packed from it.
// Used by the release and consumer tests (packages/tooling/test/release.node.test.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './ensure.mjs';

/** The public packages of the repository (`private` ones are never packed or published). */
export function publicPackages(root = repoRoot) {
  return readdirSync(`${root}/packages`)
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(`${root}/packages/${dir}/package.json`, 'utf8')) }))
    .filter(({ pkg }) => !pkg.private)
    .map(({ dir, pkg }) => ({ dir, name: pkg.name, pkg }));
}

/** Options for npm run as a tool: no audit, no funding notices, and no settings of an npm we run under. */
export function npmEnv(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_(config|lifecycle|package)_/i.test(k)),
  );
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

export function npm(args, cwd, { stdio = ['ignore', 'pipe', 'pipe'] } = {}) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', env: npmEnv(), stdio, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Clones HEAD into a temporary folder and installs its dependencies. node_modules are hard-linked from
 * this checkout's when `npm test` has just made them from the same lock file (same file system: seconds
 * instead of a minute); otherwise, or with CTKIT_CLEAN_INSTALL=1, `npm ci` runs in the clone.
 */
export function cleanClone() {
  const work = mkdtempSync(join(tmpdir(), 'ctkit-clean-'));
  const dir = join(work, 'ctkit');
  execFileSync('git', ['clone', '--quiet', repoRoot, dir], { stdio: 'pipe' });
  let linked = false;
  if (process.env.CTKIT_CLEAN_INSTALL !== '1') {
    try {
      execFileSync('cp', ['-al', `${repoRoot}node_modules`, `${dir}/node_modules`], { stdio: 'pipe' });
      linked = true;
    } catch {
      execFileSync('rm', ['-rf', `${dir}/node_modules`]);
    }
  }
  if (!linked) {
    // Install scripts only build the receiver's SQLite binding, which packing does not need.
    npm(['ci', '--ignore-scripts', '--prefer-offline'], dir);
    const lock = readFileSync(`${dir}/package-lock.json`);
    writeFileSync(`${dir}/node_modules/.ctkit-lock-hash`, createHash('sha256').update(lock).digest('hex'));
  }
  return { work, dir };
}

/** `npm pack` of every public package in the clone (its `prepack` builds first). */
export function packAll(dir, destination) {
  mkdirSync(destination, { recursive: true });
  const names = publicPackages(dir).map((p) => p.name);
  const out = npm(['pack', '--json', '--pack-destination', destination, ...names.flatMap((n) => ['-w', n])], dir);
  return JSON.parse(out).map((p) => ({ ...p, tarball: join(destination, p.filename) }));
}
