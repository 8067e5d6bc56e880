import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { randomUUID } from 'node:crypto';
import type { Locale } from '../../core/src/schemas/vocabulary.js';
import type { ReceiverConfig } from './config.js';
import { type EventDates, type Store, loadEventDates } from './db.js';
import { PAGE_CSS, formPage, problemPage, thankYouPage } from './html.js';
import { messages } from './messages.js';
import { localeOf, validateSignUp } from './validate.js';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Pages (demo, no-JavaScript answers): only this origin's scripts, styles and data; Trusted Types. */
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'self'; base-uri 'none'; object-src 'none'; " +
  // As strict as the policy the embedding tests hold the widgets to (tests/embedding/middleware.mjs).
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
/** JSON answers: nothing at all. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

type FormBody = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

/**
 * The no-JavaScript form → the JSON payload. Field names are the payload keys; `consent=yes` with the
 * hidden `consentText`, `consentVersion` and `privacyUrl` becomes the consent record; `website` is the
 * honeypot. Empty answers are left out, as the widget does.
 */
export function payloadFromForm(body: FormBody, now = new Date()): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const key of ['email', 'name', 'organisation', 'memberType', 'communityType', 'region', 'experience', 'list', 'eventId', 'pageUrl']) {
    const v = first(body[key]);
    if (v) payload[key] = v;
  }
  const interests = (Array.isArray(body.interests) ? body.interests : body.interests ? [body.interests] : []).filter(Boolean);
  if (interests.length) payload.interests = interests;
  payload.locale = first(body.locale) || 'en';
  const submissionId = first(body.submissionId);
  payload.submissionId = submissionId || randomUUID();
  if (first(body.consent) === 'yes') {
    const consent: Record<string, unknown> = { given: true, privacyUrl: first(body.privacyUrl), at: now.toISOString() };
    const text = first(body.consentText);
    const version = first(body.consentVersion);
    if (text) consent.text = text;
    if (version) consent.textVersion = version;
    payload.consent = consent;
  }
  if (first(body.website)) payload.flags = { honeypot: true };
  return payload;
}

function isForm(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().startsWith(FORM_TYPE);
}

function securityHeaders(reply: FastifyReply, html: boolean): void {
  reply.header('content-security-policy', html ? PAGE_CSP : API_CSP);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'SAMEORIGIN');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
}

/** Trust the nearest `hops` proxies (what a numeric TRUST_PROXY means). */
const hopsTrusted = (hops: number) => (_address: string, hop: number) => hop < hops;

/**
 * @fastify/rate-limit's store interface over the database: one fixed-window count per client for all instances.
 * If the database cannot count, the sign-up is not refused for that (the INSERT would fail alike anyway).
 */
function sharedRateLimitStore(store: Store) {
  type Callback = (error: Error | null, result: { current: number; ttl: number }) => void;
  class SharedStore {
    incr(key: string, callback: Callback, timeWindow: number) {
      const now = Date.now();
      store.rateLimitHit(key, timeWindow, now).then(
        (r) => {
          callback(null, { current: r.hits, ttl: Math.max(0, r.resetAt - now) });
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error('rate limit'), { current: 0, ttl: 0 });
        },
      );
    }
    child() {
      return new SharedStore();
    }
  }
  return SharedStore;
}

export interface AppOptions {
  config: ReceiverConfig;
  store: Store;
  events?: EventDates;
}

/** Builds the receiver (not listening): routes, plugins, headers, errors. */
export async function buildApp({ config, store, events = loadEventDates(config.eventsFile) }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.log ? { redact: ['req.headers.authorization'] } : false,
    bodyLimit: config.bodyLimit,
    trustProxy: typeof config.trustProxy === 'number' ? hopsTrusted(config.trustProxy) : config.trustProxy,
    return503OnClosing: true,
  });

  // Every response carries the security headers; pages get the page CSP, everything else the strict one.
  app.addHook('onSend', (request, reply, payload, done) => {
    // By path as well as by type: a 304 for a page has no content type, but its CSP still applies.
    const type = String(reply.getHeader('content-type') ?? '');
    securityHeaders(reply, type.startsWith('text/html') || !request.url.startsWith('/api/'));
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  const anyOrigin = config.allowedOrigins.includes('*');
  await app.register(cors, {
    origin: anyOrigin ? '*' : config.allowedOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'idempotency-key'],
    exposedHeaders: ['retry-after'],
    maxAge: 600,
  });
  await app.register(formbody, { bodyLimit: config.bodyLimit });
  // JSON and the no-JavaScript form only: anything else is 415.
  app.removeContentTypeParser('text/plain');
  if (config.rateLimit > 0) {
    await app.register(rateLimit, {
      global: false,
      max: config.rateLimit,
      timeWindow: 60_000,
      // PostgreSQL: one count for every instance behind the proxy. SQLite (one instance): in memory.
      ...(store.engine === 'postgresql' ? { store: sharedRateLimitStore(store), skipOnError: true } : {}),
      errorResponseBuilder: (_request, context) => ({ statusCode: 429, code: 'RATE_LIMITED', retryAfterSeconds: Math.ceil(context.ttl / 1000), message: 'rate limited' }),
    });
  }

  app.setErrorHandler((error: FastifyError & { retryAfterSeconds?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    const locale: Locale = isForm(request) ? localeOf(request.body) : 'en';
    const m = messages[locale];
    let message: string;
    if (status === 429) message = m.tooMany(error.retryAfterSeconds ?? 60);
    else if (status === 413) message = m.tooLarge;
    else if (status === 415) message = m.badType;
    else if (status === 400) message = error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? m.notAnObject : m.badJson;
    else if (status >= 500) {
      request.log.error({ err: error }, 'unexpected error');
      message = m.serverError;
    } else message = m.invalidField;
    if (status >= 500) reply.code(500);
    else reply.code(status);
    if (isForm(request)) return reply.type('text/html; charset=utf-8').send(problemPage(locale, message));
    return reply.type('application/json; charset=utf-8').send({ error: message });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404);
    if (request.url.startsWith('/api/')) return reply.send({ error: messages.en.notFound });
    return reply.type('text/html; charset=utf-8').send(problemPage('en', messages.en.notFound));
  });

  // For the proxy's and the monitor's health checks: answered only after a round trip to the database, naming the
  // engine and the database's own id (every instance behind one proxy must show the same id), else 503.
  app.get('/api/health', async (_request, reply) => {
    try {
      const h = await store.health();
      return { status: 'ok', adapter: config.adapter, outboxPending: h.outboxPending, database: { engine: h.engine, id: h.id, schemaVersion: h.schemaVersion } };
    } catch {
      return reply.code(503).send({ status: 'unavailable', adapter: config.adapter, database: { engine: store.engine, reached: false } });
    }
  });

  app.get('/api/receiver.css', (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PAGE_CSS));

  const status = config.confirmation === 'double' ? 'pending-confirmation' : 'subscribed';

  app.post('/api/sign-ups', { config: config.rateLimit > 0 ? { rateLimit: {} } : {} }, async (request, reply) => {
    const form = isForm(request);
    const formBody = (form ? request.body : {}) as FormBody;
    const body = form ? payloadFromForm(formBody) : request.body;
    const locale = localeOf(body);
    const header = request.headers['idempotency-key'];
    const headerKey = Array.isArray(header) ? header[0] : header;
    const result = validateSignUp(body, config.lists, locale);
    if (headerKey !== undefined && !KEY_PATTERN.test(headerKey) && result.ok) {
      return reply.code(422).send({ errors: { submissionId: messages[locale].invalidField } });
    }
    if (!result.ok) {
      if (form) return reply.code(422).type('text/html; charset=utf-8').send(formPage(locale, formBody, result.errors));
      return reply.code(422).send({ errors: result.errors });
    }
    const p = result.payload;
    const spam = p.flags?.honeypot ? 'honeypot' : p.flags?.tooFast ? 'too-fast' : null;
    const stored = await store.store(p, {
      key: headerKey ?? p.submissionId,
      status,
      spam,
      forwardTo: config.adapter === 'none' ? null : config.adapter,
      retentionDays: config.retentionDays,
      eventDate: p.eventId ? events.get(p.eventId) : null,
    });
    if (stored.conflict) {
      // Stripe's rule: a key belongs to one request body. Answering the first body's 201 would tell this person
      // they are subscribed when they are not.
      const errors = { submissionId: messages[locale].keyReused };
      if (form) return reply.code(422).type('text/html; charset=utf-8').send(formPage(locale, formBody, errors));
      return reply.code(422).send({ errors });
    }
    if (!stored.created) reply.header('idempotent-replayed', 'true');
    reply.code(201);
    if (form) return reply.type('text/html; charset=utf-8').send(thankYouPage(locale, stored.status, p.pageUrl ?? request.headers.referer));
    return reply.send({ status: stored.status });
  });

  if (config.staticRoots.length) {
    await app.register(fastifyStatic, {
      root: config.staticRoots,
      prefix: '/',
      index: 'index.html',
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', 'no-cache');
        // The embed bundle is loaded by partner pages on other origins as a module script (CORS).
        if (path.endsWith('.js')) {
          reply.header('access-control-allow-origin', '*');
          reply.header('cross-origin-resource-policy', 'cross-origin');
        }
      },
    });
    // With several roots, @fastify/static answers a bare "/" with 403 (a directory in every root): serve
    // the first root's index page explicitly.
    const first = config.staticRoots[0];
    if (first) app.get('/', (_request, reply) => reply.sendFile('index.html', first));
  }

  return app;
}
