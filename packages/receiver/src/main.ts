// `ctkit-receiver serve`: the sign-up service. Configuration: packages/receiver/README.md.
import { loadConfig, type ReceiverConfig } from './config.js';
import { startReceiver } from './server.js';

export async function serve(argv: string[], overrides: Partial<ReceiverConfig> = {}): Promise<void> {
  const config = loadConfig(argv, process.env, overrides);
  const receiver = await startReceiver(config);
  const shown = receiver.url.replace('127.0.0.1', 'localhost');
  console.log(`ctkit receiver listening on ${receiver.url}
  sign-ups:  POST ${shown}/api/sign-ups   (health: ${shown}/api/health)
  database:  ${receiver.store.engine === 'postgresql' ? `${receiver.store.where} (PostgreSQL, schema ${receiver.store.schemaVersion})` : `${config.database} (SQLite, WAL)`}
  provider:  ${config.adapter === 'none' ? 'none — sign-ups are stored here only' : `${config.adapter} (${config.providerUrl})`}
  origins:   ${config.allowedOrigins.join(', ')}${config.staticRoots.length ? `\n  pages:     ${config.staticRoots.join(', ')}` : ''}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`ctkit receiver: ${signal}, closing`);
    receiver.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}
