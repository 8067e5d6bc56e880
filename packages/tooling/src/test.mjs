// `npm test`: installs what it needs, then typecheck, lint, build and every test, in Chromium and
// Firefox. Ends with one line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { ensureDependencies, repoRoot } from './ensure.mjs';
import { ensureBrowsers } from './browsers.mjs';
import { ensurePostgres } from './postgres.mjs';
import { BUILD_STEPS } from './build.mjs';
import { ensureScreenReader, runScreenReaderTests } from './test-sr.mjs';

const started = Date.now();
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const lines = [];

function run(name, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: false,
  });
  const ok = r.status === 0;
  lines.push(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step that is not a test runner counts as one check. */
function check(name, command, args, env) {
  if (run(name, command, args, env)) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(name);
  }
}

ensureDependencies();
const { chromium, firefox, firefoxSkipped } = ensureBrowsers();
// The receiver's node tests run on SQLite and on a PostgreSQL they start (initdb into a temporary folder).
const pgBin = ensurePostgres();
const browserEnv = { CHROME_PATH: chromium, ...(firefox ? { FIREFOX_PATH: firefox } : { CTKIT_SKIP_FIREFOX: '1' }) };
if (firefoxSkipped) {
  if (process.env.CI) {
    console.error(`ctkit: CI must run Firefox too, but ${firefoxSkipped}.`);
    process.exit(1);
  }
  console.warn(`\nctkit: Firefox SKIPPED — ${firefoxSkipped}. Only Chromium will run.\n`);
}
// The screen-reader tests need Orca, speech-dispatcher, Xvfb, AT-SPI, D-Bus and xdotool (installed here
// on Debian as root, as CI is). Elsewhere they are reported as skipped, with what to install.
const srSkipped = ensureScreenReader();
if (srSkipped) {
  if (process.env.CI) {
    console.error(`ctkit: CI must run the screen-reader tests too, but ${srSkipped}.`);
    process.exit(1);
  }
  console.warn(`\nctkit: screen-reader tests SKIPPED — ${srSkipped}.\n`);
}

const bin = (name) => `${repoRoot}node_modules/.bin/${name}`;
for (const [name, command] of BUILD_STEPS.slice(0, 2)) check(`build ${name}`, 'sh', ['-c', command]);
check('tokens are up to date with tokens.json', 'node', ['packages/tokens/scripts/build-tokens.mjs', '--check']);
check('typecheck (tsc --strict)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('typecheck receiver (tsc --strict, Node types)', bin('tsc'), ['-p', 'packages/receiver', '--noEmit']);
check('lint (typescript-eslint strict, lit, wc, lit-a11y)', bin('eslint'), ['--max-warnings', '0', '.']);
check('format (prettier --check; npm run format fixes it)', bin('prettier'), ['--check', '.']);
for (const [name, command] of BUILD_STEPS.slice(2)) check(`build ${name}`, 'sh', ['-c', command]);
check('build Storybook', bin('storybook'), ['build', '--quiet', '-o', 'storybook-static', '--disable-telemetry'], {
  STORYBOOK_DISABLE_TELEMETRY: '1',
});

// Browser tests: unit, keyboard, the story sweep, embedding — in every engine.
const outDir = `${repoRoot}.ctkit`;
mkdirSync(outDir, { recursive: true });
const wtrResults = `${outDir}/wtr-results.json`;
rmSync(wtrResults, { force: true });
run('browser tests (web-test-runner: Chromium' + (firefox ? ' + Firefox)' : ')'), bin('web-test-runner'), [], {
  ...browserEnv,
  CTKIT_RESULTS: wtrResults,
});
if (existsSync(wtrResults)) {
  const byBrowser = JSON.parse(readFileSync(wtrResults, 'utf8'));
  for (const [browser, c] of Object.entries(byBrowser)) {
    results.passed += c.passed;
    results.failed += c.failed;
    results.skipped += c.skipped;
    failures.push(...c.failures.map((f) => `[${browser}] ${f}`));
    lines.push(`  ${browser}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
  }
} else {
  results.failed += 1;
  failures.push('web-test-runner produced no results');
}

// Node tests (services, tooling): every packages/*/test/**/*.node.test.mjs|ts file.
const nodeTests = readdirSync(`${repoRoot}packages`, { recursive: true })
  .filter((f) => /(^|\/)test\/.*\.node\.test\.m?[jt]s$/.test(f) && !f.includes('node_modules') && !f.includes('dist/'))
  .map((f) => `packages/${f}`);
if (nodeTests.length) {
  const nodeResults = `${outDir}/node-results.json`;
  rmSync(nodeResults, { force: true });
  run(
    'node tests (node:test)',
    'node',
    [
      // ctkit-source: @ctkit/* packages are read from their TypeScript sources (the receiver imports @ctkit/core).
      '--conditions=ctkit-source',
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${repoRoot}packages/tooling/src/node-count-reporter.mjs`,
      `--test-reporter-destination=${nodeResults}`,
      ...nodeTests,
    ],
    { ...browserEnv, PG_BIN: pgBin },
  );
  if (existsSync(nodeResults)) {
    const c = JSON.parse(readFileSync(nodeResults, 'utf8'));
    results.passed += c.passed;
    results.failed += c.failed;
    results.skipped += c.skipped;
    failures.push(...c.failures.map((f) => `[node] ${f}`));
    lines.push(`  node: ${c.passed} passed, ${c.failed} failed`);
  } else {
    results.failed += 1;
    failures.push('node tests produced no results');
  }
}

// What Orca says, with real keys, over the built Storybook (tests/screen-reader/).
if (!srSkipped) {
  const srResults = `${outDir}/sr-results.json`;
  rmSync(srResults, { force: true });
  const t0 = Date.now();
  console.log('\n▶ screen-reader tests (Orca + Chromium, npm run test:sr)');
  runScreenReaderTests({ resultsFile: srResults, env: browserEnv });
  if (existsSync(srResults)) {
    const c = JSON.parse(readFileSync(srResults, 'utf8'));
    results.passed += c.passed;
    results.failed += c.failed;
    failures.push(...c.failures.map((f) => `[screen reader] ${f}`));
    lines.push(
      `${c.failed ? '✘' : '✔'} screen-reader tests (${((Date.now() - t0) / 1000).toFixed(1)} s): ${c.passed} passed, ${c.failed} failed — transcripts in .ctkit/sr-transcripts/`,
    );
  } else {
    results.failed += 1;
    failures.push('screen-reader tests produced no results');
  }
}

console.log('\n── ctkit test summary ──');
for (const l of lines) console.log(l);
if (firefoxSkipped) console.log(`  firefox: SKIPPED (${firefoxSkipped})`);
if (srSkipped) console.log(`  screen reader: SKIPPED (${srSkipped})`);
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(
  `${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`,
);
process.exit(results.failed ? 1 : 0);
