import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Locale } from '@ctkit/core/schemas';
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
  for (const key of [
    'email',
    'name',
    'organisation',
    'memberType',
    'communityType',
    'region',
    'experience',
    'list',
    'eventId',
    'pageUrl',
  ]) {
    const v = first(body[key]);
    if (v) payload[key] = v;
  }
  const interests = (Array.isArray(body.interests) ? body.interests : body.interests ? [body.interests] : []).filter(
    Boolean,
  );
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

/** The headers every answer carries (the CSP is the page one or the API one). */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'SAMEORIGIN',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

function securityHeaders(reply: FastifyReply, html: boolean): void {
  reply.header('content-security-policy', html ? PAGE_CSP : API_CSP);
  reply.headers(SECURITY_HEADERS);
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

/** A request the HTTP parser refused (bad request line or header, headers too large, too slow): answered here,
 * before Fastify, with the security headers and a plain message — never the path, never an internal name. */
function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const m = messages.en;
  const [status, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, m.timeout]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, m.headersTooLarge]
        : [400, m.badRequest];
  const body = JSON.stringify({ error: message });
  const headers = {
    'content-security-policy': API_CSP,
    ...SECURITY_HEADERS,
    'cache-control': 'no-store',
    'content-type': 'application/json; charset=utf-8',
  };
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}` + `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** An error that knows the language of the form it came from (read from the body before it could be parsed). */
type LocalisedError = Error & { statusCode: number; code: string; locale?: Locale };

function httpError(statusCode: number, code: string, locale?: Locale): LocalisedError {
  return Object.assign(new Error(code), { statusCode, code, ...(locale ? { locale } : {}) });
}

/** `locale=cy` in a form body's bytes, even ones that cannot be decoded or are cut off. */
function sniffLocale(raw: Buffer): Locale | undefined {
  return /(?:^|&)locale=cy(?:&|$)/.test(raw.toString('latin1')) ? 'cy' : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * application/x-www-form-urlencoded, strictly: the bytes must be UTF-8 and every %-escape must decode to UTF-8
 * (`decodeURIComponent` throws on `%E9` from a Latin-1 page), else the post is refused instead of being stored
 * with U+FFFD in it. Repeated names become arrays.
 */
export function parseFormBody(raw: Buffer): FormBody {
  const text = utf8.decode(raw);
  const body: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decodeURIComponent((eq === -1 ? part : part.slice(0, eq)).replaceAll('+', ' '));
    const value = decodeURIComponent((eq === -1 ? '' : part.slice(eq + 1)).replaceAll('+', ' '));
    const previous = body[key];
    if (previous === undefined) body[key] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else body[key] = [previous, value];
  }
  return body;
}

export interface AppOptions {
  config: ReceiverConfig;
  store: Store;
  events?: EventDates;
  /** Where request logs go when `config.log` is on (default: stdout). */
  logStream?: NodeJS.WritableStream;
}

/** Builds the receiver (not listening): routes, plugins, headers, errors. */
export async function buildApp({
  config,
  store,
  events = loadEventDates(config.eventsFile),
  logStream,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Request logs hold no personal data: the method and the path (no query string: it can carry an email), the
    // status — no address, no headers, no body.
    logger: config.log
      ? {
          ...(logStream ? { stream: logStream } : {}),
          serializers: {
            req: (req: { method?: string; url?: string }) => ({
              method: req.method,
              path: (req.url ?? '').split('?')[0],
            }),
            res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    bodyLimit: config.bodyLimit,
    trustProxy: typeof config.trustProxy === 'number' ? hopsTrusted(config.trustProxy) : config.trustProxy,
    // While stopping, a request already on an open connection is answered by the app (with its headers) and the
    // server then closes; Fastify's own 503 for it was raw (no security headers) and refused a sign-up in flight.
    return503OnClosing: false,
    // A client has REQUEST_TIMEOUT_MS for the whole request, headers and body; an idle socket the same. Node checks
    // at an interval: a quarter of the limit, so a slow client is cut off within 1.25 × the limit.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(config.requestTimeoutMs, 60_000),
      connectionsCheckingInterval: Math.max(50, Math.min(Math.round(config.requestTimeoutMs / 4), 30_000)),
    },
    clientErrorHandler,
    // A URL that cannot be decoded: the same plain answer, with the security headers, the path not echoed.
    frameworkErrors: (_error, _request, frameworkReply) => {
      const reply = frameworkReply as unknown as FastifyReply;
      void reply
        .code(400)
        .headers({ 'content-security-policy': API_CSP, ...SECURITY_HEADERS, 'cache-control': 'no-store' })
        .type('application/json; charset=utf-8')
        .send({ error: messages.en.badRequest });
    },
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
  // JSON and the no-JavaScript form only: anything else is 415. Both must be UTF-8 (JSON is, by its RFC): bytes
  // that are not are refused with a clear message, not stored as U+FFFD.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    let text: string;
    try {
      text = utf8.decode(raw as Buffer);
    } catch {
      done(httpError(400, 'CTKIT_NOT_UTF8'), undefined);
      return;
    }
    void parseJson(request, text, done);
  });
  // The form body is read here, not by Fastify's body limit, so that a Welsh form's 413 page can be in Welsh: the
  // `locale` field is read from the bytes received before the limit.
  app.addContentTypeParser(FORM_TYPE, (_request, payload, done) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: FormBody) => {
      if (finished) return;
      finished = true;
      if (error) done(error, undefined);
      else done(null, body);
    };
    payload.on('data', (chunk: Buffer) => {
      if (finished) return;
      chunks.push(chunk);
      size += chunk.length;
      if (size > config.bodyLimit)
        finish(httpError(413, 'FST_ERR_CTP_BODY_TOO_LARGE', sniffLocale(Buffer.concat(chunks))));
    });
    payload.on('error', (error: Error) => {
      finish(error);
    });
    payload.on('end', () => {
      if (finished) return;
      const raw = Buffer.concat(chunks);
      try {
        finish(null, parseFormBody(raw));
      } catch {
        finish(httpError(400, 'CTKIT_NOT_UTF8', sniffLocale(raw)));
      }
    });
  });
  if (config.rateLimit > 0) {
    await app.register(rateLimit, {
      global: false,
      // After the body is read, so that a no-JavaScript form's 429 page is in the form's language.
      hook: 'preHandler',
      max: config.rateLimit,
      timeWindow: 60_000,
      // PostgreSQL: one count for every instance behind the proxy. SQLite (one instance): in memory.
      ...(store.engine === 'postgresql' ? { store: sharedRateLimitStore(store), skipOnError: true } : {}),
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'RATE_LIMITED',
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
        message: 'rate limited',
      }),
    });
  }

  app.setErrorHandler((error: FastifyError & { retryAfterSeconds?: number; locale?: Locale }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    const form = isForm(request);
    const locale: Locale = error.locale ?? (form ? localeOf(request.body) : 'en');
    const m = messages[locale];
    let message: string;
    if (status === 429) message = m.tooMany(error.retryAfterSeconds ?? 60);
    else if (status === 413) message = m.tooLarge;
    else if (status === 415) message = m.badType;
    else if (status === 403) message = m.forbidden;
    else if (status === 404) message = m.notFound;
    else if (status === 408) message = m.timeout;
    else if (status === 400) {
      message =
        error.code === 'CTKIT_NOT_UTF8'
          ? m.notUtf8
          : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? m.notAnObject
            : form
              ? m.badRequest
              : m.badJson;
    } else if (status >= 500) {
      // The error's type, code and stack only: its message could quote what was sent.
      request.log.error(
        { err: { type: error.name, code: error.code, stack: error.stack?.split('\n').slice(1).join('\n') } },
        'unexpected error',
      );
      message = m.serverError;
    } else message = m.invalidField;
    if (status >= 500) reply.code(500);
    else reply.code(status);
    if (form) return reply.type('text/html; charset=utf-8').send(problemPage(locale, message));
    if (!request.url.startsWith('/api/'))
      return reply.type('text/html; charset=utf-8').send(problemPage(locale, message, true));
    return reply.type('application/json; charset=utf-8').send({ error: message });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404);
    if (request.url.startsWith('/api/')) return reply.send({ error: messages.en.notFound });
    return reply.type('text/html; charset=utf-8').send(problemPage('en', messages.en.notFound, true));
  });

  // For the proxy's and the monitor's health checks: answered only after a round trip to the database, naming the
  // engine and the database's own id (every instance behind one proxy must show the same id), else 503.
  app.get('/api/health', async (_request, reply) => {
    try {
      const h = await store.health();
      return {
        status: 'ok',
        adapter: config.adapter,
        outboxPending: h.outboxPending,
        database: { engine: h.engine, id: h.id, schemaVersion: h.schemaVersion },
      };
    } catch {
      return reply
        .code(503)
        .send({ status: 'unavailable', adapter: config.adapter, database: { engine: store.engine, reached: false } });
    }
  });

  app.get('/api/receiver.css', (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PAGE_CSS),
  );

  const status = config.confirmation === 'double' ? 'pending-confirmation' : 'subscribed';

  app.post(
    '/api/sign-ups',
    { config: config.rateLimit > 0 ? { rateLimit: { hook: 'preHandler' } } : {} },
    async (request, reply) => {
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
        if (form)
          return reply
            .code(422)
            .type('text/html; charset=utf-8')
            .send(formPage(locale, formBody, result.errors));
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
        if (form)
          return reply
            .code(422)
            .type('text/html; charset=utf-8')
            .send(formPage(locale, formBody, errors));
        return reply.code(422).send({ errors });
      }
      if (!stored.created) reply.header('idempotent-replayed', 'true');
      reply.code(201);
      if (form)
        return reply
          .type('text/html; charset=utf-8')
          .send(thankYouPage(locale, stored.status, p.pageUrl ?? request.headers.referer));
      return reply.send({ status: stored.status });
    },
  );

  if (config.staticRoots.length) {
    await app.register(fastifyStatic, {
      root: config.staticRoots,
      prefix: '/',
      index: 'index.html',
      // A dotfile (.env, .git) is never served: 403.
      dotfiles: 'deny',
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
