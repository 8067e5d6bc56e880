// Lighthouse (with the machine's Chromium) on the demo partner pages, served by the receiver as `npm start`
// serves them. Reports accessibility, best-practices and performance scores (targets 100 / ≥ 95 / ≥ 95) and
// total blocking time (target ≤ 200 ms), Lighthouse's default mobile run (simulated slow 4G, 4× CPU).
// Lighthouse is fetched from the npm registry on first use (npm exec), so it is not in every install.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../../tooling/src/browsers.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ctkit-lighthouse-'));
const LIGHTHOUSE = 'lighthouse@12.8.0';

function startReceiver() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        `${root}packages/receiver/bin/ctkit-receiver.mjs`,
        'serve',
        '--port',
        '0',
        '--database',
        join(dir, 'lh.sqlite'),
        '--static',
        `${root}packages/embed/demo,${root}packages/embed/dist`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`receiver exited ${code}: ${out}`)));
  });
}

const pages = readdirSync(`${root}packages/embed/demo`)
  .filter((f) => f.endsWith('.html') && f !== 'privacy.html')
  .sort();
const { child, url } = await startReceiver();
const rows = [];
try {
  for (const page of pages) {
    const report = join(dir, `${page}.json`);
    // Lighthouse sometimes loses a trace on a busy machine ("NO_NAVSTART") and says to run it again.
    let ok = false;
    for (let attempt = 1; attempt <= 3 && !ok; attempt++) {
      try {
        execFileSync(
          'npm',
          [
            'exec',
            '--yes',
            `--package=${LIGHTHOUSE}`,
            '--',
            'lighthouse',
            `${url}/${page}`,
            '--quiet',
            '--output=json',
            `--output-path=${report}`,
            '--only-categories=accessibility,best-practices,performance',
            '--form-factor=mobile',
            '--throttling-method=simulate',
            `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
          ],
          {
            cwd: dir,
            stdio: ['ignore', 'ignore', 'inherit'],
            env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? findChromium() },
          },
        );
        ok = true;
      } catch {
        console.error(`lighthouse: ${page} attempt ${attempt} failed`);
      }
    }
    if (!ok) {
      rows.push({ page, accessibility: 'failed', bestPractices: 'failed', performance: 'failed', tbt: 'failed' });
      continue;
    }
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    rows.push({
      page,
      accessibility: categories.accessibility.score * 100,
      bestPractices: categories['best-practices'].score * 100,
      performance: categories.performance.score * 100,
      tbt: `${Math.round(audits['total-blocking-time'].numericValue)} ms`,
    });
  }
} finally {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}

const w = Math.max(...rows.map((r) => r.page.length), 6);
console.log(`${'page'.padEnd(w)}  accessibility  best-practices  performance  blocking time`);
for (const r of rows)
  console.log(
    `${r.page.padEnd(w)}  ${String(r.accessibility).padStart(13)}  ${String(r.bestPractices).padStart(14)}  ${String(r.performance).padStart(11)}  ${String(r.tbt).padStart(13)}`,
  );
console.log(
  'Targets: accessibility 100, best practices ≥ 95, performance ≥ 95, blocking time ≤ 200 ms (mobile, simulated throttling).',
);
const out = `${root}.ctkit/bench/`;
mkdirSync(out, { recursive: true });
writeFileSync(`${out}lighthouse.json`, JSON.stringify(rows, null, 2));
