import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig, type ReceiverConfig } from '../src/config.js';
import { openStore, rawQuery, type EngineName, type Store, type StoreOptions } from '../src/db.js';
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
export async function engineConfig(
  engine: EngineName,
  dir: string,
  overrides: Partial<ReceiverConfig> = {},
): Promise<ReceiverConfig> {
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
  return {
    dir,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const scratch: (() => void)[] = [];
after(() => {
  for (const cleanup of scratch.splice(0)) cleanup();
});
/** A fresh temporary folder, removed when the test file has run. */
export function dir(): string {
  const t = tempDir();
  scratch.push(t.cleanup);
  return t.dir;
}

/** How a sign-up is stored when the app has accepted it: subscribed, not spam, kept 30 days. */
export function storeOptions(overrides: Partial<StoreOptions> = {}): StoreOptions {
  return {
    key: '',
    status: 'subscribed',
    spam: null,
    forwardTo: null,
    retentionDays: 30,
    eventDate: null,
    ...overrides,
  };
}

/** `--database <file>` or `--database-url <url>`: how a child process and the CLI are pointed at the database. */
export const databaseArgs = (config: ReceiverConfig): string[] =>
  config.databaseUrl ? ['--database-url', config.databaseUrl] : ['--database', config.database];

const bin = fileURLToPath(new URL('../bin/ctkit-receiver.mjs', import.meta.url));
/** Runs the receiver's command line against a configuration's database (or a SQLite file's path). */
export function cli(
  target: ReceiverConfig | string,
  ...args: string[]
): Promise<{ code: number | null; out: string; err: string }> {
  const database = typeof target === 'string' ? ['--database', target] : databaseArgs(target);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args, ...database], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => {
      resolve({ code, out, err });
    });
  });
}

/** Reads the database through a store of its own (the receiver that wrote it may be gone). */
export async function inspect<T>(config: ReceiverConfig, read: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

/** Test configuration: loopback, a free port, no rate limit unless asked, no environment leaking in. */
export function testConfig(dir: string, overrides: Partial<ReceiverConfig> = {}): ReceiverConfig {
  return loadConfig(
    [],
    {},
    { port: 0, host: '127.0.0.1', database: join(dir, 'receiver.sqlite'), databaseUrl: '', rateLimit: 0, ...overrides },
  );
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
export async function postWithRetry(
  url: string,
  body: Record<string, unknown>,
  tries = 5,
): Promise<{ res: Response; retries: number }> {
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

/**
 * `ctkit-receiver serve --port 0 …args` in a child process; resolves with its address once it says it is
 * listening. `env` replaces the child's environment when given (DATABASE_URL runs).
 */
export function serveInChild(args: string[], env?: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(env ? { env } : {}),
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`receiver did not start: ${out}`));
      // A bound, not a measure: starting node + tsx took over 15 s on the shared 2-core machine under a full test run.
    }, 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`receiver exited (${String(code)}): ${out}`));
    });
  });
}
