// Sign-ups per second through the receiver on loopback: the receiver runs as its own process (as in
// production: SQLite file, WAL), autocannon posts unique JSON sign-ups with Idempotency-Key headers,
// then a second run repeats 10% of keys. Prints throughput, p50/p99 latency and checks rows stored =
// sign-ups acknowledged. Writes .ctkit/bench/receiver.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const bin = fileURLToPath(new URL('../bin/ctkit-receiver.mjs', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ctkit-receiver-bench-'));
const database = join(dir, 'bench.sqlite');
const AMOUNT = Number(process.env.BENCH_SIGN_UPS ?? 40_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

function start() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--database', database, '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`receiver exited ${code}: ${out}`)));
  });
}

const consent = { given: true, text: 'I agree to receive emails. I can unsubscribe at any time.', textVersion: '2026-11', privacyUrl: 'https://example.org/privacy', at: '2026-11-25T10:00:00.000Z' };
const body = (i) =>
  JSON.stringify({
    submissionId: `bench-${String(i).padStart(8, '0')}`,
    list: 'newsletter',
    email: `bench${i}@example.org`,
    name: `Bench Person ${i}`,
    region: 'wales',
    interests: ['events', 'funding-news'],
    locale: 'en',
    consent,
    pageUrl: 'https://partner.example/join',
  });

async function run(url, amount, keyFor) {
  let i = 0;
  const t0 = performance.now();
  let last = t0;
  const instance = autocannon({
    url: `${url}/api/sign-ups`,
    connections: CONNECTIONS,
    amount,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const k = keyFor(i++);
          return { ...req, headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${String(k).padStart(8, '0')}` }, body: body(k) };
        },
      },
    ],
  });
  instance.on('response', () => {
    last = performance.now();
  });
  const result = await instance;
  // First request to last response (autocannon's own duration rounds up to its 1-second ticks).
  return { ...result, wallSeconds: (last - t0) / 1000 };
}

const { child, url } = await start();
try {
  // Warm-up (not counted in the figures, but stored: keys 0..999).
  await run(url, 1000, (i) => i);
  const unique = await run(url, AMOUNT, (i) => 1000 + i);
  // 10% repeats: every tenth request re-sends an already stored key.
  const mixed = await run(url, AMOUNT, (i) => (i % 10 === 0 ? 1000 + i : 1000 + AMOUNT + i));
  const db = new Database(database, { readonly: true });
  const rows = db.prepare('SELECT count(*) FROM sign_ups').pluck().get();
  db.close();
  const acknowledgedUnique = 1000 + unique['2xx'] + mixed['2xx'] - Math.ceil(AMOUNT / 10);
  const row = (name, r) => ({
    run: name,
    requests: r.requests.total,
    '2xx': r['2xx'],
    non2xx: r.non2xx + r.errors + r.timeouts,
    seconds: Number(r.wallSeconds.toFixed(2)),
    'sign-ups/s': Math.round(r['2xx'] / r.wallSeconds),
    'p50 ms': r.latency.p50,
    'p99 ms': r.latency.p99,
  });
  const table = [row('unique sign-ups', unique), row('10% repeated keys', mixed)];
  console.log(`receiver on loopback, ${CONNECTIONS} connections, ${cpus().length} CPUs, Node ${process.version}, SQLite WAL (synchronous=NORMAL)`);
  console.table(table);
  const ok = rows === acknowledgedUnique && unique.non2xx === 0 && mixed.non2xx === 0 && unique.errors === 0 && mixed.errors === 0;
  console.log(`rows stored: ${rows}; unique sign-ups acknowledged: ${acknowledgedUnique} → ${ok ? 'equal ✔' : 'MISMATCH ✘'}`);
  mkdirSync(`${repoRoot}.ctkit/bench`, { recursive: true });
  writeFileSync(`${repoRoot}.ctkit/bench/receiver.json`, `${JSON.stringify({ connections: CONNECTIONS, table, rows, acknowledgedUnique, ok }, null, 2)}\n`);
  if (!ok) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
