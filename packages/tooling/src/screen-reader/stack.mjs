// A real screen reader in the loop: Xvfb + a session D-Bus + AT-SPI + speech-dispatcher (a "generic"
// output module that appends each utterance to a file; nothing is played) + Orca + Debian's Chromium with
// --force-renderer-accessibility. Keys are real X events (xdotool), so Orca's browse and focus modes apply
// as for a person. Every process started here — and the D-Bus-activated helpers, which are children of
// init — is ended by PID: other Chromium/Firefox processes on the machine are never touched.
// The recipe and its pitfalls: /work/shared/screen-reader/README.md (copied into this folder's README.md).
/* global document, requestAnimationFrame -- in page.evaluate callbacks, which run in the browser */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Debian packages the stack needs (Chromium comes from browsers.mjs). */
export const SR_PACKAGES = ['orca', 'speech-dispatcher', 'xvfb', 'at-spi2-core', 'dbus', 'dbus-x11', 'xdotool'];
const SR_COMMANDS = {
  orca: 'orca',
  'speech-dispatcher': 'speech-dispatcher',
  xvfb: 'Xvfb',
  'at-spi2-core': '/usr/libexec/at-spi-bus-launcher',
  dbus: 'dbus-daemon',
  'dbus-x11': 'dbus-send',
  xdotool: 'xdotool',
};

function onPath(cmd) {
  if (cmd.startsWith('/')) return existsSync(cmd);
  return (process.env.PATH ?? '').split(':').some((d) => d && existsSync(`${d}/${cmd}`));
}

/** The packages of SR_PACKAGES whose programs are missing. */
export function missingPackages() {
  return SR_PACKAGES.filter((p) => !onPath(SR_COMMANDS[p]));
}

/** Orca's key echo ("tab", "space", "shift") and other noise that is not the page speaking. */
const ECHO =
  /^(tab|space|shift|control|alt|return|enter|escape|left|right|up|down|home|end|page (up|down)|insert|delete|backspace|[a-z0-9]|left shift|right shift|left control)$/i;

/** The end marks that close each step (see #settle), and what Orca says when the address bar has focus. */
const MARK = 'ctkit end mark';
const MARK_LINE = /^ctkit end mark \d+\.?$/;
const ADDRESS_BAR = /address and search bar/i;

export class ScreenReaderStack {
  /** @param {{ chromium: string, log?: (s: string) => void }} o */
  constructor({ chromium, log = () => {} }) {
    this.chromium = chromium;
    this.log = log;
    this.root = mkdtempSync(`${tmpdir()}/ctkit-sr-`);
    this.pids = [];
    this.spokenFile = `${this.root}/logs/spoken.txt`;
    this.mark = 0;
    this.marks = 0;
  }

  get env() {
    const r = this.root;
    return {
      ...process.env,
      HOME: `${r}/home`,
      XDG_CONFIG_HOME: `${r}/home/.config`,
      XDG_RUNTIME_DIR: `${r}/run`,
      XDG_DATA_HOME: `${r}/home/.local/share`,
      XDG_CACHE_HOME: `${r}/home/.cache`,
      DISPLAY: this.display ?? '',
      NO_AT_BRIDGE: '0',
      GTK_MODULES: 'gail:atk-bridge',
      ...(this.bus ? { DBUS_SESSION_BUS_ADDRESS: this.bus } : {}),
      LANG: 'C.UTF-8',
      LC_ALL: '',
    };
  }

  #spawn(cmd, args, name, extra = {}) {
    const child = spawn(cmd, args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'], ...extra });
    const out = `${this.root}/logs/${name}.log`;
    const chunks = [];
    child.stdout?.on('data', (d) => chunks.push(d));
    child.stderr?.on('data', (d) => chunks.push(d));
    child.on('exit', () => {
      try {
        writeFileSync(out, Buffer.concat(chunks));
      } catch {
        /* the scratch folder may be gone */
      }
    });
    this.pids.push(child.pid);
    return child;
  }

  #configure() {
    const r = this.root;
    for (const d of ['run', 'logs', 'home/.config', 'orca-prefs', 'profile'])
      mkdirSync(`${r}/${d}`, { recursive: true, mode: 0o700 });
    writeFileSync(this.spokenFile, '');
    const sub = (s) => s.replaceAll('@ROOT@', r);
    cpSync(`${here}config/speech-dispatcher`, `${r}/home/.config/speech-dispatcher`, { recursive: true });
    for (const f of ['speechd.conf', 'modules/capture.conf']) {
      const p = `${r}/home/.config/speech-dispatcher/${f}`;
      writeFileSync(p, sub(readFileSync(p, 'utf8')));
    }
    writeFileSync(`${r}/home/.libao`, 'default_driver=null\n');
    cpSync(`${here}config/orca-prefs`, `${r}/orca-prefs`, { recursive: true });
  }

  async start() {
    const missing = missingPackages();
    if (missing.length) throw new Error(`screen-reader stack: missing packages: ${missing.join(' ')}`);
    this.#configure();
    // Xvfb picks a free display and writes its number to fd 3.
    const xvfb = this.#spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], 'xvfb', {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    this.display = await new Promise((resolve, reject) => {
      let s = '';
      xvfb.stdio[3].on('data', (d) => {
        s += d;
        if (s.includes('\n')) resolve(`:${s.trim()}`);
      });
      xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    });
    // A session bus of our own, in the scratch folder.
    const busPath = `${this.root}/run/bus`;
    const dbus = this.#spawn(
      'dbus-daemon',
      ['--session', '--nofork', '--nopidfile', `--address=unix:path=${busPath}`, '--print-address=1'],
      'dbus',
    );
    this.bus = await new Promise((resolve, reject) => {
      let s = '';
      dbus.stdout.on('data', (d) => {
        s += d;
        if (s.includes('\n')) resolve(s.trim().split('\n')[0]);
      });
      dbus.on('exit', (code) => reject(new Error(`dbus-daemon exited (${code})`)));
    });
    // Activates at-spi-bus-launcher, then turns accessibility on for every toolkit on this bus.
    const send = (...a) =>
      execFileSync('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', ...a], {
        env: this.env,
        stdio: 'ignore',
      });
    send('org.a11y.Bus.GetAddress');
    for (const prop of ['IsEnabled', 'ScreenReaderEnabled'])
      send('org.freedesktop.DBus.Properties.Set', 'string:org.a11y.Status', `string:${prop}`, 'variant:boolean:true');
    this.#spawn('orca', [`--debug-file=${this.root}/logs/orca-debug.out`, '-u', `${this.root}/orca-prefs`], 'orca');
    await this.waitForSpeech(/screen reader on/i, 120_000, 'Orca to start');
    const chromium = this.#spawn(
      this.chromium,
      [
        '--disable-gpu',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--disable-dev-shm-usage',
        '--test-type',
        '--force-renderer-accessibility',
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--password-store=basic',
        '--remote-debugging-port=0',
        `--user-data-dir=${this.root}/profile`,
        '--window-size=1200,900',
        '--window-position=0,0',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        'about:blank',
      ],
      'chromium',
    );
    this.chromiumPid = chromium.pid;
    const portFile = `${this.root}/profile/DevToolsActivePort`;
    await this.#until(
      () => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n'),
      120_000,
      'Chromium to start',
    );
    const port = readFileSync(portFile, 'utf8').split('\n')[0];
    const { default: puppeteer } = await import('puppeteer-core');
    this.browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
    await this.#until(async () => (await this.browser.pages()).length > 0, 120_000, 'a Chromium tab');
    this.page = (await this.browser.pages())[0];
    // Orca announces Chromium's window once it has one: wait for that before pressing keys.
    await this.waitForSpeech(/chromium/i, 120_000, 'Orca to see Chromium');
    this.window = await this.#until(
      () => {
        try {
          return execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], {
            env: this.env,
            encoding: 'utf8',
          })
            .trim()
            .split('\n')
            .pop();
        } catch {
          return undefined;
        }
      },
      120_000,
      'the Chromium window',
    );
    execFileSync('xdotool', ['windowfocus', '--sync', this.window], { env: this.env, stdio: 'ignore' });
  }

  async #until(fn, timeout, what) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error(`screen-reader stack: timed out waiting for ${what}`);
      await sleep(100);
    }
  }

  /** Everything spoken so far, one utterance a line. */
  spokenAll() {
    return readFileSync(this.spokenFile, 'utf8');
  }

  /** Waits until the whole transcript since the mark matches `re`. */
  async waitForSpeech(re, timeout = 60_000, what = String(re)) {
    await this.#until(() => re.test(this.spokenAll().slice(this.mark)), timeout, `speech ${what}`);
  }

  /** What was said since the last step, key echo and end marks left out. */
  #said(text) {
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !ECHO.test(l) && !MARK_LINE.test(l));
  }

  /**
   * Waits until everything said so far has reached the transcript, without guessing a quiet time: an end
   * mark is written into a polite live region of the page, and Orca says it after whatever it was already
   * saying. The mark's change reaches Orca through the same road as the step's own — the page's
   * accessibility events, in order, then Orca's one event queue — so when Orca has said the mark, it has
   * said everything the step's key caused before it. Returns where the mark's line ends in the transcript.
   */
  async #settle() {
    // A stack fault, not the page's: should the mark itself go unspoken (Orca's live-region queue drops a
    // message that comes at the same moment as a page change), a second mark is written. Our widgets'
    // speech is asserted on by the flows, never retried.
    for (let attempt = 1; ; attempt++) {
      const n = ++this.marks;
      await this.page.evaluate(async (text) => {
        // After the page has rendered what the step changed (two frames), not before.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        document.getElementById('ctkit-sr-mark').textContent = text;
      }, `${MARK} ${n}`);
      const line = new RegExp(`^${MARK} ${n}\\.?$`, 'm');
      try {
        await this.#until(
          () => line.test(this.spokenAll().slice(this.mark)),
          90_000,
          `the screen reader to say end mark ${n}`,
        );
      } catch (error) {
        if (attempt >= 2) throw error;
        continue;
      } finally {
        await this.page.evaluate(() => {
          document.getElementById('ctkit-sr-mark').textContent = '';
        });
      }
      const all = this.spokenAll();
      const at = this.mark + all.slice(this.mark).search(line);
      return all.indexOf('\n', at) + 1 || all.length;
    }
  }

  /**
   * Lines spoken since the last call (key echo left out). Waits first for `until` (a RegExp over what was
   * said, key echo left out) when given, then for the end mark (see #settle): a step ends when the screen
   * reader has said everything the keys caused. The limits are bounds for a loaded machine, not
   * expectations: a step ends as soon as what it waits for is said.
   */
  async spoken({ until, timeout = 60_000 } = {}) {
    if (until) {
      try {
        await this.#until(
          () => until.test(this.#said(this.spokenAll().slice(this.mark)).join('\n')),
          timeout,
          `speech ${until}`,
        );
      } catch {
        /* the assertion that follows reports what was heard instead */
      }
    }
    const end = await this.#settle();
    const lines = this.#said(this.spokenAll().slice(this.mark, end));
    this.mark = end;
    return lines;
  }

  /** Presses keys as real X events (xdotool key names: Tab, shift+Tab, space, Return, Escape, Down…). */
  key(...keys) {
    execFileSync('xdotool', ['key', '--delay', '150', ...keys], { env: this.env, stdio: 'ignore' });
  }

  type(text) {
    execFileSync('xdotool', ['type', '--delay', '60', text], { env: this.env, stdio: 'ignore' });
  }

  /**
   * Opens a page as a person does — Ctrl+L, the address, Enter — and waits for it to load, for `ready`
   * (a function run in the page) and for Orca to have said the page is loaded; returns what it said.
   */
  async open(url, { ready } = {}) {
    // A stack fault, not the page's: on a loaded machine a typed address can come out wrong in the address
    // bar (a key lost, or completed from history); the address is typed again, once.
    for (let attempt = 1; ; attempt++) {
      this.mark = this.spokenAll().length;
      const loaded = this.page.waitForNavigation({ waitUntil: 'load', timeout: 180_000 });
      loaded.catch(() => {});
      this.key('ctrl+l');
      // Type only once the address bar has focus: the page has lost it (or, on the first page, never had
      // it: Chromium starts in the address bar), and Orca says so when it moves.
      await this.#until(
        async () =>
          ADDRESS_BAR.test(this.spokenAll().slice(this.mark)) || !(await this.page.evaluate(() => document.hasFocus())),
        60_000,
        'the address bar to have focus',
      );
      this.type(url);
      this.key('Return');
      try {
        await loaded;
      } catch (error) {
        if (attempt >= 2) throw error;
        continue;
      }
      if (new URL(this.page.url()).href === new URL(url).href) break;
      if (attempt >= 2) throw new Error(`screen-reader stack: opened ${this.page.url()}, not ${url}`);
    }
    if (ready) await this.page.waitForFunction(ready, { timeout: 180_000, polling: 100 });
    // The polite live region that end marks are written to (see #settle): out of sight, at the end.
    await this.page.evaluate(() => {
      const mark = document.createElement('div');
      mark.id = 'ctkit-sr-mark';
      mark.setAttribute('aria-live', 'polite');
      mark.style.cssText = 'position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden';
      document.body.append(mark);
    });
    // Orca says "Finished loading …" and the page summary; a flow starts after that.
    return this.spoken({ until: /finished loading/i, timeout: 180_000 });
  }

  async stop() {
    try {
      await this.browser?.disconnect();
    } catch {
      /* already gone */
    }
    // Helpers D-Bus started for us are children of init: find them by our scratch folder.
    const ours = new Set(this.pids);
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      if (Number(pid) === process.pid) continue;
      try {
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (
          environ.includes(`XDG_RUNTIME_DIR=${this.root}/run\0`) ||
          environ.includes(`DBUS_SESSION_BUS_ADDRESS=unix:path=${this.root}/run/bus`) ||
          cmdline.includes(this.root)
        )
          ours.add(Number(pid));
      } catch {
        /* gone, or not ours to read */
      }
    }
    // Never our own process or our parent.
    ours.delete(process.pid);
    ours.delete(process.ppid);
    // Chromium first (its children go with it), then the rest.
    const order = [this.chromiumPid, ...[...ours].filter((p) => p !== this.chromiumPid)].filter(Boolean);
    for (const pid of order) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
    const alive = (pid) => {
      try {
        process.kill(pid, 0);
        return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
      } catch {
        return false;
      }
    };
    const end = Date.now() + 5000;
    while (order.some(alive) && Date.now() < end) await sleep(100);
    for (const pid of order.filter(alive)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    if (!process.env.CTKIT_SR_KEEP) rmSync(this.root, { recursive: true, force: true });
  }
}
