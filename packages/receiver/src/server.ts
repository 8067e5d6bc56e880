import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { ReceiverConfig } from './config.js';
import { Store, openDatabase } from './db.js';
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

/** Opens the database, starts the HTTP server, the outbox worker and the hourly access-needs purge. */
export async function startReceiver(config: ReceiverConfig, { adapter = adapterFor(config) }: { adapter?: Adapter | null } = {}): Promise<RunningReceiver> {
  const store = new Store(openDatabase(config.database));
  store.purge();
  const purgeTimer = setInterval(() => store.purge(), HOUR);
  purgeTimer.unref();
  const app = await buildApp({ config, store });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const worker = adapter ? startOutboxWorker(store.db, adapter, config) : null;
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
      store.db.close();
    },
  };
}
