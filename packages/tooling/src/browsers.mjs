// Finds the browsers the tests drive. No tool here downloads a browser: we use the machine's own
// (Debian's chromium and firefox-esr), and on Debian as root we install them with apt-get.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Flags Chromium needs here: headless, and no background traffic into the closed network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-default-browser-check',
  // Tests run several pages at once; background pages must still get animation frames and timers.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CHROMIUM_PATHS.find((p) => existsSync(p));
}

export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return FIREFOX_PATHS.find((p) => existsSync(p));
}

export function canAptInstall() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let aptUpdated = false;
export function aptInstall(pkg) {
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * Makes sure Chromium (required) and Firefox (wanted) are there. Returns their paths; Firefox may be
 * undefined, with the reason, so callers can report it as skipped.
 */
export function ensureBrowsers({ log = console.log } = {}) {
  let chromium = findChromium();
  if (!chromium && canAptInstall()) {
    log('ctkit: installing Chromium from Debian (apt-get install chromium)…');
    aptInstall('chromium');
    chromium = findChromium();
  }
  if (!chromium) {
    throw new Error(
      'ctkit: no Chromium found. Install one and run again:\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
  let firefox = findFirefox();
  let firefoxSkipped;
  if (!firefox && process.env.CTKIT_SKIP_FIREFOX !== '1' && canAptInstall()) {
    log('ctkit: installing Firefox ESR from Debian (apt-get install firefox-esr)…');
    try {
      aptInstall('firefox-esr');
    } catch (error) {
      log(`ctkit: could not install firefox-esr: ${error.message}`);
    }
    firefox = findFirefox();
  }
  if (!firefox) {
    firefoxSkipped =
      process.env.CTKIT_SKIP_FIREFOX === '1'
        ? 'CTKIT_SKIP_FIREFOX=1 is set'
        : 'no Firefox found — install it (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH';
  }
  return { chromium, firefox, firefoxSkipped };
}
