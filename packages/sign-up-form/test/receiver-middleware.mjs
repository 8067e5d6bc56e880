// The real @ctkit/receiver (issue 7) on loopback, for the sign-up form's end-to-end tests. One receiver
// per test page (`?run=<id>`: Chromium and Firefox test at the same time), started on first use with
// its own temporary SQLite database, CORS for any origin and no rate limit. The receiver is TypeScript
// run without a build, so it is loaded through tsx.
//   GET /test-api/receiver?run=…                 → { url }   (starts it if needed)
//   PUT /test-api/receiver/down?run=… | /up?run=… stops it / starts it again on the same port and database
//   GET /test-api/receiver/records?run=…&email=… → [{ submission_key, email, status, consent_version, … }]
import { mkdtempSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let mod;
const receivers = new Map();

async function start(run) {
  if (!mod) {
    // As the receiver's own bin does: @ctkit/core is read from its sources (no build needed).
    register('../../receiver/bin/source-conditions.mjs', import.meta.url);
    mod = await (await import('tsx/esm/api')).tsImport('../../receiver/src/index.ts', import.meta.url);
  }
  let r = receivers.get(run);
  if (!r) {
    r = {
      port: 0,
      database: join(mkdtempSync(join(tmpdir(), 'ctkit-sign-up-e2e-')), 'receiver.sqlite'),
      running: undefined,
    };
    receivers.set(run, r);
  }
  if (!r.running) {
    const config = mod.loadConfig(
      [],
      {},
      { port: r.port, host: '127.0.0.1', database: r.database, rateLimit: 0, allowedOrigins: ['*'] },
    );
    r.running = await mod.startReceiver(config, { adapter: null });
    r.port = Number(new URL(r.running.url).port);
  }
  return r.running;
}

export default [
  async function realReceiver(ctx, next) {
    if (!ctx.path.startsWith('/test-api/receiver')) return next();
    const run = String(ctx.query.run || 'default');
    if (ctx.path === '/test-api/receiver') {
      ctx.body = { url: (await start(run)).url };
    } else if (ctx.method === 'PUT' && ctx.path === '/test-api/receiver/down') {
      const r = receivers.get(run);
      await r?.running?.close();
      if (r) r.running = undefined;
      ctx.status = 204;
    } else if (ctx.method === 'PUT' && ctx.path === '/test-api/receiver/up') {
      await start(run);
      ctx.status = 204;
    } else if (ctx.path === '/test-api/receiver/records') {
      ctx.body = await (
        await start(run)
      ).store.db
        .selectFrom('sign_ups')
        .select(['submission_key', 'email', 'status', 'consent_version', 'consent_text', 'locale'])
        .where('email', '=', String(ctx.query.email ?? ''))
        .orderBy('id')
        .execute();
    } else {
      return next();
    }
  },
];
