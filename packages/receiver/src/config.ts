import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Where the repository's receiver package lives; the default database goes under its git-ignored `data/`. */
export const packageRoot = fileURLToPath(new URL('../', import.meta.url));
export const repoRoot = resolve(packageRoot, '../..');

export type AdapterName = 'none' | 'buttondown';

export interface ReceiverConfig {
  /** TCP port; 0 picks a free one. */
  port: number;
  host: string;
  /** SQLite file path, or ':memory:' (used when databaseUrl is empty). */
  database: string;
  /** postgres://user:pass@host:port/db selects PostgreSQL; empty: SQLite. */
  databaseUrl: string;
  /** CORS allowlist (exact origins). `*` allows any origin. */
  allowedOrigins: string[];
  /** Mailing lists the receiver accepts (`list` in the payload). */
  lists: string[];
  /** Sign-up POSTs per IP per minute; 0 turns rate limiting off. */
  rateLimit: number;
  /** Days access needs are kept after the event (or after sign-up, when there is no event date). */
  retentionDays: number;
  /** Maximum request body in bytes (413 above it). */
  bodyLimit: number;
  adapter: AdapterName;
  /** The adapter's secret (Buttondown API key). Never logged. */
  providerKey: string;
  /** Base URL of the provider API (tests point it at a fake on loopback). */
  providerUrl: string;
  /** `double`: the provider sends a confirmation email, so the answer is `pending-confirmation`. */
  confirmation: 'single' | 'double';
  /** Optional JSON file of events (`[{ "id", "start", "end"? }]`) used to date the access-needs purge. */
  eventsFile: string;
  /** Outbox worker poll interval and backoff bounds, in milliseconds. */
  outboxIntervalMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long an instance holds the outbox items it took; if it dies, another takes them after this. */
  outboxLeaseMs: number;
  /** Static folders served at `/` (demo pages, embed bundle), first match wins. Empty: none. */
  staticRoots: string[];
  /**
   * Behind a reverse proxy: how many proxies (a hop count), or which addresses/CIDRs are proxies. The person's
   * address is the right-most X-Forwarded-For entry that is not a trusted proxy — entries a client wrote itself,
   * further left, are never used. false (default): the connection's address. `true` means 1.
   */
  trustProxy: false | number | string;
  /** Milliseconds a client has to send a whole request, headers and body (408 after); also the idle-socket limit. */
  requestTimeoutMs: number;
  /** Log requests (pino) — off by default: logs would hold IP addresses. */
  log: boolean;
}

const DEFAULT_PORT = 8080;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function int(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, not “${value}”.`);
  return n;
}

function trustProxy(value: string | undefined): false | number | string {
  if (!value || value === 'false' || value === '0') return false;
  // "Trust everything" would key the rate limit on the left-most X-Forwarded-For entry, which the client writes:
  // `true` is taken as the usual one proxy.
  if (value === 'true') return 1;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function databaseUrl(value: string | undefined): string {
  if (!value) return '';
  if (!/^postgres(ql)?:\/\//.test(value))
    throw new Error('DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/database');
  return value;
}

/**
 * Configuration from flags (`--port 8080`) over environment variables (`PORT=8080`) over defaults.
 * Every setting is documented in the package README.
 */
export function loadConfig(
  argv: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<ReceiverConfig> = {},
): ReceiverConfig {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      database: { type: 'string' },
      'database-url': { type: 'string' },
      'allowed-origins': { type: 'string' },
      lists: { type: 'string' },
      'rate-limit': { type: 'string' },
      'retention-days': { type: 'string' },
      'body-limit': { type: 'string' },
      adapter: { type: 'string' },
      'provider-url': { type: 'string' },
      confirmation: { type: 'string' },
      'events-file': { type: 'string' },
      static: { type: 'string' },
      'trust-proxy': { type: 'string' },
      'request-timeout': { type: 'string' },
      log: { type: 'boolean' },
    },
  });
  const port = int('PORT', values.port ?? env.PORT, DEFAULT_PORT);
  const adapterName = values.adapter ?? env.MAILING_ADAPTER ?? 'none';
  if (adapterName !== 'none' && adapterName !== 'buttondown')
    throw new Error(`MAILING_ADAPTER must be “none” or “buttondown”, not “${adapterName}”.`);
  const adapter: AdapterName = adapterName;
  const providerKey = env.BUTTONDOWN_API_KEY ?? '';
  if (adapter === 'buttondown' && !providerKey) throw new Error('MAILING_ADAPTER=buttondown needs BUTTONDOWN_API_KEY.');
  const confirmation = values.confirmation ?? env.CONFIRMATION ?? (adapter === 'buttondown' ? 'double' : 'single');
  if (confirmation !== 'single' && confirmation !== 'double')
    throw new Error(`CONFIRMATION must be “single” or “double”, not “${confirmation}”.`);
  const config: ReceiverConfig = {
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    database: resolve(values.database ?? env.DATABASE ?? `${packageRoot}data/receiver.sqlite`),
    databaseUrl: databaseUrl(values['database-url'] ?? env.DATABASE_URL),
    allowedOrigins: list(values['allowed-origins'] ?? env.ALLOWED_ORIGINS) ?? [
      `http://localhost:${port || DEFAULT_PORT}`,
      `http://127.0.0.1:${port || DEFAULT_PORT}`,
    ],
    lists: list(values.lists ?? env.LISTS) ?? ['newsletter', 'community-of-practice', 'events'],
    rateLimit: int('RATE_LIMIT', values['rate-limit'] ?? env.RATE_LIMIT, 60),
    retentionDays: int('RETENTION_DAYS', values['retention-days'] ?? env.RETENTION_DAYS, 30),
    bodyLimit: int('BODY_LIMIT', values['body-limit'] ?? env.BODY_LIMIT, 32 * 1024, 1024),
    adapter,
    providerKey,
    providerUrl: (values['provider-url'] ?? env.PROVIDER_URL ?? 'https://api.buttondown.com/v1').replace(/\/$/, ''),
    confirmation,
    eventsFile: values['events-file'] ?? env.EVENTS_FILE ?? '',
    outboxIntervalMs: int('OUTBOX_INTERVAL_MS', env.OUTBOX_INTERVAL_MS, 2000, 10),
    retryBaseMs: int('RETRY_BASE_MS', env.RETRY_BASE_MS, 5000, 1),
    retryMaxMs: int('RETRY_MAX_MS', env.RETRY_MAX_MS, 60 * 60 * 1000, 1),
    outboxLeaseMs: int('OUTBOX_LEASE_MS', env.OUTBOX_LEASE_MS, 5 * 60 * 1000, 100),
    staticRoots: (list(values.static ?? env.STATIC_ROOTS) ?? []).map((r) => resolve(r)),
    trustProxy: trustProxy(values['trust-proxy'] ?? env.TRUST_PROXY),
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', values['request-timeout'] ?? env.REQUEST_TIMEOUT_MS, 30_000, 100),
    log: values.log ?? env.LOG === '1',
    ...overrides,
  };
  if (config.database === resolve(':memory:')) config.database = ':memory:';
  return config;
}
