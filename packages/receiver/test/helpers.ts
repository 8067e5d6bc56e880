import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ReceiverConfig } from '../src/config.js';
import { rawQuery, type EngineName, type Store } from '../src/db.js';
import { startPostgres, type PostgresCluster } from './postgres.js';

/** Every receiver test that touches storage runs once per engine: SQLite, and a real PostgreSQL started here. */
export const ENGINES: readonly EngineName[] = ['sqlite', 'postgresql'];

let cluster: Promise<PostgresCluster> | undefined;
/** One PostgreSQL cluster per test process, started on first use; stopped and deleted when the process exits. */
export function postgres(): Promise<PostgresCluster> {
  cluster ??= startPostgres();
  return cluster;
}

/** Test configuration on an engine: a fresh SQLite file in `dir`, or a fresh PostgreSQL database. */
export async function engineConfig(engine: EngineName, dir: string, overrides: Partial<ReceiverConfig> = {}): Promise<ReceiverConfig> {
  const databaseUrl = engine === 'postgresql' ? await (await postgres()).createDatabase() : '';
  return testConfig(dir, { databaseUrl, ...overrides });
}

/** Rows of one raw statement (`?` placeholders on both engines). */
export function rows<T = Record<string, unknown>>(store: Store, text: string, params: unknown[] = []): Promise<T[]> {
  return rawQuery<T>(store, text, params);
}

/** The first column of the first row (undefined when none). */
export async function value(store: Store, text: string, params: unknown[] = []): Promise<unknown> {
  const [row] = await rawQuery(store, text, params);
  return row ? Object.values(row)[0] : undefined;
}

/** A column of every row. */
export async function column(store: Store, text: string, params: unknown[] = []): Promise<unknown[]> {
  return (await rawQuery(store, text, params)).map((r) => Object.values(r)[0]);
}

/** count(*) of a table, as a number on both engines. */
export async function count(store: Store, table: string, where = ''): Promise<number> {
  return Number(await value(store, `SELECT count(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`));
}

/** A fresh temporary folder for one test's database; removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ctkit-receiver-'));
  return { dir, cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Test configuration: loopback, a free port, no rate limit unless asked, no environment leaking in. */
export function testConfig(dir: string, overrides: Partial<ReceiverConfig> = {}): ReceiverConfig {
  return loadConfig([], {}, { port: 0, host: '127.0.0.1', database: join(dir, 'receiver.sqlite'), databaseUrl: '', rateLimit: 0, ...overrides });
}

let n = 0;

/** A valid sign-up payload; `i` makes the email and submissionId unique. */
export function payload(i = ++n, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submissionId: `sub-${String(i).padStart(6, '0')}-${process.pid}`,
    list: 'newsletter',
    email: `person${i}@example.org`,
    locale: 'en',
    consent: {
      given: true,
      text: 'I agree to receive emails from Community Tech Network. I can unsubscribe at any time.',
      textVersion: '2026-11',
      privacyUrl: 'https://example.org/privacy',
      at: '2026-11-25T10:00:00.000Z',
    },
    pageUrl: 'https://partner.example/join?utm_source=x#top',
    ...extra,
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/sign-ups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/**
 * POSTs a sign-up as the widget does: if the connection fails before an answer (a socket reset on a machine
 * starved of CPU), it is sent again with the same Idempotency-Key. Resolves with the answer and how many retries.
 */
export async function postWithRetry(url: string, body: Record<string, unknown>, tries = 5): Promise<{ res: Response; retries: number }> {
  for (let retries = 0; ; retries++) {
    try {
      return { res: await postJson(url, body, { 'idempotency-key': body.submissionId as string }), retries };
    } catch (error) {
      if (retries + 1 >= tries) throw error;
    }
  }
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i] as T);
      }
    }),
  );
  return results;
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
