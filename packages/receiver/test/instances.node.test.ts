// Many instances, one truth: two receivers on one PostgreSQL database (a cluster this process started) behave as
// one service — a sign-up is stored once whichever instance sees it and however often it is retried, each is
// forwarded once, a killed instance loses nothing it acknowledged, the rate limit is shared, migrations run once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceiverConfig } from '../src/config.js';
import { openStore } from '../src/db.js';
import { startReceiver, type RunningReceiver } from '../src/server.js';
import {
  column,
  count,
  engineConfig,
  payload,
  pool,
  postJson,
  postWithRetry,
  postgres,
  rows,
  tempDir,
  value,
  waitFor,
  serveInChild,
} from './helpers.js';

const tmp = tempDir();
after(() => {
  tmp.cleanup();
});
before(async () => {
  await postgres();
});

/** A fake Buttondown on loopback that counts what it receives; `up` switches it between 201 and 503. */
async function fakeProvider(): Promise<{
  url: string;
  received: string[];
  refused: () => number;
  setUp: (up: boolean) => void;
  server: Server;
}> {
  let up = true;
  let refused = 0;
  const received: string[] = [];
  const known = new Set<string>();
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      if (!up) {
        refused += 1;
        res.writeHead(503).end('down');
        return;
      }
      const email = (JSON.parse(raw) as { email_address: string }).email_address;
      received.push(email);
      if (known.has(email)) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"code":"email_already_exists"}');
        return;
      }
      known.add(email);
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/v1`,
    received,
    refused: () => refused,
    setUp: (u) => {
      up = u;
    },
    server,
  };
}

const forwarding = (providerUrl: string): Partial<ReceiverConfig> => ({
  adapter: 'buttondown',
  providerKey: 'k',
  providerUrl,
  confirmation: 'single',
  outboxIntervalMs: 20,
  retryBaseMs: 20,
  retryMaxMs: 200,
});

/** Two in-process receivers on one new database. */
async function twoInstances(
  overrides: Partial<ReceiverConfig> = {},
): Promise<{ a: RunningReceiver; b: RunningReceiver; config: ReceiverConfig; close: () => Promise<void> }> {
  const config = await engineConfig('postgresql', tmp.dir, overrides);
  const [a, b] = await Promise.all([startReceiver(config), startReceiver(config)]);
  return {
    a,
    b,
    config,
    close: async () => {
      await Promise.all([a.close(), b.close()]);
    },
  };
}

describe('two instances on one PostgreSQL', () => {
  test('migrations: four instances starting at once on a new database migrate it once (advisory lock)', async () => {
    const config = await engineConfig('postgresql', tmp.dir);
    const opened = await Promise.allSettled(Array.from({ length: 4 }, () => openStore(config)));
    const stores = opened.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    try {
      assert.deepEqual(
        opened.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : [])),
        [],
        'every instance opened',
      );
      assert.deepEqual(
        stores.map((s) => s.schemaVersion),
        [4, 4, 4, 4],
      );
      assert.deepEqual(await column(stores[0]!, 'SELECT version FROM ctkit_schema ORDER BY version'), [1, 2, 3, 4]);
      assert.equal(await count(stores[0]!, 'ctkit_meta'), 1, 'one database id');
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('2,000 concurrent sign-ups split across two receivers, 10% repeated on the other one → exactly the unique ones stored, each forwarded once', async () => {
    const provider = await fakeProvider();
    const { a, b, close } = await twoInstances(forwarding(provider.url));
    try {
      const unique = Array.from({ length: 2000 }, (_, i) => payload(800_000 + i));
      // Every sign-up goes to one instance; 200 of them (10%) are also sent, at the same moment, to the other.
      const sends: { p: Record<string, unknown>; url: string }[] = [];
      unique.forEach((p, i) => {
        sends.push({ p, url: i % 2 ? a.url : b.url });
        if (i % 10 === 0) sends.push({ p, url: i % 2 ? b.url : a.url });
      });
      const answers = await pool(sends, 48, async ({ p, url }) => {
        const { res, retries } = await postWithRetry(url, p);
        const body = (await res.json()) as { status?: string };
        return {
          status: res.status,
          replayed: res.headers.get('idempotent-replayed') === 'true',
          answer: body.status,
          retries,
        };
      });
      assert.equal(answers.length, 2200);
      assert.deepEqual([...new Set(answers.map((r) => r.status))], [201], 'every attempt acknowledged');
      assert.deepEqual([...new Set(answers.map((r) => r.answer))], ['subscribed']);
      // A retry after a lost connection may find its first attempt stored: it is a replay too.
      const retried = answers.filter((r) => r.retries > 0).length;
      const replayed = answers.filter((r) => r.replayed).length;
      assert.ok(
        replayed >= 200 && replayed <= 200 + retried,
        `each repeat answered as a replay, whichever instance saw it first (${String(replayed)}, ${String(retried)} retried)`,
      );
      assert.equal(await count(a.store, 'sign_ups'), 2000, 'exactly the unique ones stored');
      assert.equal(await count(a.store, 'outbox'), 2000);
      await waitFor(
        async () => (await count(a.store, 'outbox', 'delivered_at IS NULL')) === 0,
        120_000,
        'both outboxes to drain',
      );
      assert.equal(provider.received.length, 2000, 'each forwarded once');
      assert.deepEqual([...new Set(provider.received)].sort(), unique.map((p) => String(p.email)).sort());
    } finally {
      await close();
      provider.server.close();
    }
  });

  test('the same key sent to both instances at the same moment: stored once, one answer replayed', async () => {
    const { a, b, close } = await twoInstances();
    try {
      for (let i = 0; i < 50; i++) {
        const p = payload(850_000 + i);
        const key = { 'idempotency-key': p.submissionId as string };
        const [ra, rb] = await Promise.all([postJson(a.url, p, key), postJson(b.url, p, key)]);
        assert.deepEqual([ra.status, rb.status], [201, 201]);
        assert.deepEqual(
          [ra.headers.get('idempotent-replayed'), rb.headers.get('idempotent-replayed')].sort(),
          ['true', null].sort(),
        );
      }
      assert.equal(await count(a.store, 'sign_ups'), 50);
    } finally {
      await close();
    }
  });

  test('provider outage: both instances keep every sign-up, use up no attempts, and deliver each once when it returns', async () => {
    const provider = await fakeProvider();
    provider.setUp(false);
    const { a, b, close } = await twoInstances(forwarding(provider.url));
    try {
      const sent = Array.from({ length: 100 }, (_, i) => payload(860_000 + i));
      await pool(sent, 8, async (p) => {
        const res = await postJson(Number(String(p.email).replace(/\D/g, '')) % 2 ? a.url : b.url, p);
        assert.equal(res.status, 201);
      });
      await waitFor(() => provider.refused() >= 10, 120_000, 'both workers to keep trying while the provider is down');
      assert.equal(await count(a.store, 'outbox', 'delivered_at IS NULL'), 100);
      assert.equal(
        Number(await value(a.store, 'SELECT coalesce(sum(attempts), 0) + count(failed_at) FROM outbox')),
        0,
        "the outage uses up no sign-up's attempts",
      );
      assert.equal(provider.received.length, 0);
      provider.setUp(true);
      await waitFor(
        async () => (await count(a.store, 'outbox', 'delivered_at IS NULL')) === 0,
        120_000,
        'the outbox to drain',
      );
      assert.equal(provider.received.length, 100, 'each delivered once');
      assert.equal(new Set(provider.received).size, 100);
    } finally {
      await close();
      provider.server.close();
    }
  });

  test('the rate limit is one count across instances', async () => {
    const { a, b, close } = await twoInstances({ rateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (const url of [a.url, b.url, a.url, b.url, a.url]) {
        const res = await postJson(url, payload());
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      // The client's address is not stored, only a hash of it.
      const keys = await column(a.store, 'SELECT key FROM rate_limits');
      assert.equal(keys.length, 1);
      assert.ok(!String(keys[0]).includes('127.0.0.1'));
    } finally {
      await close();
    }
  });

  test('purge from two instances at once deletes each expired record once', async () => {
    const { a, b, close } = await twoInstances({ retentionDays: 0 });
    try {
      for (let i = 0; i < 20; i++)
        await postJson(a.url, payload(870_000 + i, { accessNeeds: { needs: ['captions'] } }));
      const later = new Date(Date.now() + 1000);
      const [na, nb] = await Promise.all([a.store.purge(later), b.store.purge(later)]);
      assert.equal(na + nb, 20);
      assert.equal(await count(a.store, 'access_needs'), 0);
    } finally {
      await close();
    }
  });
});

/** `ctkit-receiver serve` in a child process on a free port, pointed at the database by DATABASE_URL. */
const serve = (config: ReceiverConfig, env: Record<string, string>) =>
  serveInChild(['--rate-limit', '0'], { PATH: process.env.PATH, DATABASE_URL: config.databaseUrl, ...env });

describe('two `ctkit-receiver serve` processes, DATABASE_URL', () => {
  test('SIGKILL one instance mid-burst: every acknowledged sign-up is kept and delivered (the other takes over its outbox)', async () => {
    const provider = await fakeProvider();
    const config = await engineConfig('postgresql', tmp.dir);
    const env = {
      MAILING_ADAPTER: 'buttondown',
      BUTTONDOWN_API_KEY: 'k',
      PROVIDER_URL: provider.url,
      CONFIRMATION: 'single',
      OUTBOX_INTERVAL_MS: '20',
      OUTBOX_LEASE_MS: '1000',
      RETRY_BASE_MS: '20',
      RETRY_MAX_MS: '200',
    };
    const [victim, survivor] = await Promise.all([serve(config, env), serve(config, env)]);
    const store = await openStore(config);
    try {
      const acknowledged: string[] = [];
      let victimAcks = 0;
      let killed = false;
      const burst = pool(
        Array.from({ length: 4000 }, (_, i) => payload(900_000 + i)),
        16,
        async (p) => {
          const toVictim = Number(String(p.email).replace(/\D/g, '')) % 2 === 0;
          if (killed && toVictim) return; // its clients have gone elsewhere or given up
          try {
            const res = await postJson(toVictim ? victim.url : survivor.url, p, {
              'idempotency-key': p.submissionId as string,
            });
            await res.arrayBuffer();
            if (res.status === 201) {
              acknowledged.push(String(p.email));
              if (toVictim) victimAcks += 1;
            }
          } catch {
            // The connection died with the process: not acknowledged, so it may or may not be stored.
          }
        },
      );
      await waitFor(() => victimAcks >= 300, 120_000, '300 sign-ups acknowledged by the instance to be killed');
      victim.child.kill('SIGKILL');
      killed = true;
      await new Promise((r) => victim.child.once('exit', r));
      await burst;

      const stored = new Set(await column(store, 'SELECT email FROM sign_ups'));
      const lost = acknowledged.filter((e) => !stored.has(e));
      assert.deepEqual(lost, [], `${String(acknowledged.length)} acknowledged, ${String(lost.length)} not stored`);
      // What the killed instance had claimed comes back when its lease runs out; the survivor delivers it.
      await waitFor(
        async () => (await count(store, 'outbox', 'delivered_at IS NULL')) === 0,
        120_000,
        'every stored sign-up delivered',
      );
      const delivered = new Set(provider.received);
      assert.deepEqual(
        acknowledged.filter((e) => !delivered.has(e)),
        [],
        'every acknowledged sign-up reached the provider',
      );
      // At least once: only what the killed instance had in hand (one batch) may have been sent twice.
      assert.ok(
        provider.received.length - delivered.size <= 20,
        `${String(provider.received.length - delivered.size)} sent twice`,
      );
      const res = await fetch(`${survivor.url}/api/health`);
      const health = (await res.json()) as { database: { engine: string; id: string } };
      assert.equal(health.database.engine, 'postgresql');
      assert.equal(health.database.id, await value(store, "SELECT value FROM ctkit_meta WHERE name = 'database_id'"));
      assert.ok((await rows(store, 'SELECT 1 FROM outbox')).length > 0);
    } finally {
      victim.child.kill('SIGKILL');
      survivor.child.kill('SIGTERM');
      await new Promise((r) => survivor.child.once('exit', r));
      await store.close();
      provider.server.close();
    }
  });
});
