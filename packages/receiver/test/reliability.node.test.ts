import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ReceiverConfig } from '../src/config.js';
import { startReceiver } from '../src/server.js';
import { type EngineName, openStore } from '../src/db.js';
import { buttondownAdapter, startOutboxWorker } from '../src/outbox.js';
import { exportList } from '../src/cli.js';
import type { SignUpPayload } from '@ctkit/core/schemas';
import {
  ENGINES,
  column,
  count,
  databaseArgs,
  dir,
  engineConfig,
  inspect,
  payload,
  pool,
  postJson,
  postWithRetry,
  rows,
  storeOptions,
  waitFor,
  serveInChild,
} from './helpers.js';

const bin = fileURLToPath(new URL('../bin/ctkit-receiver.mjs', import.meta.url));

// Every test below runs on each engine: SQLite (a file) and PostgreSQL (a database in a cluster this process started).
for (const engine of ENGINES) {
  describe(engine, () => {
    suite(engine);
  });
}

function suite(engine: EngineName) {
  const testConfig = (d: string, overrides: Partial<ReceiverConfig> = {}) => engineConfig(engine, d, overrides);

  describe('concurrency', () => {
    test('2,000 sign-ups from concurrent clients, 10% sent twice with the same key → exactly the unique ones stored', async () => {
      const receiver = await startReceiver(await testConfig(dir()));
      try {
        const unique = Array.from({ length: 2000 }, (_, i) => payload(100_000 + i));
        // 200 of them (10%) are sent a second time, interleaved with the rest.
        const sends = [...unique];
        for (let i = 0; i < 200; i++) sends.splice(i * 11 + 5, 0, unique[i * 10]!);
        const statuses = await pool(sends, 32, async (p) => {
          const { res } = await postWithRetry(receiver.url, p);
          await res.arrayBuffer();
          return res.status;
        });
        assert.equal(statuses.length, 2200);
        assert.ok(
          statuses.every((s) => s === 201),
          `all acknowledged (${statuses.filter((s) => s !== 201).length} not)`,
        );
        assert.equal(await count(receiver.store, 'sign_ups'), 2000, 'exactly the unique ones');
        const emails = new Set(await column(receiver.store, 'SELECT email FROM sign_ups'));
        assert.ok(
          unique.every((p) => emails.has(p.email)),
          'none lost',
        );
      } finally {
        await receiver.close();
      }
    });
  });

  const startChild = (config: ReceiverConfig) => serveInChild([...databaseArgs(config), '--rate-limit', '0']);

  describe('crash', () => {
    test('SIGKILL during a burst, restart: every sign-up that received 2xx is in the database', async () => {
      const config = await testConfig(dir());
      const first = await startChild(config);
      const acknowledged: string[] = [];
      let stop = false;
      const burst = pool(
        Array.from({ length: 5000 }, (_, i) => payload(200_000 + i)),
        16,
        async (p) => {
          if (stop) return;
          try {
            const res = await postJson(first.url, p, { 'idempotency-key': p.submissionId as string });
            await res.arrayBuffer();
            if (res.status === 201) acknowledged.push(p.submissionId as string);
          } catch {
            // The connection died with the process: not acknowledged, so it may or may not be stored.
          }
        },
      );
      await waitFor(() => acknowledged.length >= 300, 120_000, '300 acknowledged sign-ups');
      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));
      stop = true;
      await burst;
      assert.ok(acknowledged.length >= 300);

      // Restart on the same file: it opens, recovers the WAL and takes sign-ups again.
      const second = await startChild(config);
      try {
        const res = await postJson(second.url, payload(299_999));
        assert.equal(res.status, 201);
        const stored = new Set(await inspect(config, (s) => column(s, 'SELECT submission_key FROM sign_ups')));
        const missing = acknowledged.filter((k) => !stored.has(k));
        assert.deepEqual(missing, [], `${acknowledged.length} acknowledged, ${missing.length} missing`);
      } finally {
        second.child.kill('SIGTERM');
        await new Promise((r) => second.child.once('exit', r));
      }
    });
  });

  describe('provider outage', () => {
    test('fake Buttondown down then up → every sign-up forwarded exactly once; access needs and equality never forwarded', async () => {
      let up = false;
      const received: { body: Record<string, unknown>; raw: string; auth: string | undefined }[] = [];
      let refused = 0;
      const known = new Set<string>();
      const provider = createServer((req: IncomingMessage, res) => {
        let raw = '';
        req.on('data', (c: Buffer) => (raw += c.toString()));
        req.on('end', () => {
          if (!up || req.url !== '/v1/subscribers' || req.method !== 'POST') {
            refused += 1;
            res.writeHead(503).end('down for maintenance');
            return;
          }
          const body = JSON.parse(raw) as Record<string, unknown>;
          received.push({ body, raw, auth: req.headers.authorization });
          const email = String(body.email_address);
          if (known.has(email)) {
            res.writeHead(400, { 'content-type': 'application/json' }).end('{"code":"email_already_exists"}');
            return;
          }
          known.add(email);
          res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
        });
      });
      await new Promise<void>((r) => provider.listen(0, '127.0.0.1', r));
      const providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/v1`;
      const receiver = await startReceiver(
        await testConfig(dir(), {
          adapter: 'buttondown',
          providerKey: 'secret-key',
          providerUrl,
          outboxIntervalMs: 20,
          retryBaseMs: 20,
          retryMaxMs: 100,
        }),
      );
      try {
        const sent = Array.from({ length: 60 }, (_, i) =>
          payload(300_000 + i, {
            name: `Person ${i}`,
            region: 'north-west',
            eventId: 'gathering-2026',
            accessNeeds: { needs: ['wheelchair-access', 'hearing-loop'], other: 'SECRET-ACCESS-NOTE', contact: true },
            equality: { ethnicity: 'mixed', sexualOrientation: 'bisexual', genderSelfDescribe: 'SECRET-EQUALITY' },
          }),
        );
        for (const p of sent)
          assert.equal((await postJson(receiver.url, p)).status, 201, 'accepted while the provider is down');
        const pending = () => count(receiver.store, 'outbox', 'delivered_at IS NULL');
        await waitFor(() => refused >= 10, 120_000, 'the worker to keep trying while the provider is down');
        assert.equal(await pending(), 60, 'nothing lost while the provider is down');
        const [used] = await rows<{ attempts: unknown; failed: unknown }>(
          receiver.store,
          'SELECT sum(attempts) AS attempts, count(failed_at) AS failed FROM outbox',
        );
        assert.deepEqual(
          [Number(used?.attempts), Number(used?.failed)],
          [0, 0],
          "the provider's outage uses up no sign-up's attempts",
        );
        assert.equal(received.length, 0);

        up = true;
        await waitFor(async () => (await pending()) === 0, 120_000, 'the outbox to drain');
        const emails = received.map((r) => r.body.email_address);
        assert.equal(received.length, 60, 'each forwarded once');
        assert.deepEqual([...new Set(emails)].sort(), sent.map((p) => p.email).sort());
        for (const r of received) {
          assert.equal(r.auth, 'Token secret-key');
          assert.deepEqual(r.body.tags, ['newsletter', 'event:gathering-2026']);
          for (const secret of [
            'wheelchair',
            'hearing-loop',
            'SECRET-ACCESS-NOTE',
            'SECRET-EQUALITY',
            'bisexual',
            'mixed',
            'accessNeeds',
            'equality',
          ]) {
            assert.ok(!r.raw.includes(secret), `“${secret}” was forwarded: ${r.raw}`);
          }
        }
        // Nothing is sent again once delivered.
        await receiver.worker?.runOnce(Date.now() + 10 * 60_000);
        assert.equal(received.length, 60);
      } finally {
        await receiver.close();
        provider.close();
      }
    });
  });

  /** Runs the admin CLI: `out` is stdout (what a file or pipe gets), `err` stderr (notes for the person). */
  /** A store with `n` sign-ups queued for Buttondown, and an outbox worker over a fake provider answering `answer()`. */
  async function fakeProvider(n: number, answer: (body: string) => Response) {
    const config = await testConfig(dir(), {
      adapter: 'buttondown',
      providerKey: 'k',
      providerUrl: 'http://provider.invalid/v1',
      retryBaseMs: 1,
      retryMaxMs: 1,
    });
    const store = await openStore(config);
    const options = storeOptions({ forwardTo: 'buttondown' });
    for (let i = 0; i < n; i++)
      await store.store(payload(700_000 + i) as unknown as SignUpPayload, {
        ...options,
        key: `key-${String(i).padStart(8, '0')}`,
      });
    let calls = 0;
    const fetchImpl = ((_url: unknown, init?: RequestInit) => {
      calls += 1;
      return Promise.resolve(answer(typeof init?.body === 'string' ? init.body : ''));
    }) as typeof fetch;
    const logged: string[] = [];
    const worker = startOutboxWorker(store, buttondownAdapter(config, fetchImpl), config, {
      autoStart: false,
      log: (m) => logged.push(m),
    });
    const outbox = async () =>
      (
        await rows<{ attempts: number; failed: unknown; delivered: unknown; last_error: string | null }>(
          store,
          'SELECT attempts, failed_at IS NOT NULL AS failed, delivered_at IS NOT NULL AS delivered, last_error FROM outbox ORDER BY id',
        )
      )
        // SQLite answers 0/1, PostgreSQL false/true
        .map((r) => ({ ...r, failed: Number(r.failed), delivered: Number(r.delivered) }));
    return { config, store, worker, logged, outbox, calls: () => calls };
  }

  describe('provider answers: whose problem is it', () => {
    for (const [status, body] of [
      [401, '{"detail":"Please provide a valid API key"}'],
      [403, '{"detail":"Forbidden"}'],
      [429, '{"detail":"Slow down"}'],
      [503, 'down'],
    ] as const) {
      test(`HTTP ${status} is the provider's problem: no sign-up's attempts used up, nothing failed, logged once, delivered when it answers again`, async () => {
        let answer = status as number;
        const p = await fakeProvider(3, () => new Response(answer === 201 ? '{}' : body, { status: answer }));
        for (let i = 0; i < 8; i++) assert.equal(await p.worker.runOnce(Date.now() + 1e9), 0);
        assert.equal(p.calls(), 8, 'one try a run while the provider refuses everything, not one per sign-up');
        for (const row of await p.outbox()) {
          assert.equal(row.attempts, 0);
          assert.equal(row.failed, 0);
        }
        assert.equal(p.logged.length, 1, p.logged.join('\n'));
        assert.match(p.logged[0]!, new RegExp(`HTTP ${status}`));
        if (status === 401) assert.match(p.logged[0]!, /API key/);
        answer = 201;
        assert.equal(await p.worker.runOnce(Date.now() + 1e9), 3);
        assert.equal(p.logged.length, 2, 'and once when it answers again');
        await p.worker.stop();
        await p.store.close();
      });
    }

    test('one sign-up that keeps failing like an outage cannot hold up the others: it goes to the back of the line', async () => {
      const first = String(payload(700_000).email);
      const p = await fakeProvider(3, (body) =>
        body.includes(first) ? new Response('down for this one', { status: 503 }) : new Response('{}', { status: 201 }),
      );
      let delivered = 0;
      for (let i = 0; i < 6; i++) delivered += await p.worker.runOnce(Date.now() + 1e9);
      assert.equal(delivered, 2, 'the two others are delivered');
      assert.deepEqual(
        (await p.outbox()).map((r) => [r.failed, r.delivered]),
        [
          [0, 0],
          [0, 1],
          [0, 1],
        ],
      );
      assert.equal((await p.outbox())[0]!.attempts, 0, 'taken for an outage: no attempts used up');
      await p.worker.stop();
      await p.store.close();
    });

    test('a 409 or 413 is about the sign-up too: a refusal, retried alone', async () => {
      for (const status of [409, 413]) {
        const p = await fakeProvider(2, (body) =>
          body.includes(String(payload(700_000).email))
            ? new Response('{"detail":"conflict"}', { status })
            : new Response('{}', { status: 201 }),
        );
        assert.equal(
          await p.worker.runOnce(Date.now() + 1e9),
          1,
          `HTTP ${String(status)}: the other is delivered in the same run`,
        );
        assert.deepEqual(
          (await p.outbox()).map((r) => [r.attempts, r.delivered]),
          [
            [1, 0],
            [1, 1],
          ],
        );
        await p.worker.stop();
        await p.store.close();
      }
    });

    test('a 400 or 422 about the sign-up is a refusal: failed after five tries, `outbox retry-failed` queues it again', async () => {
      const p = await fakeProvider(
        1,
        () => new Response('{"code":"email_invalid","detail":"That email address is not valid."}', { status: 400 }),
      );
      for (let i = 0; i < 6; i++) await p.worker.runOnce(Date.now() + 1e9);
      assert.equal(p.calls(), 5);
      assert.deepEqual(
        (await p.outbox()).map((r) => [r.attempts, r.failed]),
        [[5, 1]],
      );
      assert.equal(
        (await p.outbox())[0]!.last_error,
        'HTTP 400 (email_invalid)',
        'the status and the provider’s code, not its words (they can quote the address)',
      );
      await p.store.close();
      const r = await cli(p.config, 'outbox', 'retry-failed');
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /Re-queued 1 failed outbox item/);
      const store = await openStore(p.config);
      const worker = startOutboxWorker(
        store,
        buttondownAdapter(p.config, () => Promise.resolve(new Response('{}', { status: 201 }))),
        p.config,
        { autoStart: false },
      );
      assert.equal(await worker.runOnce(Date.now() + 1e9), 1);
      await worker.stop();
      await p.worker.stop();
      await store.close();
    });

    test('only Buttondown\'s "already subscribed" answer counts as delivered, not any 400 that says "exists"', async () => {
      const already = await fakeProvider(
        1,
        () =>
          new Response('{"code":"email_already_exists","detail":"This email address is already subscribed."}', {
            status: 400,
          }),
      );
      assert.equal(await already.worker.runOnce(), 1);
      const other = await fakeProvider(
        1,
        () => new Response('{"detail":"No newsletter exists with that API key"}', { status: 400 }),
      );
      assert.equal(await other.worker.runOnce(), 0);
      assert.deepEqual(
        (await other.outbox()).map((r) => r.delivered),
        [0],
      );
      for (const p of [already, other]) {
        await p.worker.stop();
        await p.store.close();
      }
    });
  });

  function cli(config: ReceiverConfig, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args, ...databaseArgs(config)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('exit', (code) => {
        resolve({ code, out, err });
      });
    });
  }

  describe('admin CLI: erase, purge, export, stats', () => {
    test('erase removes a person from every table, outbox included, and nobody else', async () => {
      const config = await testConfig(dir(), {
        adapter: 'buttondown',
        providerKey: 'k',
        providerUrl: 'http://127.0.0.1:9/v1',
        outboxIntervalMs: 60_000,
      });
      const receiver = await startReceiver(config);
      const needs = { accessNeeds: { needs: ['large-print'] } };
      for (const [i, email] of [
        [1, 'Erase.Me@Example.org'],
        [2, 'erase.me@example.org'],
        [3, 'keep@example.org'],
      ] as const) {
        assert.equal(
          (
            await postJson(
              receiver.url,
              payload(400_000 + i, { email, list: i === 2 ? 'events' : 'newsletter', ...needs }),
            )
          ).status,
          201,
        );
      }
      await receiver.close();

      const r = await cli(config, 'erase', 'ERASE.me@example.org');
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /2 sign-ups, 2 access needs, 2 outbox items/);
      const everything = await inspect(config, async (db) => {
        assert.equal(await count(db, 'sign_ups', "email_norm = 'erase.me@example.org'"), 0);
        assert.equal(await count(db, 'sign_ups'), 1);
        assert.equal(await count(db, 'access_needs'), 1);
        assert.equal(await count(db, 'outbox'), 1);
        return JSON.stringify([
          await rows(db, 'SELECT * FROM sign_ups'),
          await rows(db, 'SELECT * FROM outbox'),
          await rows(db, 'SELECT * FROM access_needs'),
        ]);
      });
      assert.ok(!/erase\.me/i.test(everything));
    });

    test('erase finds the address whatever its Unicode form (NFD stored, NFC asked), rows stored before NFC too', async () => {
      const config = await testConfig(dir());
      const receiver = await startReceiver(config);
      const nfd = 'Jose\u0301@example.org'; // typed on one device: e + combining acute
      const nfc = 'jos\u00e9@example.org'; // the erasure request: precomposed é
      const needs = { accessNeeds: { needs: ['large-print'] } };
      assert.equal((await postJson(receiver.url, payload(410_001, { email: nfd, ...needs }))).status, 201);
      assert.equal(
        (await postJson(receiver.url, payload(410_002, { email: 'keep@example.org', ...needs }))).status,
        201,
      );
      // A row as an older receiver stored it: email_norm only lower-cased (still NFD), before the NFC migration.
      assert.equal(
        (await postJson(receiver.url, payload(410_003, { email: nfd, list: 'events', ...needs }))).status,
        201,
      );
      await rows(receiver.store, 'UPDATE sign_ups SET email_norm = ? WHERE submission_key LIKE ?', [
        nfd.toLowerCase(),
        'sub-410003-%',
      ]);
      // Back to before the NFC migration: the next start runs every migration again.
      if (engine === 'sqlite') receiver.store.sqlite?.pragma('user_version = 0');
      else await rows(receiver.store, 'DELETE FROM ctkit_schema');
      await receiver.close();

      const r = await cli(config, 'erase', nfc);
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /2 sign-ups, 2 access needs, 0 outbox items/);
      await inspect(config, async (db) => {
        assert.deepEqual(await column(db, 'SELECT email FROM sign_ups'), ['keep@example.org']);
        assert.equal(await count(db, 'access_needs'), 1);
      });
      const again = await cli(config, 'erase', nfd);
      assert.match(again.out, /0 sign-ups, 0 access needs, 0 outbox items/, 'says truthfully that nothing was left');
    });

    test('purge deletes access needs past the event date plus retention, and keeps the rest', async () => {
      const d = dir();
      const events = `${d}/events.json`;
      const { writeFileSync } = await import('node:fs');
      writeFileSync(
        events,
        JSON.stringify([
          { id: 'past-event', start: '2020-01-01T18:00:00Z' },
          { id: 'future-event', start: '2999-01-01T18:00:00Z' },
        ]),
      );
      const config = await testConfig(d, { eventsFile: events, retentionDays: 30 });
      const receiver = await startReceiver(config);
      const needs = { accessNeeds: { needs: ['quiet-room'] } };
      await postJson(receiver.url, payload(500_001, { eventId: 'past-event', ...needs }));
      await postJson(receiver.url, payload(500_002, { eventId: 'future-event', ...needs }));
      await postJson(receiver.url, payload(500_003, needs)); // no event: kept for 30 days from sign-up
      await receiver.close();

      const r = await cli(config, 'purge');
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /Purged 1 access-needs record/);
      await inspect(config, async (db) => {
        const left = await column(
          db,
          'SELECT s.email FROM access_needs a JOIN sign_ups s ON s.id = a.sign_up_id ORDER BY s.email',
        );
        assert.deepEqual(left, ['person500002@example.org', 'person500003@example.org']);
        assert.equal(await count(db, 'sign_ups'), 3, 'the sign-ups themselves stay');
      });

      const stats = await cli(config, 'stats');
      assert.equal(stats.code, 0, stats.out + stats.err);
      const s = JSON.parse(stats.out) as {
        signUps: number;
        accessNeedsHeld: number;
        byList: { list: string; people: number }[];
      };
      assert.equal(s.signUps, 3);
      assert.equal(s.accessNeedsHeld, 2);
      assert.deepEqual(
        s.byList.map((l) => [l.list, l.people]),
        [['newsletter', 3]],
      );
    });

    test('export writes the list as CSV with formulas defused, spam left out', async () => {
      const config = await testConfig(dir());
      const receiver = await startReceiver(config);
      await postJson(receiver.url, payload(600_001, { name: '=HYPERLINK("http://evil.example")' }));
      await postJson(receiver.url, payload(600_002, { flags: { honeypot: true } }));
      await receiver.close();
      const r = await cli(config, 'export', '--list', 'newsletter', '--format', 'csv');
      assert.equal(r.code, 0, r.out + r.err);
      const lines = r.out.trim().split('\r\n');
      assert.equal(lines.length, 2, r.out);
      assert.match(lines[0]!, /^email,name,/);
      assert.ok(lines[1]!.includes(`"'=HYPERLINK(""http://evil.example"")"`), lines[1]);
      const json = await cli(config, 'export', '--list', 'newsletter', '--format', 'json');
      assert.equal((JSON.parse(json.out) as unknown[]).length, 1);
    });

    test('export --list events: one row per person per event; other lists one row per email', async () => {
      const store = await openStore(await testConfig(dir()));
      const options = storeOptions();
      const signUps: [string, string | undefined][] = [
        ['events', 'launch'],
        ['events', 'workshop'],
        ['events', 'workshop'],
        ['newsletter', undefined],
        ['newsletter', undefined],
      ];
      for (const [i, [list, eventId]] of signUps.entries()) {
        await store.store(
          payload(620_000 + i, {
            email: i % 2 ? 'Ana@example.org' : 'ana@example.org',
            list,
            ...(eventId ? { eventId } : {}),
          }) as unknown as SignUpPayload,
          { ...options, key: `key-62${String(i).padStart(6, '0')}` },
        );
      }
      const exported = async (list: string) =>
        (JSON.parse(await exportList(store, list, 'json')) as { email: string; event_id: string | null }[]).map((r) => [
          r.email.toLowerCase(),
          r.event_id,
        ]);
      assert.deepEqual(await exported('events'), [
        ['ana@example.org', 'launch'],
        ['ana@example.org', 'workshop'],
      ]);
      assert.deepEqual(await exported('newsletter'), [['ana@example.org', null]]);
      await store.close();
    });

    test('access-needs --event lists the access needs of the event’s registrations (CSV, JSON, --out mode 600 even over an existing file)', async () => {
      const config = await testConfig(dir());
      const receiver = await startReceiver(config);
      const needs = (n: string[], other?: string) => ({
        accessNeeds: { needs: n, ...(other ? { other } : {}), contact: true },
      });
      await postJson(
        receiver.url,
        payload(630_001, {
          list: 'events',
          eventId: 'launch',
          name: 'Ana',
          ...needs(['bsl-interpreter', 'step-free'], '=quiet seat'),
        }),
      );
      await postJson(receiver.url, payload(630_002, { list: 'events', eventId: 'launch' })); // no access needs
      await postJson(receiver.url, payload(630_003, { list: 'events', eventId: 'workshop', ...needs(['captions']) }));
      await postJson(
        receiver.url,
        payload(630_004, { list: 'events', eventId: 'launch', flags: { tooFast: true }, ...needs(['large-print']) }),
      );
      await receiver.close();
      const json = await cli(config, 'access-needs', '--event', 'launch', '--format', 'json');
      assert.equal(json.code, 0, json.out + json.err);
      const rows = JSON.parse(json.out) as {
        email: string;
        name: string | null;
        event_id: string;
        needs: string[];
        other: string | null;
        contact: boolean | null;
        spam: string | null;
      }[];
      assert.deepEqual(
        rows.map((r) => [r.email, r.name, r.event_id, r.needs, r.other, r.contact, r.spam]),
        [
          ['person630001@example.org', 'Ana', 'launch', ['bsl-interpreter', 'step-free'], '=quiet seat', true, null],
          ['person630004@example.org', null, 'launch', ['large-print'], null, true, 'too-fast'],
        ],
      );
      const { chmodSync, readFileSync, statSync, writeFileSync } = await import('node:fs');
      const out = `${dir()}/needs.csv`;
      writeFileSync(out, 'old');
      chmodSync(out, 0o644);
      const csv = await cli(config, 'access-needs', '--event', 'launch', '--out', out);
      assert.equal(csv.code, 0, csv.out + csv.err);
      assert.equal(statSync(out).mode & 0o777, 0o600);
      const lines = readFileSync(out, 'utf8').trim().split('\r\n');
      assert.equal(lines.length, 3);
      assert.match(lines[0]!, /^email,name,event_id,needs,other,contact,received_at,spam$/);
      assert.ok(lines[1]!.includes('"bsl-interpreter step-free","\'=quiet seat","yes"'), lines[1]);
      const exported = `${dir()}/export.csv`;
      writeFileSync(exported, 'old');
      chmodSync(exported, 0o644);
      assert.equal((await cli(config, 'export', '--list', 'events', '--out', exported)).code, 0);
      assert.equal(statSync(exported).mode & 0o777, 0o600, 'export over an existing file');
    });

    test('suspected spam is not dropped silently: export says how many it left out and lists them on request; stats count them', async () => {
      const config = await testConfig(dir());
      const receiver = await startReceiver(config);
      await postJson(receiver.url, payload(610_001));
      await postJson(
        receiver.url,
        payload(610_002, { flags: { tooFast: true }, accessNeeds: { needs: ['bsl-interpreter'] } }),
      );
      await postJson(receiver.url, payload(610_003, { flags: { honeypot: true } }));
      await receiver.close();
      const r = await cli(config, 'export', '--list', 'newsletter', '--format', 'json');
      assert.equal(r.code, 0, r.out + r.err);
      assert.deepEqual(
        (JSON.parse(r.out) as { email: string }[]).map((x) => x.email),
        ['person610001@example.org'],
      );
      assert.match(r.err, /2 suspected-spam sign-ups .*left out.*--suspected-spam/);
      const spam = await cli(config, 'export', '--list', 'newsletter', '--format', 'json', '--suspected-spam');
      assert.equal(spam.code, 0, spam.out + spam.err);
      assert.deepEqual(
        (JSON.parse(spam.out) as { email: string; spam: string }[]).map((x) => [x.email, x.spam]),
        [
          ['person610002@example.org', 'too-fast'],
          ['person610003@example.org', 'honeypot'],
        ],
      );
      const stats = await cli(config, 'stats');
      const s = JSON.parse(stats.out) as {
        suspectedSpam: number;
        accessNeedsHeld: number;
        byList: { list: string; people: number; suspectedSpam: number }[];
      };
      assert.equal(s.suspectedSpam, 2);
      assert.equal(s.accessNeedsHeld, 1, "the flagged sign-up's access needs are kept");
      assert.deepEqual(
        s.byList.map((l) => [l.list, l.people, l.suspectedSpam]),
        [['newsletter', 1, 2]],
      );
    });
  });
}
