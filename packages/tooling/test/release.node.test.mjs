/* global window -- used inside page.waitForFunction, which runs in the browser */
// The release, as a maintainer and a developer meet it (issue 17): from a clean clone (HEAD, no dist/),
// `npm pack` and `npm publish --dry-run` of every public package build first (`prepack`) and list the built
// code, its types, its manifest and its editor hints — and nothing of the repository's sources. Then the
// tarballs (not the workspace) go into three small apps (tests/consumers: Vite + TypeScript, + React 19,
// + Vue 3): each app's type check and `vite build` pass, and the built app runs in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../src/browsers.mjs';
import { cleanClone, npm, npmEnv, packAll, publicPackages } from '../src/clean-clone.mjs';

let clone;
let packed;

before(
  () => {
    clone = cleanClone();
    assert.equal(existsSync(join(clone.dir, 'packages/core/dist')), false, 'the clone starts without dist/');
    packed = packAll(clone.dir, join(clone.work, 'tarballs'));
    for (const p of packed) {
      p.root = join(clone.work, 'unpacked', p.name.replace('/', '+'));
      mkdirSync(p.root, { recursive: true });
      execFileSync('tar', ['-xzf', p.tarball, '-C', p.root]);
      p.root = join(p.root, 'package');
    }
  },
  { timeout: 900_000 },
);

after(async () => {
  await browser?.close();
  if (clone) rmSync(clone.work, { recursive: true, force: true });
});

/** Every file an `exports` map points at, minus the repository-only `ctkit-source` condition. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.entries(exports ?? {}).flatMap(([key, value]) => (key === 'ctkit-source' ? [] : exportTargets(value)));
}

test('npm pack from a clean clone ships the built code of every public package', () => {
  const names = publicPackages(clone.dir)
    .map((p) => p.name)
    .sort();
  assert.deepEqual(packed.map((p) => p.name).sort(), names);
  for (const p of packed) {
    const files = p.files.map((f) => f.path);
    const pkg = JSON.parse(readFileSync(join(p.root, 'package.json'), 'utf8'));
    assert.deepEqual(
      files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$|tokens\.json$)/.test(f)),
      [],
      `${p.name}: only built files, the README, the licence and the changelog`,
    );
    for (const required of ['README.md', 'LICENSE', 'CHANGELOG.md'])
      assert.ok(files.includes(required), `${p.name} ships ${required}`);
    for (const target of exportTargets(pkg.exports)) {
      assert.ok(files.includes(target.replace(/^\.\//, '')), `${p.name}: exports target ${target} is in the tarball`);
    }
    for (const field of ['customElements', 'web-types']) {
      if (pkg[field])
        assert.ok(
          files.includes(pkg[field].replace(/^\.\//, '')),
          `${p.name}: ${field} (${pkg[field]}) is in the tarball`,
        );
    }
    const js = files.filter((f) => /^dist\/.*\.js$/.test(f) && !f.startsWith('dist/chunks/'));
    assert.ok(js.length > 0, `${p.name} ships JavaScript`);
    if (p.name !== '@ctkit/embed') {
      for (const f of js) assert.ok(files.includes(f.replace(/\.js$/, '.d.ts')), `${p.name}: ${f} has its types`);
    }
    // The manifest names files of this package (or another package, by name), never the repository's.
    const manifestText = readFileSync(join(p.root, pkg.customElements), 'utf8');
    const repoPath = /"[^"]*(packages\/|\/src\/|\.ts")[^"]*"?/.exec(manifestText);
    assert.equal(repoPath?.[0], undefined, `${p.name}: custom-elements.json has package-relative paths only`);
    for (const mod of JSON.parse(manifestText).modules)
      assert.ok(files.includes(mod.path), `${p.name}: manifest module ${mod.path} is shipped`);
  }
});

test('npm publish --dry-run from the clean clone lists the same built files', () => {
  const names = packed.map((p) => p.name);
  // One JSON object per workspace, one after another.
  const text = npm(['publish', '--dry-run', '--json', ...names.flatMap((n) => ['-w', n])], clone.dir);
  const out = Object.assign({}, ...text.split(/(?<=^\})\n(?=\{)/m).map((part) => JSON.parse(part)));
  for (const p of packed) {
    const published = out[p.name];
    assert.ok(published, `${p.name} is published`);
    assert.equal(published.version, p.version);
    assert.deepEqual(
      published.files.map((f) => f.path).sort(),
      p.files.map((f) => f.path).sort(),
      `${p.name}: publish lists what pack built`,
    );
    assert.ok(
      published.files.some((f) => f.path.startsWith('dist/')),
      `${p.name}: built files are listed`,
    );
  }
});

// ── The consumer apps ──────────────────────────────────────────────────────────────────────────────────
const APPS = [
  { name: 'vanilla', typecheck: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'react', typecheck: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'vue', typecheck: ['vue-tsc', '--noEmit', '-p', '.'] },
];
let apps;
let browser;

/** Copies the apps out of the clone (no node_modules above them to fall back on) and installs them. */
async function installApps() {
  const root = join(clone.work, 'consumers');
  cpSync(join(clone.dir, 'tests/consumers'), root, { recursive: true });
  for (let dir = root; dir !== dirname(dir); dir = dirname(dir)) {
    assert.equal(
      existsSync(join(dirname(dir), 'node_modules')),
      false,
      `no node_modules above the apps (${dirname(dir)})`,
    );
  }
  const tarballs = packed.map((p) => p.tarball);
  // Each app's own lock file pins its tools; the tarballs come on top, as a developer's `npm install` would.
  await Promise.all(
    APPS.map((app) =>
      promisify(execFile)('npm', ['install', '--no-save', '--prefer-offline', ...tarballs], {
        cwd: join(root, app.name),
        env: npmEnv(),
        maxBuffer: 16 * 1024 * 1024,
      }),
    ),
  );
  return root;
}

function serve(dir) {
  const types = {
    '.js': 'text/javascript',
    '.html': 'text/html',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((req, res) => {
    const file = join(dir, req.url === '/' ? 'index.html' : decodeURIComponent(req.url.split('?')[0]));
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

for (const app of APPS) {
  test(
    `consumer app (${app.name}): tarballs install, types check, vite builds, widgets run in Chromium`,
    { timeout: 600_000 },
    async (t) => {
      apps ??= installApps();
      const dir = join(await apps, app.name);
      const bin = (name) => join(dir, 'node_modules/.bin', name);
      for (const p of packed) {
        const installed = JSON.parse(readFileSync(join(dir, 'node_modules', p.name, 'package.json'), 'utf8'));
        assert.equal(installed.version, p.version, `${p.name} installed from its tarball`);
        assert.equal(
          existsSync(join(dir, 'node_modules', p.name, 'src')),
          false,
          `${p.name} is the packed package, not the workspace`,
        );
      }
      await t.test('type check (the deliberate errors marked @ts-expect-error must still be errors)', () => {
        execFileSync(bin(app.typecheck[0]), app.typecheck.slice(1), { cwd: dir, stdio: 'pipe' });
      });
      await t.test('vite build', () => {
        execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: dir, stdio: 'pipe' });
      });
      await t.test('every widget upgrades and renders; a ct-* event reaches the typed handler', async () => {
        browser ??= await puppeteer.launch({
          executablePath: process.env.CHROME_PATH ?? findChromium(),
          headless: true,
          args: CHROMIUM_ARGS,
        });
        const server = await serve(join(dir, 'dist'));
        const page = await browser.newPage();
        try {
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          page.on('console', (m) => {
            // The browser asks for /favicon.ico by itself; the apps have none.
            if (m.type() === 'error' && !m.location().url?.endsWith('/favicon.ico')) errors.push(m.text());
          });
          await page.goto(`http://127.0.0.1:${server.address().port}/`);
          await page.waitForFunction(() => window.ctkitReport?.done === true);
          const report = await page.evaluate(() => window.ctkitReport);
          assert.deepEqual(report.upgraded, {
            'ct-sign-up-form': true,
            'ct-access-needs': true,
            'ct-event-card': true,
            'ct-event-list': true,
            'ct-community-map': true,
          });
          await page.waitForFunction(() => window.ctkitReport.events.includes('ct-members-loaded:2'));
          assert.deepEqual(errors, []);
        } finally {
          await page.close();
          server.close();
        }
      });
    },
  );
}
