// What the receiver promises at its edges (issue 15, items 6–13): only the provider's own yes is a delivery, emails
// that look alike are refused or found alike, bytes that are not UTF-8 are refused, slow clients are cut off, the
// rate limit keys on an address a client cannot choose, every answer carries the security headers and says nothing
// internal, logs hold no personal data, and a Welsh form gets Welsh answers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/db.js';
import { formPage } from '../src/html.js';
import { buttondownAdapter, startOutboxWorker } from '../src/outbox.js';
import { startReceiver } from '../src/server.js';
import type { SignUpPayload } from '@ctkit/core/schemas';
import { cli, column, count, dir, payload, rows, storeOptions, testConfig, value } from './helpers.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const queued = storeOptions({ forwardTo: 'buttondown' });

/** An app on a fresh database; `close` releases both. */
async function appWith(
  overrides: Parameters<typeof testConfig>[1] = {},
  options: { logStream?: NodeJS.WritableStream } = {},
) {
  const config = testConfig(dir(), overrides);
  const store = await openStore(config);
  const app = await buildApp({ config, store, ...options });
  return {
    app,
    store,
    signUps: () => count(store, 'sign_ups'),
    async close() {
      await app.close();
      await store.close();
    },
  };
}

const formFields = (fields: Record<string, string>) =>
  new URLSearchParams({
    list: 'newsletter',
    consent: 'yes',
    consentText: 'I agree to emails',
    consentVersion: 'v1',
    privacyUrl: 'https://example.org/privacy',
    ...fields,
  }).toString();

describe('6. only the provider’s own success is a delivery', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    test(`a ${status} redirect to a page that answers 200 is not a delivery: the sign-up stays queued, nothing followed`, async () => {
      const hits: string[] = [];
      const provider = createServer((req: IncomingMessage, res) => {
        hits.push(`${req.method ?? ''} ${req.url ?? ''}`);
        req.resume();
        req.on('end', () => {
          if (req.url === '/v1/subscribers') res.writeHead(status, { location: '/landing' }).end();
          else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Welcome</p>');
        });
      });
      await new Promise<void>((r) => provider.listen(0, '127.0.0.1', r));
      const config = testConfig(dir(), {
        adapter: 'buttondown',
        providerKey: 'k',
        providerUrl: `http://127.0.0.1:${(provider.address() as AddressInfo).port}/v1`,
        retryBaseMs: 1,
        retryMaxMs: 1,
      });
      const store = await openStore(config);
      await store.store(payload(900_001) as unknown as SignUpPayload, { ...queued, key: 'redirect-key-1' });
      const logged: string[] = [];
      const worker = startOutboxWorker(store, buttondownAdapter(config), config, {
        autoStart: false,
        log: (m) => logged.push(m),
      });
      try {
        assert.equal(await worker.runOnce(Date.now() + 1e9), 0, 'nothing delivered');
        const [row] = await rows(store, 'SELECT delivered_at, failed_at, attempts FROM outbox');
        assert.deepEqual(
          row,
          { delivered_at: null, failed_at: null, attempts: 0 },
          'still queued; a wrong PROVIDER_URL is the provider’s problem, not the sign-up’s',
        );
        assert.deepEqual(hits, ['POST /v1/subscribers'], 'the redirect is not followed');
        assert.match(logged.join('\n'), new RegExp(`HTTP ${status}.*redirect.*PROVIDER_URL`));
      } finally {
        await worker.stop();
        await store.close();
        provider.close();
      }
    });
  }
});

describe('7. emails that look alike', () => {
  const invisible = {
    'zero-width space': 'ana\u200b@example.org',
    'zero-width joiner': 'ana@exam\u200dple.org',
    'soft hyphen': 'ana\u00ad@example.org',
    'word joiner': 'ana@example.org\u2060',
    'right-to-left override': 'ana@\u202eelpmaxe.org',
    'left-to-right mark': '\u200eana@example.org',
    'first strong isolate': 'ana@example\u2068.org',
    'arabic letter mark': 'ana\u061c@example.org',
    'byte order mark': 'ana@ex\ufeffample.org',
    'tag character': 'ana@example.org\u{e0041}',
  };
  for (const [name, email] of Object.entries(invisible)) {
    test(`${name} in an email → 422 with a clear message, in Welsh too; nothing stored`, async () => {
      const a = await appWith();
      try {
        for (const locale of ['en', 'cy']) {
          const res = await a.app.inject({
            method: 'POST',
            url: '/api/sign-ups',
            headers: { 'content-type': 'application/json' },
            payload: JSON.stringify(payload(undefined, { email, locale })),
          });
          assert.equal(res.statusCode, 422, res.body);
          const message = res.json<{ errors: Record<string, string> }>().errors.email ?? '';
          assert.match(
            message,
            locale === 'en' ? /invisible characters or text direction marks/ : /nodau anweledig/,
            message,
          );
        }
        assert.equal(await a.signUps(), 0);
      } finally {
        await a.close();
      }
    });
  }

  test('erase finds an address whichever form its international domain was typed in (Unicode or xn--), rows stored before included', async () => {
    const config = testConfig(dir());
    const store = await openStore(config);
    const opts = { ...queued, forwardTo: null };
    await store.store(payload(910_001, { email: 'Ana@Bücher.example' }) as unknown as SignUpPayload, {
      ...opts,
      key: 'idn-key-0001',
    });
    await store.store(
      payload(910_002, { email: 'ana@xn--bcher-kva.example', list: 'events' }) as unknown as SignUpPayload,
      { ...opts, key: 'idn-key-0002' },
    );
    await store.store(payload(910_003, { email: 'bob@bücher.example' }) as unknown as SignUpPayload, {
      ...opts,
      key: 'idn-key-0003',
    });
    await store.store(payload(910_004, { email: 'keep@example.org' }) as unknown as SignUpPayload, {
      ...opts,
      key: 'idn-key-0004',
    });
    // bob's row as an older receiver (schema version 3) stored it: only lower-cased.
    await rows(store, "UPDATE sign_ups SET email_norm = 'bob@bücher.example' WHERE submission_key = 'idn-key-0003'");
    store.sqlite?.pragma('user_version = 3');
    await store.close();
    const ana = await cli(config.database, 'erase', 'ANA@xn--BCHER-kva.example');
    assert.equal(ana.code, 0, ana.out + ana.err);
    assert.match(ana.out, /2 sign-ups/);
    const bob = await cli(config.database, 'erase', 'bob@xn--bcher-kva.example');
    assert.match(bob.out, /1 sign-ups/);
    const left = await openStore(config);
    assert.deepEqual(await column(left, 'SELECT email FROM sign_ups'), ['keep@example.org']);
    await left.close();
  });
});

describe('8. what cannot be decoded is refused, not stored corrupted', () => {
  test('a form post from a Latin-1 page (name=Ren%E9e) → 400 with a clear page in the form’s language; nothing stored', async () => {
    const a = await appWith();
    try {
      for (const [locale, message] of [
        ['en', /not UTF-8/],
        ['cy', /nid yw’n destun UTF-8/],
      ] as const) {
        const res = await a.app.inject({
          method: 'POST',
          url: '/api/sign-ups',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: `locale=${locale}&${formFields({ email: 'renee@example.org' })}&name=Ren%E9e`,
        });
        assert.equal(res.statusCode, 400, res.body);
        assert.match(String(res.headers['content-type']), /text\/html/);
        assert.match(res.body, new RegExp(`<html lang="${locale}">`));
        assert.match(res.body, message);
        assert.ok(res.headers['content-security-policy']);
      }
      // Raw bytes that are not UTF-8, not percent-encoded.
      const raw = await a.app.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: Buffer.concat([
          Buffer.from(`${formFields({ email: 'renee@example.org' })}&name=Ren`),
          Buffer.from([0xe9]),
          Buffer.from('e'),
        ]),
      });
      assert.equal(raw.statusCode, 400, raw.body);
      assert.equal(await a.signUps(), 0);
    } finally {
      await a.close();
    }
  });

  test('invalid UTF-8 in JSON → 400 “not UTF-8”, not a silent U+FFFD; nothing stored', async () => {
    const a = await appWith();
    try {
      const [head, tail] = JSON.stringify(payload(undefined, { name: 'Ren__e' })).split('__');
      const res = await a.app.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/json' },
        payload: Buffer.concat([Buffer.from(head!), Buffer.from([0xe9]), Buffer.from(tail!)]),
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(res.json<{ error: string }>().error, /not UTF-8/);
      assert.equal(await a.signUps(), 0);
      // Real UTF-8 is of course fine.
      const ok = await a.app.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        payload: Buffer.from(JSON.stringify(payload(undefined, { name: 'Renée Siân' }))),
      });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(await value(a.store, 'SELECT name FROM sign_ups'), 'Renée Siân');
    } finally {
      await a.close();
    }
  });

  test('every form the project renders says accept-charset="utf-8"', () => {
    const forms: string[] = [];
    // The demo pages, the snippets partners copy (the stories show these too) and the READMEs' sign-up fallback.
    const files = ['packages/embed/demo', 'packages/embed/snippets'].flatMap((d) =>
      readdirSync(join(repoRoot, d))
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(repoRoot, d, f)),
    );
    for (const file of files)
      for (const m of readFileSync(file, 'utf8').matchAll(/<form\b[^>]*>/g)) forms.push(`${file}: ${m[0]}`);
    for (const file of ['README.md', 'packages/sign-up-form/README.md']) {
      for (const m of readFileSync(join(repoRoot, file), 'utf8').matchAll(/<form\b[^>]*api\/sign-ups[^>]*>/g))
        forms.push(`${file}: ${m[0]}`);
    }
    for (const m of formPage('en', { list: 'newsletter' }, {}).matchAll(/<form\b[^>]*>/g))
      forms.push(`receiver formPage: ${m[0]}`);
    assert.ok(forms.length >= 3, forms.join('\n'));
    const missing = forms.filter((f) => !f.includes('accept-charset="utf-8"'));
    assert.deepEqual(missing, []);
  });
});

describe('9. a slow client is cut off', () => {
  test(
    'a body trickling one byte at a time is closed after REQUEST_TIMEOUT_MS, with a 408 carrying the security headers',
    { timeout: 30_000 },
    async () => {
      const receiver = await startReceiver(testConfig(dir(), { requestTimeoutMs: 1000 }));
      const { port } = new URL(receiver.url);
      try {
        const socket = connect(Number(port), '127.0.0.1');
        let answer = '';
        let sent = 0;
        socket.on('data', (c: Buffer) => (answer += c.toString()));
        socket.on('error', () => undefined);
        await new Promise<void>((r) => socket.once('connect', r));
        socket.write(
          'POST /api/sign-ups HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{',
        );
        const trickle = setInterval(() => {
          if (socket.writable) {
            socket.write(' ');
            sent += 1;
          }
        }, 100);
        // Waits for the server to close the connection (the test's own timeout bounds the wait).
        await new Promise<void>((r) => {
          socket.once('close', () => {
            r();
          });
        });
        clearInterval(trickle);
        assert.ok(sent < 10_000, 'closed before the body was complete');
        assert.match(answer, /^HTTP\/1\.1 408 /);
        assert.match(answer, /content-security-policy: default-src 'none'/i);
        assert.match(answer, /x-content-type-options: nosniff/i);
      } finally {
        await receiver.close();
      }
    },
  );
});

describe('10. behind a proxy, a client cannot choose its own rate-limit key', () => {
  const send = (app: Awaited<ReturnType<typeof appWith>>['app'], xff: string) =>
    app.inject({
      method: 'POST',
      url: '/api/sign-ups',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': xff },
      payload: JSON.stringify(payload()),
    });

  for (const value of ['true', '1']) {
    test(`TRUST_PROXY=${value}: a spoofed X-Forwarded-For entry changes nothing; the address the proxy saw is the key`, async () => {
      const a = await appWith({ rateLimit: 1, trustProxy: loadConfig([], { TRUST_PROXY: value }).trustProxy });
      try {
        assert.equal((await send(a.app, 'spoof-1, 203.0.113.7')).statusCode, 201);
        assert.equal(
          (await send(a.app, '198.51.100.99, 203.0.113.7')).statusCode,
          429,
          'a new left-most entry is not a new person',
        );
        assert.equal((await send(a.app, '203.0.113.8')).statusCode, 201, 'another person behind the proxy');
      } finally {
        await a.close();
      }
    });
  }

  test('TRUST_PROXY=2 (two proxies) and a list of proxy addresses: the right-most address not a trusted proxy is the key', async () => {
    for (const trust of ['2', '127.0.0.1,10.0.0.0/8']) {
      const a = await appWith({ rateLimit: 1, trustProxy: loadConfig(['--trust-proxy', trust], {}).trustProxy });
      try {
        assert.equal((await send(a.app, 'spoof-1, 203.0.113.7, 10.0.0.2')).statusCode, 201, trust);
        assert.equal((await send(a.app, 'spoof-2, 203.0.113.7, 10.0.0.2')).statusCode, 429, trust);
      } finally {
        await a.close();
      }
    }
  });
});

describe('11. every answer carries the security headers and says nothing internal', () => {
  /** Sends raw bytes, returns what came back before the server closed or answered. */
  function raw(url: string, request: string): Promise<string> {
    const { port } = new URL(url);
    return new Promise((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
      let answer = '';
      socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        resolve(answer);
      });
    });
  }

  test('a malformed URL, a bad request line, a bad header, an oversized header: security headers, a plain message, no path echoed', async () => {
    const receiver = await startReceiver(testConfig(dir()));
    try {
      const cases = {
        'malformed URL': ['GET /api/%zz-secret-path HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400],
        'malformed URL, not under /api/': [
          'GET /%E0%A4%A-secret-path HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
          400,
        ],
        'bad request line': ['HELLO-secret-path\r\n\r\n', 400],
        'bad header': ['GET /secret-path HTTP/1.1\r\nHost: x\r\nBad Header-secret\r\n\r\n', 400],
        'oversized header': [`GET /secret-path HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
      } as const;
      for (const [name, [request, status]] of Object.entries(cases)) {
        const answer = await raw(receiver.url, request);
        const [head = '', body = ''] = answer.split('\r\n\r\n');
        assert.match(head, new RegExp(`^HTTP/1\\.1 ${status} `), `${name}: ${answer}`);
        for (const header of [
          /content-security-policy: /i,
          /x-content-type-options: nosniff/i,
          /referrer-policy: no-referrer/i,
          /x-frame-options: /i,
          /cache-control: no-store/i,
        ]) {
          assert.match(head, header, `${name}: ${head}`);
        }
        assert.doesNotMatch(answer, /secret|FST_|statusCode|fastify|node/i, `${name}: ${answer}`);
        assert.ok(body.length > 0, `${name}: says what went wrong`);
      }
    } finally {
      await receiver.close();
    }
  });
});

describe('11b. stopping', () => {
  test('a request that arrives while the receiver stops is answered by the app, with its headers — not a raw 503', async () => {
    const receiver = await startReceiver(testConfig(dir()));
    const { port } = new URL(receiver.url);
    const body = JSON.stringify(payload(930_001));
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
    socket.on('error', () => undefined);
    await new Promise<void>((r) =>
      socket.once('connect', () => {
        r();
      }),
    );
    // A sign-up in flight (its body not sent yet), so the connection is not idle when the receiver starts to stop …
    const received = new Promise<void>((r) =>
      receiver.app.server.once('request', () => {
        r();
      }),
    );
    socket.write(
      `POST /api/sign-ups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    await received;
    const stopped = receiver.close();
    // … then its body and, on the same connection, another request.
    socket.write(`${body}GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    await new Promise<void>((r) =>
      socket.once('close', () => {
        r();
      }),
    );
    await stopped;
    const responses = answer.split(/(?=HTTP\/1\.1 )/);
    assert.equal(responses.length, 2, answer);
    assert.match(responses[0]!, /^HTTP\/1\.1 201 /, 'the sign-up in flight is stored and answered');
    assert.match(responses[1]!, /content-security-policy: /i, responses[1]);
    assert.match(responses[1]!, /x-content-type-options: nosniff/i, responses[1]);
    assert.doesNotMatch(responses[1]!, /statusCode/, responses[1]);
  });
});

describe('12. logs hold no personal data', () => {
  test('request logs (LOG=1): no query string, no address, no email from a body — and provider errors are not copied', async () => {
    const stream = new PassThrough();
    let logs = '';
    stream.on('data', (c: Buffer) => (logs += c.toString()));
    const a = await appWith({ log: true }, { logStream: stream });
    try {
      await a.app.inject({
        method: 'POST',
        url: '/api/sign-ups?email=query-leak%40example.org&name=Query+Leak',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload(undefined, { email: 'body-leak@example.org' })),
      });
      await a.app.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": "broken-leak@example.org", ',
      });
      await a.app.inject({ method: 'GET', url: '/nowhere?email=notfound-leak@example.org' });
      await a.app.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: formFields({ email: 'form-leak@example.org', name: 'Ren%E9e' }),
      });
    } finally {
      await a.close();
    }
    assert.ok(logs.includes('/api/sign-ups'), `logging is on: ${logs.slice(0, 300)}`);
    for (const leak of [
      'query-leak',
      'Query+Leak',
      'body-leak',
      'broken-leak',
      'notfound-leak',
      'form-leak',
      'remoteAddress',
      '127.0.0.1',
    ]) {
      assert.ok(!logs.includes(leak), `“${leak}” is in the logs`);
    }
  });

  test('a provider error quoting the address is not logged or stored; its status and error code are', async () => {
    const config = testConfig(dir(), {
      adapter: 'buttondown',
      providerKey: 'k',
      providerUrl: 'http://provider.invalid/v1',
      retryBaseMs: 1,
      retryMaxMs: 1,
    });
    const store = await openStore(config);
    await store.store(payload(920_001, { email: 'quoted-leak@example.org' }) as unknown as SignUpPayload, {
      ...queued,
      key: 'log-key-0001',
    });
    await store.store(payload(920_002, { email: 'outage-leak@example.org' }) as unknown as SignUpPayload, {
      ...queued,
      key: 'log-key-0002',
    });
    const emailIn = (body: string) => (JSON.parse(body) as { email_address: string }).email_address;
    let answer = (body: string) =>
      new Response(JSON.stringify({ code: 'email_invalid', detail: `${emailIn(body)} is not a valid email` }), {
        status: 400,
      });
    const fetchImpl = ((_u: unknown, init?: RequestInit) =>
      Promise.resolve(answer(typeof init?.body === 'string' ? init.body : ''))) as typeof fetch;
    const logged: string[] = [];
    const worker = startOutboxWorker(store, buttondownAdapter(config, fetchImpl), config, {
      autoStart: false,
      log: (m) => logged.push(m),
    });
    await worker.runOnce(Date.now() + 1e9);
    answer = (body: string) => new Response(`Service unavailable for ${emailIn(body)}`, { status: 503 });
    await worker.runOnce(Date.now() + 1e9);
    const errors = (await column(store, 'SELECT last_error FROM outbox ORDER BY id')) as string[];
    await worker.stop();
    await store.close();
    const everything = [...logged, ...errors].join('\n');
    assert.ok(logged.length > 0);
    assert.doesNotMatch(everything, /leak/, everything);
    assert.ok(errors.includes('HTTP 400 (email_invalid)'), errors.join('\n'));
    assert.match(everything, /HTTP 503/);
  });
});

describe('13. Welsh answers for a Welsh form, and the right words', () => {
  test('a Welsh no-JavaScript post that is too large → 413 page in Welsh', async () => {
    const a = await appWith();
    try {
      const res = await a.app.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `locale=cy&${formFields({ email: 'big@example.org', name: 'x'.repeat(40_000) })}`,
      });
      assert.equal(res.statusCode, 413);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /rhy fawr/);
    } finally {
      await a.close();
    }
  });

  test('a Welsh no-JavaScript post over the rate limit → 429 page in Welsh, with Retry-After', async () => {
    const a = await appWith({ rateLimit: 1 });
    try {
      const post = () =>
        a.app.inject({
          method: 'POST',
          url: '/api/sign-ups',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: formFields({ email: 'many@example.org', locale: 'cy' }),
        });
      assert.equal((await post()).statusCode, 201);
      const res = await post();
      assert.equal(res.statusCode, 429);
      assert.match(String(res.headers['retry-after']), /^\d+$/);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /gormod o gofrestriadau/);
    } finally {
      await a.close();
    }
  });

  test('a 403 (a dotfile in a static folder) says the page cannot be shown, not that a form sent an unreadable answer', async () => {
    const root = join(dir(), 'site');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, '.env'), 'SECRET=do-not-serve');
    const a = await appWith({ staticRoots: [root, dir()] });
    try {
      const res = await a.app.inject({ method: 'GET', url: '/.env' });
      assert.equal(res.statusCode, 403, res.body);
      assert.doesNotMatch(res.body, /do-not-serve/);
      assert.doesNotMatch(res.body, /cannot read|Reload the page|sign-up/);
      assert.match(res.body, /permission to see this page/);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    } finally {
      await a.close();
    }
  });
});
