// `npm run test:sr`: what a screen reader says, with Orca and Chromium in the loop (see
// tests/screen-reader/README.md). Builds Storybook (unless --no-build: `npm test` has just built it), makes
// sure the Debian packages are there (installs them with apt-get as root on Debian; elsewhere says what to
// install), then runs tests/screen-reader/*.sr.test.mjs with node:test. Transcripts: .ctkit/sr-transcripts/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureDependencies, repoRoot } from './ensure.mjs';
import { ensureBrowsers } from './browsers.mjs';
import { SR_PACKAGES, missingPackages } from './screen-reader/stack.mjs';

/**
 * Installs the screen-reader stack's packages when it can (Debian, as root). Returns why it cannot run,
 * or undefined when everything is there.
 */
export function ensureScreenReader({ log = console.log } = {}) {
  let missing = missingPackages();
  if (missing.length && process.platform === 'linux' && process.getuid?.() === 0) {
    log(`ctkit: installing the screen-reader stack (apt-get install ${missing.join(' ')})…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...SR_PACKAGES], {
      stdio: 'inherit',
      env,
    });
    missing = missingPackages();
  }
  if (process.platform !== 'linux') return 'the screen-reader tests need Linux (Orca, AT-SPI, Xvfb)';
  if (missing.length)
    return `missing ${missing.join(' ')} — install them (Debian: sudo apt-get install --no-install-recommends ${SR_PACKAGES.join(' ')})`;
  return undefined;
}

/** Runs the screen-reader tests; `resultsFile` gets node:test counts as JSON. Returns the exit status. */
export function runScreenReaderTests({ resultsFile, env = {} } = {}) {
  const files = readdirSync(`${repoRoot}tests/screen-reader`)
    .filter((f) => f.endsWith('.sr.test.mjs'))
    .map((f) => `tests/screen-reader/${f}`);
  const reporters = resultsFile
    ? [
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        `--test-reporter=${repoRoot}packages/tooling/src/node-count-reporter.mjs`,
        `--test-reporter-destination=${resultsFile}`,
      ]
    : [];
  const r = spawnSync('node', ['--test', '--test-concurrency=1', ...reporters, ...files], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return r.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  ensureDependencies();
  const { chromium } = ensureBrowsers();
  const why = ensureScreenReader();
  if (why) {
    console.error(`ctkit: cannot run the screen-reader tests: ${why}.`);
    process.exit(1);
  }
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build-storybook'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const status = runScreenReaderTests({ env: { CHROME_PATH: chromium } });
  console.log(
    `\nScreen-reader tests took ${((Date.now() - started) / 1000).toFixed(0)} s; transcripts in .ctkit/sr-transcripts/.`,
  );
  process.exit(status);
}
