/* global window, customElements -- used inside page.waitForFunction, which runs in the browser */
// The developer's real path (issue 8): pack the packages with `npm pack`, install the tarballs into a fresh
// Vite project, import one widget, build it, and run it in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../tooling/src/browsers.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

test('a developer installs @ctkit/sign-up-form from npm tarballs, builds with Vite and runs it', { timeout: 240_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'ctkit-pack-'));
  try {
    const packages = ['tokens', 'core', 'access-needs', 'sign-up-form'];
    for (const p of packages) assert.ok(existsSync(`${root}packages/${p}/dist/index.js`), `packages/${p}/dist is built (npm run build)`);
    npm(['pack', '--silent', '--pack-destination', work, ...packages.flatMap((p) => ['--workspace', `@ctkit/${p}`])], root);
    const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
    assert.equal(tarballs.length, packages.length, `packed ${tarballs.join(', ')}`);

    const app = join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
    writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title>
<script type="module" src="./main.js"></script></head><body><main><h1>App</h1>
<ct-sign-up-form list="newsletter" org-name="Partner" privacy-url="/privacy"></ct-sign-up-form></main></body></html>`);
    writeFileSync(join(app, 'main.js'), `import { CtSignUpForm } from '@ctkit/sign-up-form';\nwindow.__ctkitLoaded = typeof CtSignUpForm === 'function';\n`);
    npm(['install', '--prefer-offline', '--no-save', ...tarballs.map((t) => join(work, t))], app);
    execFileSync(`${root}node_modules/.bin/vite`, ['build', '--logLevel', 'warn', '--outDir', 'dist'], { cwd: app, stdio: 'pipe' });

    const dist = join(app, 'dist');
    const server = createServer((req, res) => {
      const file = join(dist, req.url === '/' ? 'index.html' : req.url.split('?')[0]);
      if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html' }).end(readFileSync(file));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? findChromium(), headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction(() => window.__ctkitLoaded === true && customElements.get('ct-sign-up-form'));
      const text = await page.$eval('ct-sign-up-form', async (el) => {
        await el.updateComplete;
        return el.shadowRoot.textContent;
      });
      assert.match(text, /Email address/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
