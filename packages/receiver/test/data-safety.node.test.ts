// What the receiver promises about the data it holds (issue 15, items 1–5): validation that cannot be made slow,
// erase and purge that leave no bytes behind, equality answers that cannot be linked to anyone, files only the
// service's user can read, and an Idempotency-Key that cannot be reused for a different person.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app.js';
import { type EngineName, type Store, openStore } from '../src/db.js';
import { startReceiver } from '../src/server.js';
import { validateSignUp } from '../src/validate.js';
import type { SignUpPayload } from '@ctkit/core/schemas';
import {
  ENGINES,
  cli,
  column,
  dir,
  engineConfig,
  payload,
  postJson,
  rows,
  storeOptions,
  testConfig,
  value,
} from './helpers.js';

describe('1. validation work is bounded by the input, whatever the input', () => {
  /** Runs `fn` recording, for every regular expression run, the length of the string it was given. */
  function regexInputs<T>(fn: () => T): { value: T; seen: number[] } {
    const seen: number[] = [];
    const { test: realTest, exec: realExec } = RegExp.prototype;
    RegExp.prototype.test = function (this: RegExp, s: string) {
      seen.push(s.length);
      return realTest.call(this, s);
    };
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      seen.push(s.length);
      return realExec.call(this, s);
    };
    try {
      return { value: fn(), seen };
    } finally {
      RegExp.prototype.test = realTest;
      RegExp.prototype.exec = realExec;
    }
  }

  test('a 32,000-character email of dots: no pattern is tried on it, and no pattern ever sees more than its field’s limit', () => {
    const pathological = [
      `a@${'.'.repeat(32_000)}@`,
      `${'a'.repeat(32_000)}@`,
      `a@${'.'.repeat(250)}@`,
      'x@'.repeat(16_000),
    ];
    for (const email of pathological) {
      const { value: result, seen } = regexInputs(() =>
        validateSignUp(
          { ...payload(), email, submissionId: 'k'.repeat(32_000), list: 'n'.repeat(32_000) },
          ['newsletter'],
          'en',
        ),
      );
      assert.ok(!result.ok && result.errors.email, 'the email is refused');
      // Patterns run only on strings within their field's length limit (at most 254 characters here), so the
      // work of any pattern is bounded by a constant, not by what the client sends.
      assert.ok(
        seen.every((n) => n <= 254),
        `a pattern was tried on ${Math.max(...seen)} characters`,
      );
      assert.ok(
        !seen.includes(email.length) || email.length <= 64,
        'the email is checked without a regular expression',
      );
    }
  });

  test('the largest email accepted (254 characters) is parsed without any regular expression, reading each character once', () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(185)}.org`;
    assert.equal(email.length, 254);
    let reads = 0;
    const real = String.prototype.charCodeAt;
    const { value: result, seen } = regexInputs(() => {
      String.prototype.charCodeAt = function (this: string, i: number) {
        if (this.length === 254) reads += 1;
        return real.call(this, i);
      };
      try {
        return validateSignUp({ ...payload(), email }, ['newsletter'], 'en');
      } finally {
        String.prototype.charCodeAt = real;
      }
    });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.ok(!seen.includes(254), 'no regular expression ran on the email');
    // Ajv's length count reads each character once, the email parse once more: linear, 2 reads per character.
    assert.ok(reads <= 2 * 254, `${reads} reads of a 254-character email`);
  });
});

/** Every byte of every file the receiver owns in `folder` (the database, -wal, -shm, anything else). */
function filesIn(folder: string): { name: string; bytes: string }[] {
  return readdirSync(folder)
    .filter((f) => statSync(join(folder, f)).isFile())
    .map((f) => ({ name: f, bytes: readFileSync(join(folder, f)).toString('latin1').toLowerCase() }));
}
/** `strings | grep -i`: which files hold which of the needles. */
function scan(folder: string, needles: string[]): string[] {
  const found: string[] = [];
  for (const f of filesIn(folder))
    for (const n of needles) if (f.bytes.includes(n.toLowerCase())) found.push(`${n} in ${f.name}`);
  return found;
}

describe('2. erase and purge leave no bytes of the person in any file (SQLite: the files are the receiver’s)', () => {
  test('erase: the email, its index entry, the name and the free-text need are gone from the database, -wal and -shm — while running and after a clean stop', async () => {
    const folder = dir();
    const config = testConfig(folder, { outboxIntervalMs: 60_000 });
    const receiver = await startReceiver(config);
    const email = 'Erase.Scan.Q7@Example.org';
    const secrets = ['erase.scan.q7@example.org', 'Scanname Quentin', 'I use a wheelchair QX7', 'Needs-note-QX7'];
    const person = (i: number, extra: Record<string, unknown> = {}) =>
      payload(800_000 + i, {
        email,
        name: 'Scanname Quentin',
        eventId: 'launch',
        accessNeeds: { needs: ['step-free'], other: 'I use a wheelchair QX7' },
        ...extra,
      });
    try {
      assert.equal((await postJson(receiver.url, person(1))).status, 201);
      for (let i = 0; i < 20; i++)
        assert.equal(
          (
            await postJson(
              receiver.url,
              payload(810_000 + i, { accessNeeds: { needs: ['captions'], other: `keep-note-${i}` } }),
            )
          ).status,
          201,
        );
      // Part of the person in the main file (checkpointed), part only in the WAL.
      receiver.store.sqlite?.pragma('wal_checkpoint(PASSIVE)');
      assert.equal(
        (
          await postJson(
            receiver.url,
            person(2, { list: 'events', accessNeeds: { needs: [], other: 'Needs-note-QX7' } }),
          )
        ).status,
        201,
      );
      assert.ok(scan(folder, secrets).length > 0, 'the scan finds the person before erase (it can see the files)');

      const r = await cli(config, 'erase', email);
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /2 sign-ups, 2 access needs/);
      assert.deepEqual(scan(folder, secrets), [], 'after erase, service still running');
      assert.ok(scan(folder, ['person810000@example.org', 'keep-note-19']).length >= 2, 'everyone else is still there');
    } finally {
      await receiver.close();
    }
    assert.deepEqual(scan(folder, secrets), [], 'after a clean stop');
    assert.ok(scan(folder, ['person810000@example.org', 'keep-note-19']).length >= 2);
  });

  test('purge: access needs past retention are gone from every file, the sign-up stays', async () => {
    const folder = dir();
    const events = join(folder, 'events.json');
    writeFileSync(events, JSON.stringify([{ id: 'past-event', start: '2020-01-01T18:00:00Z' }]));
    const config = testConfig(folder, { eventsFile: events, retentionDays: 30 });
    const receiver = await startReceiver(config);
    const secret = 'Purge-me-wheelchair-PZ9';
    try {
      for (let i = 0; i < 10; i++)
        assert.equal(
          (
            await postJson(
              receiver.url,
              payload(820_000 + i, { accessNeeds: { needs: ['captions'], other: `stays-${i}` } }),
            )
          ).status,
          201,
        );
      receiver.store.sqlite?.pragma('wal_checkpoint(PASSIVE)');
      assert.equal(
        (
          await postJson(
            receiver.url,
            payload(820_100, { eventId: 'past-event', accessNeeds: { needs: ['quiet-room'], other: secret } }),
          )
        ).status,
        201,
      );
      receiver.store.sqlite?.pragma('wal_checkpoint(PASSIVE)');
      assert.equal(
        (
          await postJson(
            receiver.url,
            payload(820_101, { eventId: 'past-event', accessNeeds: { needs: ['quiet-room'], other: `${secret}-wal` } }),
          )
        ).status,
        201,
      );
      assert.ok(scan(folder, [secret]).length > 0);
      const r = await cli(config, 'purge');
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /Purged 2 access-needs records/);
      assert.deepEqual(scan(folder, [secret]), [], 'after purge, service still running');
      // The service's own (hourly) purge does the same.
      assert.equal(
        (
          await postJson(
            receiver.url,
            payload(820_102, {
              eventId: 'past-event',
              accessNeeds: { needs: ['quiet-room'], other: `${secret}-hourly` },
            }),
          )
        ).status,
        201,
      );
      assert.equal(await receiver.store.purge(), 1);
      assert.deepEqual(scan(folder, [secret]), [], 'after the service’s purge');
      assert.ok(
        scan(folder, ['person820100@example.org', 'stays-9']).length >= 2,
        'the sign-ups and the others’ needs stay',
      );
    } finally {
      await receiver.close();
    }
    assert.deepEqual(scan(folder, [secret]), [], 'after a clean stop');
  });
});

describe('2. erase and purge on PostgreSQL: no row, and no dead tuple or index entry left in the pages (VACUUM)', () => {
  /** Tuples (live or dead) and email index entries in the pages holding `needle` (as stored), read with pageinspect. */
  async function inPages(store: Store, needle: string): Promise<string[]> {
    await rows(store, 'CREATE EXTENSION IF NOT EXISTS pageinspect');
    const found: string[] = [];
    const hex = Buffer.from(needle.toLowerCase()).toString('hex');
    for (const rel of ['sign_ups', 'access_needs', 'outbox', 'sign_ups_email']) {
      const blocks = Number(
        await value(store, "SELECT pg_relation_size(?::regclass) / current_setting('block_size')::int", [rel]),
      );
      for (let b = 0; b < blocks; b++) {
        const hits =
          rel === 'sign_ups_email'
            ? b === 0
              ? 0
              : Number(
                  await value(store, 'SELECT count(*) FROM bt_page_items(?, ?) WHERE position(? IN data) > 0', [
                    rel,
                    b,
                    hex.match(/../g)!.join(' ').slice(0, 60),
                  ]),
                )
            : Number(
                await value(
                  store,
                  "SELECT count(*) FROM heap_page_items(get_raw_page(?, ?)) WHERE t_data IS NOT NULL AND position(convert_to(?, 'UTF8') IN t_data) > 0",
                  [rel, b, needle],
                ),
              );
        if (hits) found.push(`${needle} in ${rel} page ${String(b)}`);
      }
    }
    return found;
  }

  test('erase: the email, the name and the free-text need are in no tuple, live or dead, and no index entry', async () => {
    const config = await engineConfig('postgresql', dir(), {
      outboxIntervalMs: 60_000,
      adapter: 'buttondown',
      providerKey: 'k',
      providerUrl: 'http://127.0.0.1:9/v1',
    });
    const receiver = await startReceiver(config);
    const secrets = ['erase.pg.q7@example.org', 'Pgname Quentin', 'I use a wheelchair PG7'];
    try {
      for (let i = 0; i < 10; i++) assert.equal((await postJson(receiver.url, payload(880_000 + i))).status, 201);
      const person = payload(880_100, {
        email: 'Erase.PG.Q7@Example.org',
        name: 'Pgname Quentin',
        accessNeeds: { needs: ['step-free'], other: 'I use a wheelchair PG7' },
      });
      assert.equal((await postJson(receiver.url, person)).status, 201);
      assert.ok((await inPages(receiver.store, secrets[0]!)).length > 0, 'the page scan finds the person before erase');
      const r = await cli(config, 'erase', 'erase.pg.q7@example.org');
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /1 sign-ups, 1 access needs, 1 outbox items/);
      const left = (await Promise.all(secrets.map((x) => inPages(receiver.store, x)))).flat();
      assert.deepEqual(left, [], 'no tuple, dead or alive, and no index entry holds the person');
      assert.ok((await inPages(receiver.store, 'person880009@example.org')).length > 0, 'everyone else is still there');
    } finally {
      await receiver.close();
    }
  });

  test('purge: a purged need is in no tuple', async () => {
    const folder = dir();
    const events = join(folder, 'events.json');
    writeFileSync(events, JSON.stringify([{ id: 'past-event', start: '2020-01-01T18:00:00Z' }]));
    const config = await engineConfig('postgresql', folder, { eventsFile: events });
    const receiver = await startReceiver(config);
    try {
      assert.equal(
        (
          await postJson(
            receiver.url,
            payload(880_200, { eventId: 'past-event', accessNeeds: { needs: ['quiet-room'], other: 'Purge-me-PG9' } }),
          )
        ).status,
        201,
      );
      assert.equal(
        (await postJson(receiver.url, payload(880_201, { accessNeeds: { needs: ['captions'], other: 'stays-PG9' } })))
          .status,
        201,
      );
      assert.ok((await inPages(receiver.store, 'Purge-me-PG9')).length > 0);
      assert.equal(await receiver.store.purge(), 1);
      assert.deepEqual(await inPages(receiver.store, 'Purge-me-PG9'), []);
      assert.ok((await inPages(receiver.store, 'stays-PG9')).length > 0);
    } finally {
      await receiver.close();
    }
  });
});

for (const engine of ENGINES) {
  describe(`3. equality answers cannot be linked to a sign-up (${engine})`, () => {
    equalitySuite(engine);
  });
}

function equalitySuite(engine: EngineName) {
  const options = storeOptions();
  const genders = ['woman', 'man', 'non-binary', 'self-describe', 'prefer-not-to-say'] as const;
  const people = Array.from(
    { length: 30 },
    (_, i) =>
      payload(830_000 + i, {
        equality: {
          gender: genders[i % genders.length],
          trans: i === 7 ? 'yes' : 'no',
          ...(i % 5 === 3 ? { genderSelfDescribe: `word-${String(29 - i).padStart(2, '0')}` } : {}),
        },
      }) as unknown as SignUpPayload,
  );
  // The receiver's own bookkeeping holds nobody: the schema versions (when each migration ran), the database's random id.
  const BOOKKEEPING = ['ctkit_schema', 'ctkit_meta'];
  /**
   * Every table but the ones that hold people, every column. SQLite: in the order it returns them (natural order).
   * PostgreSQL: in key order — it has no order without ORDER BY, and the README says what its pages may show.
   */
  async function otherTables(store: Store): Promise<Record<string, unknown[]>> {
    const names = await column(
      store,
      engine === 'sqlite'
        ? "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
        : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    const kept = (names as string[]).filter((n) => !['sign_ups', 'access_needs', 'outbox', ...BOOKKEEPING].includes(n));
    const order = (n: string) =>
      engine === 'sqlite' ? '' : n === 'equality_counts' ? ' ORDER BY 1, 2, 3, 4, 5' : ' ORDER BY 1';
    const tables = await Promise.all(
      kept.map(async (n): Promise<[string, unknown[]]> => [n, await rows(store, `SELECT * FROM "${n}"${order(n)}`)]),
    );
    return Object.fromEntries(tables);
  }
  async function storeAll(list: SignUpPayload[]): Promise<Store> {
    const store = await openStore(await engineConfig(engine, dir()));
    const now = new Date('2026-12-02T10:00:00Z');
    for (const [i, p] of list.entries())
      await store.store(p, { ...options, key: p.submissionId, now: new Date(now.getTime() + i * 1000) });
    return store;
  }

  test('the row-order join finds nothing: what is kept is the same whatever order people arrived in', async () => {
    const a = await storeAll(people);
    const b = await storeAll([...people].reverse());
    const kept = await otherTables(a);
    assert.deepEqual(kept, await otherTables(b), 'arrival order leaves no trace in what is kept');
    // The attacker's join: the nth sign-up (by id) with the nth equality row.
    const signUps = await rows<{ id: number; email: string }>(a, 'SELECT id, email FROM sign_ups ORDER BY id');
    const keptRows = Object.values(kept).flat();
    let linked = 0;
    signUps.forEach((s, n) => {
      const p = people.find((x) => x.email === s.email)!;
      const word = p.equality?.genderSelfDescribe;
      if (word && JSON.stringify(keptRows[n] ?? null).includes(word)) linked += 1;
    });
    assert.equal(linked, 0);
    // Nothing shared with the sign-up row: no id, no time finer than the month, no email.
    const text = JSON.stringify(kept);
    assert.ok(!text.includes('person83'), 'no email');
    assert.ok(!/2026-12-02|T10:/.test(text), 'no date or time finer than the month');
    assert.ok(!/"(id|sign_up_id|rowid)"/.test(text), 'no row id');
    if (engine === 'sqlite') {
      for (const name of Object.keys(kept))
        await assert.rejects(rows(a, `SELECT rowid FROM "${name}"`), /no such column/, `${name} has no rowid`);
    } else {
      // PostgreSQL's rowid-like trace is the writing transaction's id (xmin), which the sign-up row carries too: every
      // count row of the group carries the last response's, so none links to an earlier person's sign-up.
      const xmins = new Set(await column(a, 'SELECT xmin::text FROM equality_counts'));
      assert.equal(xmins.size, 1, 'one transaction id on every count row');
      const signUpXmins = await column(a, 'SELECT xmin::text FROM sign_ups ORDER BY id');
      assert.deepEqual(
        signUpXmins.slice(0, -1).filter((x) => xmins.has(x)),
        [],
        'no earlier sign-up shares a transaction id with the counts',
      );
    }
    // The one person who answered trans: yes is a count, not a row of their answers.
    assert.ok(
      !keptRows.some((r) => JSON.stringify(r).includes('"gender"') && JSON.stringify(r).includes('"trans"')),
      'no row holds one person’s answers together',
    );
    await a.close();
    await b.close();
  });

  test('erase leaves the counts (nobody can be found in them) and says so', async () => {
    const folder = dir();
    const config = await engineConfig(engine, folder);
    const receiver = await startReceiver(config);
    assert.equal(
      (await postJson(receiver.url, payload(840_001, { email: 'eq@example.org', equality: { disability: 'yes' } })))
        .status,
      201,
    );
    await receiver.close();
    const r = await cli(config, 'erase', 'eq@example.org');
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /1 sign-ups/);
    assert.match(r.out, /[Ee]quality answers are kept only as counts/);
  });
}

describe('a database from an older receiver', () => {
  test('its one-row-per-person equality answers become counts, the old table is gone, and nothing deleted before is left in the file', async () => {
    const { default: Database } = await import('better-sqlite3');
    const folder = dir();
    const file = join(folder, 'old.sqlite');
    // The schema as the receiver had it before (user_version 1), without secure_delete.
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec(`CREATE TABLE sign_ups (id INTEGER PRIMARY KEY, submission_key TEXT NOT NULL UNIQUE, list TEXT NOT NULL, event_id TEXT,
      email TEXT NOT NULL, email_norm TEXT NOT NULL, name TEXT, organisation TEXT, member_type TEXT, community_type TEXT, region TEXT,
      experience TEXT, interests TEXT, locale TEXT NOT NULL, consent_text TEXT NOT NULL, consent_version TEXT NOT NULL,
      consent_privacy_url TEXT NOT NULL, consent_at TEXT NOT NULL, received_at TEXT NOT NULL, page_url TEXT, spam TEXT, status TEXT NOT NULL);
      CREATE INDEX sign_ups_email ON sign_ups (email_norm);
      CREATE TABLE equality_answers (id INTEGER PRIMARY KEY, list TEXT NOT NULL, event_id TEXT, answers TEXT NOT NULL, received_month TEXT NOT NULL);
      PRAGMA user_version = 1;`);
    const add =
      old.prepare(`INSERT INTO sign_ups (submission_key, list, email, email_norm, locale, consent_text, consent_version, consent_privacy_url,
      consent_at, received_at, status) VALUES (?, 'newsletter', ?, ?, 'en', 'I agree', 'v1', 'https://example.org/p', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'subscribed')`);
    add.run('old-key-0001', 'kept-old@example.org', 'kept-old@example.org');
    add.run('old-key-0002', 'erased-before@example.org', 'erased-before@example.org');
    old.prepare("DELETE FROM sign_ups WHERE submission_key = 'old-key-0002'").run(); // an erase before secure_delete
    const eq = old.prepare(
      "INSERT INTO equality_answers (list, event_id, answers, received_month) VALUES ('newsletter', NULL, ?, '2026-01')",
    );
    eq.run('{"disability":"yes","genderSelfDescribe":"old-words"}');
    eq.run('{"disability":"no"}');
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    assert.ok(scan(folder, ['erased-before@example.org']).length > 0, 'the old erase left the bytes');

    const store = await openStore({ database: file });
    const counts = await rows(
      store,
      'SELECT question, answer, count FROM equality_counts WHERE count > 0 ORDER BY question, answer',
    );
    assert.deepEqual(counts, [
      { question: '*', answer: '*', count: 2 },
      { question: 'disability', answer: 'no', count: 1 },
      { question: 'disability', answer: 'yes', count: 1 },
      { question: 'genderSelfDescribe', answer: 'old-words', count: 1 },
    ]);
    assert.equal(await value(store, "SELECT count(*) FROM sqlite_schema WHERE name = 'equality_answers'"), 0);
    assert.equal(store.schemaVersion, 4);
    await store.store(payload(870_001) as unknown as SignUpPayload, {
      key: 'new-key-0001',
      status: 'subscribed',
      spam: null,
      forwardTo: null,
      retentionDays: 30,
      eventDate: null,
    });
    await store.close();
    assert.deepEqual(
      scan(folder, ['erased-before@example.org', '{"disability"']),
      [],
      'rebuilt: nothing deleted earlier is left',
    );
    assert.ok(scan(folder, ['kept-old@example.org', 'person870001@example.org']).length >= 2);
  });
});

describe('4. only the service’s user can read what the receiver writes', () => {
  test('the database folder is created 0700; the database, -wal and -shm are 0600 — also over an existing 0644 file', async () => {
    const old = process.umask(0o022);
    try {
      const folder = join(dir(), 'data');
      const config = testConfig(folder);
      const receiver = await startReceiver(config);
      try {
        assert.equal((await postJson(receiver.url, payload(850_001))).status, 201);
        assert.equal(statSync(folder).mode & 0o777, 0o700, 'folder');
        for (const f of ['receiver.sqlite', 'receiver.sqlite-wal', 'receiver.sqlite-shm']) {
          assert.ok(existsSync(join(folder, f)), f);
          assert.equal(statSync(join(folder, f)).mode & 0o777, 0o600, f);
        }
      } finally {
        await receiver.close();
      }
      // A database left readable by others (an older receiver, a copy): tightened when opened.
      chmodSync(config.database, 0o644);
      const again = await startReceiver(config);
      try {
        assert.equal((await postJson(again.url, payload(850_002))).status, 201);
        for (const f of ['receiver.sqlite', 'receiver.sqlite-wal', 'receiver.sqlite-shm'])
          assert.equal(statSync(join(folder, f)).mode & 0o777, 0o600, `${f} after reopening`);
      } finally {
        await again.close();
      }
      // The admin CLI opening the file does not widen anything either.
      assert.equal((await cli(config, 'stats')).code, 0);
      assert.equal(statSync(config.database).mode & 0o777, 0o600);
    } finally {
      process.umask(old);
    }
  });
});

for (const engine of ENGINES) {
  describe(`5. one Idempotency-Key, one sign-up (${engine})`, () => {
    keySuite(engine);
  });
}

function keySuite(engine: EngineName) {
  test('the same key with a different body → 422 with a clear error, on either instance; the same body is still a replay', async () => {
    const folder = dir();
    const config = await engineConfig(engine, folder);
    const stores = [await openStore(config), await openStore(config)] as const;
    const apps = [await buildApp({ config, store: stores[0] }), await buildApp({ config, store: stores[1] })] as const;
    const key = 'shared-key-0001';
    const first = payload(860_001, { email: 'first@example.org' });
    const second = payload(860_002, { email: 'second@example.org' });
    const send = (i: 0 | 1, body: unknown, headers: Record<string, string> = { 'idempotency-key': key }) =>
      apps[i].inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/json', ...headers },
        payload: JSON.stringify(body),
      });
    try {
      assert.equal((await send(0, first)).statusCode, 201);
      for (const i of [0, 1] as const) {
        const res = await send(i, second);
        assert.equal(res.statusCode, 422, `instance ${i}: ${res.body}`);
        assert.equal(res.headers['idempotent-replayed'], undefined);
        assert.match(
          res.json<{ errors: Record<string, string> }>().errors.submissionId ?? '',
          /already used for a different sign-up/,
        );
        const cy = await send(i, { ...second, locale: 'cy' });
        assert.equal(cy.statusCode, 422);
        assert.doesNotMatch(cy.body, /already used/, 'in Welsh for a Welsh form');
      }
      const replay = await send(1, first);
      assert.equal(replay.statusCode, 201, 'the same body is a replay');
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      // Without the header, the submissionId is the key: the same rule.
      const third = payload(860_003, { email: 'third@example.org' });
      assert.equal((await send(0, third, {})).statusCode, 201);
      const bySubmission = await send(1, { ...second, submissionId: third.submissionId }, {});
      assert.equal(bySubmission.statusCode, 422, bySubmission.body);
      // The no-JavaScript form reusing a submissionId: the form again, with the message.
      const form = await apps[1].inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          email: 'fourth@example.org',
          consent: 'yes',
          list: 'newsletter',
          locale: 'en',
          consentText: 'I agree',
          consentVersion: 'v1',
          privacyUrl: 'https://example.org/privacy',
          submissionId: key,
        }).toString(),
      });
      assert.equal(form.statusCode, 422, form.body);
      assert.match(form.body, /already used for a different sign-up/);
      assert.deepEqual(
        await column(stores[0], 'SELECT email FROM sign_ups ORDER BY id'),
        ['first@example.org', 'third@example.org'],
        'nobody else stored',
      );
    } finally {
      for (const a of apps) await a.close();
      for (const s of stores) await s.close();
    }
  });
}
