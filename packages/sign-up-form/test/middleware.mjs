// A small sign-up receiver on the test server (real HTTP on loopback), shaped like @ctkit/receiver:
//   POST /test-api/sign-ups/<scenario>
//     ok                 201 { status: 'subscribed' }
//     pending            201 { status: 'pending-confirmation' }
//     5xx-then-ok        503 the first time an Idempotency-Key is seen, then 201
//     422                422 { errors: { email: …, name: … } }
//     429                429 with Retry-After: 120
//     413                413
//     slow               201 after 3 s
//     drop               destroys the socket (a network failure)
//     portal             302 to the core tests' portal page (a captive portal's 200 HTML login page)
//     flaky-network      like `drop` while the network is "down", like `ok` when it is "up"
//   PUT /test-api/sign-ups/network/down | up   switches flaky-network
//   Records are stored once per Idempotency-Key (as the receiver does). Every URL takes ?run=<id>:
//   state is kept per run, as Chromium and Firefox test at the same time.
//   GET    /test-api/sign-ups  → { attempts: [{ scenario, key, body }], records: [{ key, body }] }
//   DELETE /test-api/sign-ups  → forgets everything
// Chromium and Firefox run the tests at the same time against this one server: each test page
// passes its own `?run=<id>` and gets its own state.
import receiverMiddleware from './receiver-middleware.mjs';
const runs = new Map();
function stateOf(ctx) {
  const run = ctx.query.run || 'default';
  let state = runs.get(run);
  if (!state) {
    state = { attempts: [], records: new Map(), failedOnce: new Set(), networkDown: false };
    runs.set(run, state);
  }
  return state;
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export default [
  async function signUpEndpoint(ctx, next) {
    if (ctx.path !== '/test-api/sign-ups' && !ctx.path.startsWith('/test-api/sign-ups/')) return next();
    const { attempts, records, failedOnce } = stateOf(ctx);
    const state = stateOf(ctx);
    if (ctx.path === '/test-api/sign-ups') {
      if (ctx.method === 'DELETE') {
        attempts.length = 0;
        records.clear();
        failedOnce.clear();
        state.networkDown = false;
        ctx.status = 204;
        return;
      }
      ctx.body = { attempts, records: [...records].map(([key, body]) => ({ key, body })) };
      return;
    }
    if (ctx.method === 'PUT' && ctx.path.startsWith('/test-api/sign-ups/network/')) {
      state.networkDown = ctx.path.endsWith('/down');
      ctx.status = 204;
      return;
    }
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      return;
    }
    const scenario = ctx.path.slice('/test-api/sign-ups/'.length);
    const key = ctx.get('Idempotency-Key');
    const raw = await readBody(ctx.req);
    let body = null;
    try {
      body = JSON.parse(raw);
    } catch {
      ctx.status = 400;
      ctx.body = { errors: {} };
      return;
    }
    attempts.push({ scenario, key, body, contentType: ctx.get('Content-Type') });
    const store = (status) => {
      if (!records.has(key)) records.set(key, body);
      ctx.status = 201;
      ctx.body = { status };
    };
    switch (scenario) {
      case 'ok':
        return store('subscribed');
      case 'pending':
        return store('pending-confirmation');
      case '5xx-then-ok':
        if (!failedOnce.has(key)) {
          failedOnce.add(key);
          ctx.status = 503;
          ctx.body = { error: 'unavailable' };
          return;
        }
        return store('subscribed');
      case '422':
        ctx.status = 422;
        ctx.body = {
          errors: {
            email: 'This email address cannot receive messages',
            name: 'Name is too long for our mailing list',
          },
        };
        return;
      case '429':
        ctx.status = 429;
        ctx.set('Retry-After', '120');
        ctx.body = { error: 'slow down' };
        return;
      case '413':
        ctx.status = 413;
        return;
      case 'portal':
        ctx.redirect('/test-api/queue/portal-page');
        return;
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, 3000));
        return store('subscribed');
      case 'flaky-network':
        if (!state.networkDown) return store('subscribed');
      // falls through: the network is down
      case 'drop':
        attempts[attempts.length - 1].dropped = true;
        ctx.req.socket.destroy();
        ctx.respond = false;
        return;
      default:
        ctx.status = 404;
    }
  },
  ...receiverMiddleware,
];
