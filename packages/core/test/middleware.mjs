// Test endpoints for the pending-submission queue (packages/core/src/storage), on the test server.
//   POST /test-api/queue/status/<code>   answers with that status (429 adds Retry-After: 7)
//   POST /test-api/queue/flaky           500 for the first attempt of each Idempotency-Key, then 201
//   POST /test-api/queue/slow            answers 201 after 2 s
//   POST /test-api/queue/portal          302 to GET /test-api/queue/portal-page, a 200 HTML login page (a captive portal)
//   POST /test-api/queue/html200         200 with an HTML page (a proxy's or portal's page, not the receiver)
//   POST /test-api/queue/html403         403 with an HTML page (a firewall's)
//   GET  /test-api/queue/log             every POST seen: [{ path, key, body }]
//   DELETE /test-api/queue/log           forgets them
// Chromium and Firefox run at the same time: each test page passes ?run=<id> and gets its own log.
const runs = new Map();
function stateOf(ctx) {
  const run = ctx.query.run || 'default';
  if (!runs.has(run)) runs.set(run, { log: [], seen: new Set() });
  return runs.get(run);
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export default [
  async function queueEndpoints(ctx, next) {
    if (!ctx.path.startsWith('/test-api/queue/')) return next();
    const path = ctx.path.slice('/test-api/queue/'.length);
    const { log, seen } = stateOf(ctx);
    if (path === 'log') {
      if (ctx.method === 'DELETE') {
        log.length = 0;
        seen.clear();
        ctx.status = 204;
        return;
      }
      ctx.body = log;
      return;
    }
    if (path === 'portal-page') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Log in to the café Wi-Fi</title><p>Accept the terms to continue.</p>';
      return;
    }
    const key = ctx.get('Idempotency-Key');
    const raw = await readBody(ctx.req);
    log.push({ path, key, body: raw ? JSON.parse(raw) : null });
    if (path === 'portal') {
      ctx.redirect('/test-api/queue/portal-page');
      return;
    }
    if (path === 'html200' || path === 'html403') {
      ctx.status = path === 'html200' ? 200 : 403;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not the receiver</title>';
      return;
    }
    if (path === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      ctx.status = 201;
      ctx.body = { status: 'subscribed' };
      return;
    }
    if (path === 'flaky') {
      if (!seen.has(key)) {
        seen.add(key);
        ctx.status = 500;
        ctx.body = { error: 'try again' };
        return;
      }
      ctx.status = 201;
      ctx.body = { status: 'subscribed' };
      return;
    }
    const code = Number(path.split('/')[1]);
    ctx.status = code;
    if (code === 429) ctx.set('Retry-After', '7');
    if (code !== 204) ctx.body = { code };
  },
];
