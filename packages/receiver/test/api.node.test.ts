import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { signUpSchema } from '@ctkit/core/schemas';
import { buildApp } from '../src/app.js';
import { type EngineName, type Store, openStore } from '../src/db.js';
import { ENGINES, count as countRows, engineConfig, payload, rows, tempDir, value } from './helpers.js';

// The same suite on each engine: SQLite (a file) and PostgreSQL (a database in a cluster this process started).
for (const engine of ENGINES) {
  describe(engine, () => {
    suite(engine);
  });
}

function suite(engine: EngineName) {
  const tmp = tempDir();
  let app: FastifyInstance;
  let store: Store;
  const count = (table: string) => countRows(store, table);
  const equalityResponses = async () =>
    Number(await value(store, "SELECT coalesce(sum(count), 0) FROM equality_counts WHERE question = '*'"));
  const totals = async () =>
    [...(await Promise.all(['sign_ups', 'access_needs', 'outbox'].map(count))), await equalityResponses()].join(',');
  const testConfig = (dir: string, overrides: Parameters<typeof engineConfig>[2] = {}) =>
    engineConfig(engine, dir, overrides);

  before(async () => {
    const config = await testConfig(tmp.dir, {
      adapter: 'buttondown',
      providerKey: 'k',
      confirmation: 'double',
      allowedOrigins: ['https://partner.example'],
    });
    store = await openStore(config);
    app = await buildApp({ config, store });
  });
  after(async () => {
    await app.close();
    await store.close();
    tmp.cleanup();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/sign-ups',
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });

  describe('POST /api/sign-ups (JSON)', () => {
    const first = payload(1, {
      name: 'Aled Jones',
      region: 'wales',
      interests: ['events', 'deep-dives'],
      eventId: 'meetup-2026-12',
      accessNeeds: { needs: ['bsl-interpreter'], other: 'Step-free access please', contact: true },
      equality: { ageGroup: '25-34', disability: 'prefer-not-to-say' },
    });
    test('stores a sign-up with its consent record, access needs apart, equality without the email', async () => {
      const p = first;
      const res = await post(p, { 'idempotency-key': p.submissionId as string });
      assert.equal(res.statusCode, 201);
      assert.deepEqual(res.json(), { status: 'pending-confirmation' });
      const [row] = (await rows(store, 'SELECT * FROM sign_ups WHERE email = ?', ['person1@example.org'])) as [
        Record<string, unknown>,
      ];
      assert.equal(row.consent_text, (p.consent as { text: string }).text);
      assert.equal(row.consent_version, '2026-11');
      assert.equal(row.consent_at, '2026-11-25T10:00:00.000Z');
      assert.match(String(row.received_at), /^\d{4}-\d{2}-\d{2}T/);
      assert.equal(row.page_url, 'https://partner.example/join', 'query string and fragment are not kept');
      assert.equal(row.interests, '["events","deep-dives"]');
      const [needs] = (await rows(store, 'SELECT * FROM access_needs WHERE sign_up_id = ?', [row.id])) as [
        Record<string, unknown>,
      ];
      assert.equal(needs.needs, '["bsl-interpreter"]');
      assert.equal(needs.other, 'Step-free access please');
      const eq = await rows(store, 'SELECT * FROM equality_counts WHERE count > 0 ORDER BY question');
      assert.deepEqual(
        eq.map((r) => [r.question, r.answer, r.count, r.period]),
        [
          ['*', '*', 1, new Date().toISOString().slice(0, 7)],
          ['ageGroup', '25-34', 1, new Date().toISOString().slice(0, 7)],
          ['disability', 'prefer-not-to-say', 1, new Date().toISOString().slice(0, 7)],
        ],
      );
      assert.ok(!JSON.stringify(eq).includes('person1'), 'equality answers hold no email');
      assert.equal(Object.keys(eq[0]!).includes('sign_up_id'), false, 'equality answers are not linked to the sign-up');
      assert.equal(await count('outbox'), 1);
    });

    test('a repeat with the same Idempotency-Key returns the first answer and stores nothing new', async () => {
      const before = await totals();
      // The same body again (a retry); the same key with a different body is refused (data-safety test 5).
      const p = structuredClone(first);
      const res = await post(p, { 'idempotency-key': p.submissionId as string });
      assert.equal(res.statusCode, 201);
      assert.deepEqual(res.json(), { status: 'pending-confirmation' });
      assert.equal(res.headers['idempotent-replayed'], 'true');
      assert.equal(await totals(), before);
    });

    test('honeypot and too-fast: answered like a real sign-up, stored as suspected spam with its access needs, nothing forwarded', async () => {
      for (const [i, flags] of [
        [901, { honeypot: true }],
        [902, { tooFast: true }],
      ] as const) {
        const outbox = await count('outbox');
        const equality = await equalityResponses();
        const res = await post(
          payload(i, { flags, accessNeeds: { needs: ['captions'] }, equality: { gender: 'woman' } }),
        );
        assert.equal(res.statusCode, 201);
        assert.deepEqual(res.json(), { status: 'pending-confirmation' });
        const [row] = (await rows(store, 'SELECT id, spam FROM sign_ups WHERE email = ?', [
          `person${i}@example.org`,
        ])) as [{ id: number; spam: string }];
        assert.equal(row.spam, 'honeypot' in flags ? 'honeypot' : 'too-fast');
        assert.equal(await count('outbox'), outbox, 'nothing forwarded');
        // A false positive must not lose the person's access needs: kept (and purged) like any other.
        assert.equal(
          await value(store, 'SELECT needs FROM access_needs WHERE sign_up_id = ?', [row.id]),
          '["captions"]',
        );
        assert.equal(await equalityResponses(), equality, 'anonymous statistics are not skewed by bots');
      }
    });
  });

  describe('bad input: the documented status, a clear message, nothing stored', () => {
    const long = (n: number) => 'a'.repeat(n);
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['email missing', { email: undefined }, 'email', /^Enter an email address$/],
      ['email wrong type', { email: 42 }, 'email', /correct format/],
      ['email wrong format', { email: 'name.example.org' }, 'email', /like name@example\.com/],
      ['email too long', { email: `${long(250)}@example.org` }, 'email', /254 characters or fewer/],
      ['consent missing', { consent: undefined }, 'consent', /Select the box/],
      [
        'consent not given',
        { consent: { ...(payload(0).consent as object), given: false } },
        'consent',
        /Select the box/,
      ],
      ['consent wrong type', { consent: 'yes' }, 'consent', /Select the box/],
      [
        'consent text too long',
        { consent: { ...(payload(0).consent as object), text: long(2001) } },
        'consent',
        /consent statement/,
      ],
      ['name too long', { name: long(201) }, 'name', /200 characters or fewer/],
      ['name wrong type', { name: ['x'] }, 'name', /Enter your name/],
      ['organisation too long', { organisation: long(201) }, 'organisation', /200 characters or fewer/],
      ['memberType not in the list', { memberType: 'robot' }, 'memberType', /type of member/],
      ['communityType wrong type', { communityType: 3 }, 'communityType', /type of community/],
      ['region not in the list', { region: 'atlantis' }, 'region', /where you are based/],
      ['experience not in the list', { experience: 'guru' }, 'experience', /experience/],
      ['interests wrong type', { interests: 'events' }, 'interests', /interested in/],
      ['interests repeated', { interests: ['events', 'events'] }, 'interests', /interested in/],
      ['list missing', { list: undefined }, 'list', /mailing list that does not exist/],
      ['unknown list', { list: 'secret-list' }, 'list', /mailing list that does not exist/],
      ['list wrong format', { list: 'News Letter' }, 'list', /mailing list that does not exist/],
      ['submissionId missing', { submissionId: undefined }, 'submissionId', /Reload the page/],
      ['submissionId too short', { submissionId: 'abc' }, 'submissionId', /Reload the page/],
      ['locale unknown', { locale: 'fr' }, 'locale', /Reload the page/],
      ['eventId too long', { eventId: long(101) }, 'eventId', /Reload the page/],
      ['pageUrl too long', { pageUrl: long(2001) }, 'pageUrl', /Reload the page/],
      ['accessNeeds wrong shape', { accessNeeds: { needs: 'bsl' } }, 'accessNeeds', /access needs/],
      ['accessNeeds other too long', { accessNeeds: { needs: [], other: long(1001) } }, 'accessNeeds', /access needs/],
      ['equality unknown answer', { equality: { ageGroup: 'ancient' } }, 'equality', /equality monitoring/],
      ['flags wrong type', { flags: { honeypot: 'yes' } }, 'flags', /Reload the page/],
      ['unknown field', { phone: '0123' }, 'phone', /does not know/],
    ];
    for (const [name, change, key, message] of cases) {
      test(`${name} → 422 errors.${key}`, async () => {
        const before = await totals();
        const p = { ...payload(), ...change };
        for (const k of Object.keys(change)) if (change[k] === undefined) Reflect.deleteProperty(p, k);
        const res = await post(p);
        assert.equal(res.statusCode, 422);
        const { errors } = res.json<{ errors: Record<string, string> }>();
        assert.match(errors[key] ?? '', message, JSON.stringify(errors));
        assert.equal(await totals(), before);
      });
    }

    // Generated from the shared schema itself, so a field added to it is covered here too.
    const props = signUpSchema.properties as Record<string, { type: string; maxLength?: number }>;
    for (const [key, prop] of Object.entries(props)) {
      const wrong = prop.type === 'string' ? 12345 : prop.type === 'boolean' ? 'yes' : 'not-an-object-or-array';
      test(`${key}: wrong type (${typeof wrong}) → 422 errors.${key}, nothing stored`, async () => {
        const before = await totals();
        const res = await post({ ...payload(), [key]: wrong });
        assert.equal(res.statusCode, 422);
        assert.ok(res.json<{ errors: Record<string, string> }>().errors[key], res.body);
        assert.equal(await totals(), before);
      });
      if (prop.maxLength) {
        const max = prop.maxLength;
        test(`${key}: too long (${max + 1} characters) → 422 errors.${key}, nothing stored`, async () => {
          const before = await totals();
          const value = key === 'email' ? `${'a'.repeat(max)}@example.org` : 'a'.repeat(max + 1);
          const res = await post({ ...payload(), [key]: value });
          assert.equal(res.statusCode, 422);
          assert.ok(res.json<{ errors: Record<string, string> }>().errors[key], res.body);
          assert.equal(await totals(), before);
        });
      }
    }
    for (const key of signUpSchema.required) {
      test(`${key}: missing → 422 errors.${key}, nothing stored`, async () => {
        const before = await totals();
        const p = payload();
        Reflect.deleteProperty(p, key);
        const res = await post(p);
        assert.equal(res.statusCode, 422);
        assert.ok(res.json<{ errors: Record<string, string> }>().errors[key], res.body);
        assert.equal(await totals(), before);
      });
    }

    test('every error is keyed by the payload property, in Welsh when the form is Welsh', async () => {
      const res = await post({ ...payload(), locale: 'cy', email: 'nope', consent: undefined, region: 'x' });
      assert.equal(res.statusCode, 422);
      const { errors } = res.json<{ errors: Record<string, string> }>();
      assert.deepEqual(Object.keys(errors).sort(), ['consent', 'email', 'region']);
      assert.match(errors.email!, /fformat cywir/);
    });

    test('malformed JSON → 400', async () => {
      const before = await totals();
      const res = await post('{"email": ');
      assert.equal(res.statusCode, 400);
      assert.match(res.json<{ error: string }>().error, /not valid JSON/);
      assert.equal(await totals(), before);
    });

    test('a JSON array or string → 422 with a message', async () => {
      for (const body of ['[]', '"hello"', 'null']) {
        const res = await post(body);
        assert.ok([400, 422].includes(res.statusCode), `${body}: ${res.statusCode}`);
        assert.ok(res.body.includes('JSON'), res.body);
      }
    });

    test('wrong content type → 415', async () => {
      for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
        const before = await totals();
        const res = await app.inject({
          method: 'POST',
          url: '/api/sign-ups',
          headers: { 'content-type': type },
          payload: 'email=a@b.co',
        });
        assert.equal(res.statusCode, 415, type);
        assert.match(res.json<{ error: string }>().error, /application\/json/);
        assert.equal(await totals(), before);
      }
    });

    test('huge body → 413', async () => {
      const before = await totals();
      const res = await post({ ...payload(), name: 'x'.repeat(40 * 1024) });
      assert.equal(res.statusCode, 413);
      assert.match(res.json<{ error: string }>().error, /too large/);
      assert.equal(await totals(), before);
    });

    test('a bad Idempotency-Key → 422', async () => {
      const res = await post(payload(), { 'idempotency-key': 'x' });
      assert.equal(res.statusCode, 422);
      assert.ok(res.json<{ errors: Record<string, string> }>().errors.submissionId);
    });
  });

  describe('the no-JavaScript form (application/x-www-form-urlencoded)', () => {
    const form = (fields: [string, string][], locale = 'en') =>
      app.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams([
          ...fields,
          ['list', 'newsletter'],
          ['locale', locale],
          ['consentText', 'I agree to emails'],
          ['consentVersion', 'v1'],
          ['privacyUrl', 'https://example.org/privacy'],
        ]).toString(),
      });

    test('a valid post answers with a thank-you page in the form’s language and stores the sign-up', async () => {
      const res = await form(
        [
          ['email', 'form-person@example.org'],
          ['name', 'Siân'],
          ['interests', 'events'],
          ['interests', 'funding-news'],
          ['region', 'wales'],
          ['consent', 'yes'],
          ['memberType', ''],
        ],
        'cy',
      );
      assert.equal(res.statusCode, 201);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.match(res.body, /<html lang="cy">/);
      assert.match(res.body, /Gwiriwch eich e-bost/);
      const [row] = (await rows(store, 'SELECT * FROM sign_ups WHERE email = ?', ['form-person@example.org'])) as [
        Record<string, unknown>,
      ];
      assert.equal(row.interests, '["events","funding-news"]');
      assert.equal(row.member_type, null, 'an empty answer is left out');
      assert.equal(row.consent_text, 'I agree to emails');
    });

    test('errors: the form again with an error summary, messages, and everything typed kept — escaped', async () => {
      const before = await totals();
      const res = await form([
        ['email', '"><script>alert(1)</script>'],
        ['name', '<img src=x onerror=alert(1)>'],
        ['region', 'wales'],
      ]);
      assert.equal(res.statusCode, 422);
      assert.equal(await totals(), before);
      const html = res.body;
      assert.ok(!html.includes('<script>'), 'no script echoed');
      assert.ok(!html.includes('<img src=x'), 'no markup echoed');
      assert.match(html, /value="&#34;&#62;&#60;script&#62;alert\(1\)&#60;\/script&#62;"/);
      assert.match(html, /<title>Error: Sign up<\/title>/);
      assert.match(html, /class="error-summary"[^>]*>\s*<h2 id="error-summary-title">There is a problem<\/h2>/);
      assert.match(html, /<a href="#email">Enter an email address in the correct format, like name@example.com<\/a>/);
      assert.match(html, /<a href="#consent">Select the box to agree to us emailing you<\/a>/);
      assert.match(html, /<span class="visually-hidden">Error:<\/span> Enter an email address in the correct format/);
      assert.match(html, /id="email"[^>]*aria-describedby="email-hint email-error"[^>]*aria-invalid="true"/);
      assert.match(html, /<form method="post" action="\/api\/sign-ups" accept-charset="utf-8" novalidate>/);
      assert.match(html, /value="wales" checked/);
      assert.match(html, /<input type="hidden" name="consentText" value="I agree to emails">/);
    });

    test('questions listed in the hidden `fields` are asked again even when nothing was ticked', async () => {
      const res = await form([
        ['email', ''],
        ['fields', 'name member-type interests'],
      ]);
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /<legend>What type of member are you\? \(optional\)<\/legend>/);
      assert.match(res.body, /name="interests" value="events"/);
      assert.match(res.body, /<label for="name">Full name \(optional\)<\/label>/);
      assert.doesNotMatch(res.body, /name="region"/);
      assert.match(res.body, /<a href="#email">Enter an email address<\/a>/);
    });

    test('the honeypot field: answered as a real sign-up, stored as spam', async () => {
      const res = await form([
        ['email', 'bot@example.org'],
        ['consent', 'yes'],
        ['website', 'http://spam.example'],
      ]);
      assert.equal(res.statusCode, 201);
      assert.equal(await value(store, 'SELECT spam FROM sign_ups WHERE email = ?', ['bot@example.org']), 'honeypot');
    });
  });

  describe('headers, CORS, health, errors', () => {
    test('security headers on every response: 201, 422, 404, health', async () => {
      const responses = [
        await post(payload()),
        await post({}),
        await app.inject({ method: 'GET', url: '/nowhere' }),
        await app.inject({ method: 'GET', url: '/api/health' }),
      ];
      for (const res of responses) {
        assert.ok(res.headers['content-security-policy'], `${res.statusCode} has a CSP`);
        assert.equal(res.headers['x-content-type-options'], 'nosniff');
        assert.equal(res.headers['referrer-policy'], 'no-referrer');
        assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
      }
      const id = await value(store, "SELECT value FROM ctkit_meta WHERE name = 'database_id'");
      assert.match(String(id), /^[0-9a-f-]{36}$/);
      assert.deepEqual(responses[3]!.json(), {
        status: 'ok',
        adapter: 'buttondown',
        outboxPending: await count('outbox'),
        database: { engine, id, schemaVersion: 4 },
      });
    });

    test('health: 503 naming the engine when the database cannot be reached', async () => {
      const tmp2 = tempDir();
      const config = await testConfig(tmp2.dir);
      const s = await openStore(config);
      const a = await buildApp({ config, store: s });
      assert.equal((await a.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
      await s.close();
      const res = await a.inject({ method: 'GET', url: '/api/health' });
      assert.equal(res.statusCode, 503);
      assert.deepEqual(res.json(), { status: 'unavailable', adapter: 'none', database: { engine, reached: false } });
      await a.close();
      tmp2.cleanup();
    });

    test('CORS: the allowed origin is answered, another is not', async () => {
      const preflight = (origin: string) =>
        app.inject({
          method: 'OPTIONS',
          url: '/api/sign-ups',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,idempotency-key',
          },
        });
      const ok = await preflight('https://partner.example');
      assert.equal(ok.headers['access-control-allow-origin'], 'https://partner.example');
      assert.match(String(ok.headers['access-control-allow-headers']), /idempotency-key/);
      const other = await preflight('https://evil.example');
      assert.equal(other.headers['access-control-allow-origin'], undefined);
    });

    test('an unexpected failure → 500 with a plain message and no stack trace', async () => {
      const tmp2 = tempDir();
      const config = await testConfig(tmp2.dir);
      const s = await openStore(config);
      const a = await buildApp({ config, store: s });
      await s.close();
      const res = await a.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload()),
      });
      assert.equal(res.statusCode, 500);
      assert.match(res.json<{ error: string }>().error, /Try again later/);
      assert.ok(!/at .*\.ts|stack|TypeError/.test(res.body), res.body);
      await a.close();
      tmp2.cleanup();
    });

    test('429 with Retry-After over the rate limit', async () => {
      const tmp2 = tempDir();
      const config = await testConfig(tmp2.dir, { rateLimit: 2 });
      const s = await openStore(config);
      const a = await buildApp({ config, store: s });
      const send = () =>
        a.inject({
          method: 'POST',
          url: '/api/sign-ups',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(payload()),
        });
      assert.equal((await send()).statusCode, 201);
      assert.equal((await send()).statusCode, 201);
      const res = await send();
      assert.equal(res.statusCode, 429);
      assert.match(String(res.headers['retry-after']), /^\d+$/);
      assert.match(res.json<{ error: string }>().error, /Try again in \d+ seconds/);
      assert.equal(await countRows(s, 'sign_ups'), 2);
      await a.close();
      await s.close();
      tmp2.cleanup();
    });
  });

  describe('behind a reverse proxy', () => {
    test('TRUST_PROXY: the rate limit counts each person’s address, not the proxy’s', async () => {
      const tmp2 = tempDir();
      const config = await testConfig(tmp2.dir, { rateLimit: 1, trustProxy: 1 });
      const s = await openStore(config);
      const a = await buildApp({ config, store: s });
      const send = (ip: string) =>
        a.inject({
          method: 'POST',
          url: '/api/sign-ups',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          payload: JSON.stringify(payload()),
        });
      assert.equal((await send('203.0.113.1')).statusCode, 201);
      assert.equal((await send('203.0.113.2')).statusCode, 201);
      assert.equal((await send('203.0.113.1')).statusCode, 429);
      await a.close();
      await s.close();
      tmp2.cleanup();
    });
  });

  describe('static pages (npm start serves the demo and the bundle)', () => {
    test('pages get the page CSP — also on a 304 — and the bundle is loadable cross-origin', async () => {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      const tmp2 = tempDir();
      mkdirSync(`${tmp2.dir}/site`);
      mkdirSync(`${tmp2.dir}/dist`);
      writeFileSync(`${tmp2.dir}/site/index.html`, '<!doctype html><title>x</title>');
      writeFileSync(`${tmp2.dir}/dist/ctkit.js`, 'export {};');
      // Two roots, as `npm start` serves them: the demo pages and the bundle.
      const config = await testConfig(tmp2.dir, { staticRoots: [`${tmp2.dir}/site`, `${tmp2.dir}/dist`] });
      const s = await openStore(config);
      const a = await buildApp({ config, store: s });
      const page = await a.inject({ method: 'GET', url: '/' });
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-security-policy']), /script-src 'self'; style-src 'self'/);
      const again = await a.inject({
        method: 'GET',
        url: '/',
        headers: { 'if-none-match': String(page.headers.etag) },
      });
      assert.equal(again.statusCode, 304);
      assert.equal(again.headers['content-security-policy'], page.headers['content-security-policy']);
      const js = await a.inject({ method: 'GET', url: '/ctkit.js' });
      assert.equal(js.headers['access-control-allow-origin'], '*');
      assert.equal(js.headers['x-content-type-options'], 'nosniff');
      await a.close();
      await s.close();
      tmp2.cleanup();
    });

    test('the demo page’s no-JavaScript fallback form posts a sign-up the receiver accepts', async () => {
      const { readFileSync } = await import('node:fs');
      const html = readFileSync(new URL('../../embed/demo/sign-up.html', import.meta.url), 'utf8');
      const form = /<form method="post" action="\/api\/sign-ups"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
      const fields = new URLSearchParams();
      for (const input of form.matchAll(/<input\b([^>]*)>/g)) {
        const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(input[1]!)?.[1];
        const name = attr('name');
        if (!name) continue;
        if (attr('type') === 'hidden') fields.append(name, attr('value') ?? '');
        else if (name === 'email') fields.append(name, 'demo-fallback@example.org');
        else if (name === 'consent') fields.append(name, attr('value') ?? '');
      }
      assert.deepEqual([...fields.keys()].sort(), [
        'consent',
        'consentText',
        'consentVersion',
        'email',
        'list',
        'locale',
        'privacyUrl',
      ]);
      const res = await app.inject({
        method: 'POST',
        url: '/api/sign-ups',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: fields.toString(),
      });
      assert.equal(res.statusCode, 201, res.body);
      assert.match(res.body, /Check your email|Thank you/);
    });
  });
}
