import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { ReceiverConfig } from './config.js';
import { Store, openStore } from './db.js';
import { type Adapter, type OutboxWorker, adapterFor, startOutboxWorker } from './outbox.js';

export interface RunningReceiver {
  app: FastifyInstance;
  store: Store;
  worker: OutboxWorker | null;
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  close(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;
const RATE_WINDOW = 60_000;

/** Opens the database (migrating it), starts the HTTP server, the outbox worker and the hourly access-needs purge. */
export async function startReceiver(
  config: ReceiverConfig,
  { adapter = adapterFor(config) }: { adapter?: Adapter | null } = {},
): Promise<RunningReceiver> {
  const store = await openStore(config);
  // Safe from any number of instances: a purge deletes by date, so two at once delete each row once.
  const housekeeping = () =>
    Promise.all([
      store.purge(),
      config.rateLimit > 0 && store.engine === 'postgresql' ? store.sweepRateLimits(RATE_WINDOW) : undefined,
    ]).catch((error: unknown) => {
      console.error(
        `ctkit receiver: housekeeping failed (${error instanceof Error ? error.message : 'unknown error'}); retried next hour`,
      );
    });
  await housekeeping();
  const purgeTimer = setInterval(() => void housekeeping(), HOUR);
  purgeTimer.unref();
  const app = await buildApp({ config, store });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const worker = adapter ? startOutboxWorker(store, adapter, config) : null;
  let closed = false;
  return {
    app,
    store,
    worker,
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(purgeTimer);
      await app.close();
      await worker?.stop();
      await store.close();
    },
  };
}
