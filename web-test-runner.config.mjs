// Every unit, keyboard and accessibility test runs in real browsers: Chromium and Firefox.
// Browsers come from the machine (see packages/tooling/src/browsers.mjs); nothing is downloaded.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, findFirefox } from './packages/tooling/src/browsers.mjs';
import { countReporter } from './packages/tooling/src/count-reporter.mjs';
import { storiesIndexPlugin } from './packages/tooling/src/stories-plugin.mjs';
import { forcedColoursPlugin } from './tests/support/forced-colours-plugin.mjs';
import { visualPlugins } from './tests/support/visual-plugin.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const chromium = findChromium();
const firefox = process.env.CTKIT_SKIP_FIREFOX === '1' ? undefined : findFirefox();
const only = process.env.CTKIT_BROWSERS?.split(',');

if (!chromium) throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');

const browsers = [];
if (!only || only.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: chromium, headless: true, args: CHROMIUM_ARGS } }));
}
if (firefox && (!only || only.includes('firefox'))) {
  // Firefox through puppeteer-core over WebDriver BiDi: no download, Debian's firefox-esr.
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        // Two test pages run at once, so one is in the background, where Firefox throttles timers to one
        // a second (axe and settle loops use timers): a story sweep then takes minutes, not seconds.
        extraPrefsFirefox: {
          'dom.min_background_timeout_value': 4,
          'dom.min_background_timeout_value_without_budget_throttling': 4,
          'dom.timeout.enable_budget_timer_throttling': false,
        },
      },
    }),
  );
}

// A package can serve test endpoints on the same loopback server: packages/<name>/test/middleware.mjs
// exports an array of Koa middleware (for example a fake sign-up endpoint or a feed that fails).
const packageMiddleware = [...(await import('./tests/embedding/middleware.mjs')).default];
for (const dir of readdirSync(`${rootDir}packages`)) {
  const file = `${rootDir}packages/${dir}/test/middleware.mjs`;
  if (existsSync(file)) packageMiddleware.push(...(await import(file)).default);
}

/** Stories and tests both fetch fixtures from /fixtures/…, as Storybook serves stories/fixtures there. */
function fixturesAlias(context, next) {
  if (context.url.startsWith('/fixtures/')) context.url = `/stories${context.url}`;
  return next();
}

export default {
  rootDir,
  files: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts', '!**/*.node.test.ts', '!**/node_modules/**'],
  nodeResolve: { exportConditions: ['ctkit-source', 'browser', 'development'] },
  plugins: [
    storiesIndexPlugin({ rootDir }),
    // Forced colours (Windows High Contrast) for tests/forced-colours.test.ts: Chromium only, over CDP.
    forcedColoursPlugin(),
    // Screenshot baselines of every story for tests/visual*.test.ts (Chromium); CTKIT_UPDATE_SCREENSHOTS=1 rewrites them.
    ...visualPlugins({ rootDir }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [fixturesAlias, ...packageMiddleware],
  browsers,
  // One page at a time per browser: a background tab gets no animation frames (fixture() waits for one)
  // and no real focus, which keyboard tests need.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), countReporter({ file: process.env.CTKIT_RESULTS })],
};
