// Sign-ups per second through the receiver on loopback, on SQLite, on PostgreSQL with one instance and with two
// instances sharing the database — same machine, same run. Each receiver runs as its own process (as in production:
// `ctkit-receiver serve`); autocannon posts JSON sign-ups with Idempotency-Key headers, every tenth one repeating an
// earlier key (a retry), split evenly across the instances. Prints sign-ups/s and p50/p99 latency per setup and
// checks rows stored = unique sign-ups acknowledged. PostgreSQL is a temporary cluster started here (as the tests
// do: packages/receiver/test/postgres.ts). Writes .ctkit/bench/receiver.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openStore } from '../src/db.ts';
import { startPostgres } from '../test/postgres.ts';

const bin = fileURLToPath(new URL('../bin/ctkit-receiver.mjs', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ctkit-receiver-bench-'));
const AMOUNT = Number(process.env.BENCH_SIGN_UPS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

function start(databaseArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--rate-limit', '0', ...databaseArgs], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`receiver exited ${code}: ${out}`)));
  });
}

const consent = {
  given: true,
  text: 'I agree to receive emails. I can unsubscribe at any time.',
  textVersion: '2026-11',
  privacyUrl: 'https://example.org/privacy',
  at: '2026-11-25T10:00:00.000Z',
};
const body = (k) =>
  JSON.stringify({
    submissionId: `bench-${String(k).padStart(8, '0')}`,
    list: 'newsletter',
    email: `bench${k}@example.org`,
    name: `Bench Person ${k}`,
    region: 'wales',
    interests: ['events', 'funding-news'],
    locale: 'en',
    consent,
    pageUrl: 'https://partner.example/join',
  });

/** `amount` requests over `urls` (one autocannon per instance, connections split), keys from `keyFor(i)`. */
async function run(urls, amount, keyFor) {
  let next = 0;
  const latencies = [];
  let ok = 0;
  let bad = 0;
  /** Answers other than 201 by status, and requests with no answer ("timeout", "error"), so a red row says why. */
  const other = {};
  const t0 = performance.now();
  let last = t0;
  await Promise.all(
    urls.map((url) => {
      const instance = autocannon({
        url: `${url}/api/sign-ups`,
        connections: Math.max(1, Math.round(CONNECTIONS / urls.length)),
        amount: Math.round(amount / urls.length),
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const k = keyFor(next++);
              return {
                ...req,
                headers: {
                  'content-type': 'application/json',
                  'idempotency-key': `bench-${String(k).padStart(8, '0')}`,
                },
                body: body(k),
              };
            },
          },
        ],
      });
      instance.on('response', (_client, status, _bytes, ms) => {
        latencies.push(ms);
        if (status === 201) ok += 1;
        else {
          bad += 1;
          other[status] = (other[status] ?? 0) + 1;
        }
        last = performance.now();
      });
      return instance.then((r) => {
        bad += r.errors + r.timeouts;
        if (r.timeouts) other.timeout = (other.timeout ?? 0) + r.timeouts;
        if (r.errors - r.timeouts > 0) other.error = (other.error ?? 0) + r.errors - r.timeouts;
      });
    }),
  );
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { ok, bad, other, seconds: (last - t0) / 1000, p50: pct(50), p99: pct(99) };
}

const setups = [
  { name: 'SQLite, 1 instance', instances: 1, engine: 'sqlite' },
  { name: 'PostgreSQL, 1 instance', instances: 1, engine: 'postgresql' },
  { name: 'PostgreSQL, 2 instances', instances: 2, engine: 'postgresql' },
];

const cluster = await startPostgres({ durable: true });
const table = [];
let allOk = true;
try {
  for (const [n, setup] of setups.entries()) {
    const config =
      setup.engine === 'postgresql'
        ? { database: '', databaseUrl: await cluster.createDatabase(`bench_${n}`) }
        : { database: join(dir, `bench-${n}.sqlite`), databaseUrl: '' };
    const args = config.databaseUrl ? ['--database-url', config.databaseUrl] : ['--database', config.database];
    // One first, so it migrates; then the others (they would wait on the migration lock anyway).
    const receivers = [await start(args)];
    while (receivers.length < setup.instances) receivers.push(await start(args));
    try {
      const urls = receivers.map((r) => r.url);
      // Warm-up, stored but not counted: keys 0..999.
      await run(urls, 1000, (i) => i);
      // Every tenth request repeats a key sent 5 requests earlier (a retry); the others are new.
      const base = 1000;
      const result = await run(urls, AMOUNT, (i) => (i % 10 === 9 ? base + i - 5 : base + i));
      const unique = new Set(Array.from({ length: AMOUNT }, (_, i) => (i % 10 === 9 ? base + i - 5 : base + i))).size;
      const store = await openStore(config);
      const rows = Number(
        (
          await store.db
            .selectFrom('sign_ups')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      await store.close();
      // Two separate verdicts: every sign-up stored exactly once (the data), and every request answered 201 (the
      // service). A request that timed out on the client may still have been stored: the rows say so.
      const stored = rows === 1000 + unique;
      allOk &&= stored && result.bad === 0;
      table.push({
        setup: setup.name,
        requests: result.ok + result.bad,
        'not 201': result.bad
          ? Object.entries(result.other)
              .map(([k, n]) => `${n}× ${k}`)
              .join(', ')
          : 0,
        seconds: Number(result.seconds.toFixed(2)),
        'sign-ups/s': Math.round(result.ok / result.seconds),
        'p50 ms': Number(result.p50.toFixed(1)),
        'p99 ms': Number(result.p99.toFixed(1)),
        'rows = unique': stored ? 'yes' : `NO (${rows} rows, ${1000 + unique} unique)`,
      });
    } finally {
      for (const r of receivers) r.child.kill('SIGTERM');
      await Promise.all(
        receivers.map(
          (r) => new Promise((resolve) => (r.child.exitCode === null ? r.child.once('exit', resolve) : resolve())),
        ),
      );
    }
  }
} finally {
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `receiver on loopback, ${AMOUNT} sign-ups per setup (10% repeated keys), ${CONNECTIONS} connections in all, ${cpus().length} CPUs, Node ${process.version}`,
);
console.log(
  'SQLite: WAL, synchronous=NORMAL (no fsync per commit). PostgreSQL 15: a temporary local cluster with its defaults (fsync, synchronous_commit on: one fsync per commit, grouped).',
);
console.table(table);
mkdirSync(`${repoRoot}.ctkit/bench`, { recursive: true });
writeFileSync(
  `${repoRoot}.ctkit/bench/receiver.json`,
  `${JSON.stringify({ connections: CONNECTIONS, amount: AMOUNT, table }, null, 2)}\n`,
);
if (!allOk) process.exitCode = 1;
