export { buildApp, payloadFromForm } from './app.js';
export { loadConfig, type ReceiverConfig } from './config.js';
export { Store, openStore } from './db.js';
export { buttondownAdapter, startOutboxWorker, type Adapter, type Forwardable } from './outbox.js';
export { startReceiver, type RunningReceiver } from './server.js';
export { exportList, stats } from './cli.js';
